package dossier.nlp;

import dossier.model.Article;
import dossier.model.Caption;
import dossier.model.DateRange;
import dossier.model.Part;
import dossier.model.PublicationDate;
import dossier.model.TimeExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The language stage over articles: each article's text is annotated once (in parallel on a fixed
 * pool), dated from its content when it states no date, and its time expressions are put on the
 * calendar against that date. Names are returned for {@link EntityResolver}, which needs them all.
 */
public final class LanguageLayer implements AutoCloseable {
  private final NlpEngine engine;
  private final ExecutorService pool;

  /** A layer running {@code engine} on {@code threads} threads; close it to stop them. */
  public LanguageLayer(NlpEngine engine, int threads) {
    this.engine = engine;
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "nlp");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * What the layer found in one article (body and captions); {@code published} is the article's
   * (maybe new) date; {@code state} is its {@link AnnotationState} key after annotation, null when
   * the annotation failed (so the next build tries again).
   */
  public record Annotated(String articleId, ArticleNames names, List<TimeExpression> times,
      PublicationDate published, boolean redated, int tokens, String problem, String state) implements java.io.Serializable {}

  /**
   * Annotates one article (no threads of its own): its body, then each caption as a small document
   * of its own, whose names join the body's and whose times are read against the caption's own
   * date when it states one, else against the article's.
   */
  public static Annotated annotate(NlpEngine engine, Article a) {
    try {
      NlpDoc doc = engine.annotate(a.text());
      PublicationDate published = DocumentDater.date(a, doc);
      List<TimeExpression> times = new ArrayList<>(TimeNormalizer.normalize(a.id(), doc, published.range()));
      ArticleNames names = ArticleNames.of(a.id(), a.text(), doc);
      int tokens = doc.tokens();
      for (int i = 0; i < a.captions().size(); i++) {
        Caption c = a.captions().get(i);
        String part = Part.caption(i);
        try {
          NlpDoc cd = engine.annotate(c.text());
          DateRange anchor = c.date().isKnown() ? c.date() : published.range();
          List<TimeExpression> captionTimes = new ArrayList<>();
          for (TimeExpression t : TimeNormalizer.normalize(a.id(), cd, anchor)) {
            captionTimes.add(new TimeExpression(t.articleId(), t.start(), t.end(), t.text(),
                t.timexType(), t.value(), t.range(), part));
          }
          ArticleNames captionNames = ArticleNames.of(a.id(), c.text(), cd, part);
          times.addAll(captionTimes); // all of a caption or none of it
          names = names.plus(captionNames);
          tokens += cd.tokens();
        } catch (RuntimeException e) {
          // a caption never costs its article the body's annotations
        }
      }
      return new Annotated(a.id(), names, times, published, !published.equals(a.published()),
          tokens, null, AnnotationState.of(a.withPublished(published)));
    } catch (RuntimeException e) {
      // one bad article never stops the run; the caller reports it
      return new Annotated(a.id(), ArticleNames.empty(a.id()), List.of(),
          a.published(), false, 0, a.source() + ": language layer failed: " + e, null);
    }
  }

  /** Annotates {@code articles} in parallel; results in the same order. */
  public List<Annotated> annotate(List<Article> articles) {
    List<Future<Annotated>> fs = new ArrayList<>(articles.size());
    for (Article a : articles) {
      fs.add(pool.submit(() -> annotate(engine, a)));
    }
    List<Annotated> out = new ArrayList<>(articles.size());
    try {
      for (Future<Annotated> f : fs) {
        out.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("language layer interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("language layer failed: " + e.getCause(), e.getCause());
    }
    return out;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
