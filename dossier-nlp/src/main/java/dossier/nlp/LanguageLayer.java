package dossier.nlp;

import dossier.model.Article;
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

  /** What the layer found in one article; {@code published} is the article's (maybe new) date. */
  public record Annotated(String articleId, ArticleNames names, List<TimeExpression> times,
      PublicationDate published, boolean redated, int tokens, String problem) {}

  /** Annotates one article (no threads of its own). */
  public static Annotated annotate(NlpEngine engine, Article a) {
    try {
      NlpDoc doc = engine.annotate(a.text());
      PublicationDate published = DocumentDater.date(a, doc);
      List<TimeExpression> times = TimeNormalizer.normalize(a.id(), doc, published.range());
      return new Annotated(a.id(), ArticleNames.of(a.id(), a.text(), doc), times, published,
          !published.equals(a.published()), doc.tokens(), null);
    } catch (RuntimeException e) {
      // one bad article never stops the run; the caller reports it
      return new Annotated(a.id(), ArticleNames.empty(a.id()), List.of(),
          a.published(), false, 0, a.source() + ": language layer failed: " + e);
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
