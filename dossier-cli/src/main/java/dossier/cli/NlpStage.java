package dossier.cli;

import dossier.model.Article;
import dossier.nlp.AnnotationState;
import dossier.nlp.ArticleNames;
import dossier.nlp.CoreNlpEngine;
import dossier.nlp.EntityResolver;
import dossier.nlp.LanguageLayer;
import dossier.nlp.NlpEngine;
import dossier.store.ArticleAnnotation;
import dossier.store.DossierStore;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The language stage of a build. Annotates only the articles whose {@link AnnotationState} key
 * changed since their last annotation (new, re-dated by the duplicates stage, or annotated by
 * another version), in chunks on all threads; each chunk's names, times, dates and keys are
 * committed in one transaction, so a killed build keeps its finished chunks. Then it resolves the
 * stored names of the whole dossier into entities and mentions: the cheap cross-article part,
 * run every build.
 */
final class NlpStage {
  private static final int CHUNK = 256;

  private NlpStage() {}

  /** What a run did: articles annotated now, articles whose stored annotation was kept. */
  record Outcome(int annotated, int kept, long tokens, int entities, long millis) {}

  /** Runs the stage over {@code store}; returns the milliseconds it took. */
  static long run(DossierStore store, int threads, PrintStream err, boolean quiet) {
    Outcome o = runStage(store, threads, err);
    if (!quiet) {
      err.printf("language layer: %d articles annotated, %d unchanged, %d tokens, %d entities, %.1fs%n",
          o.annotated(), o.kept(), o.tokens(), o.entities(), o.millis() / 1000.0);
    }
    return o.millis();
  }

  static Outcome runStage(DossierStore store, int threads, PrintStream err) {
    return runStage(store, CoreNlpEngine::standard, threads, CHUNK, err);
  }

  /** The stage with another engine (built only when an article needs it) and chunk size. */
  static Outcome runStage(DossierStore store, Supplier<NlpEngine> engine, int threads, int chunkSize,
      PrintStream err) {
    long t0 = System.nanoTime();
    store.dropStaleAnnotations();
    Map<String, String> states = store.annotationStates();
    int[] counts = {0, 0};
    long[] tokens = {0};
    Chunks chunks = new Chunks(store, engine, threads, err);
    try {
      List<Article> chunk = new ArrayList<>(chunkSize);
      // the store reads a page at a time and allows writes from inside the loop: memory stays bounded
      store.forEachArticle(a -> {
        if (AnnotationState.of(a).equals(states.get(a.id()))) {
          counts[1]++;
          return;
        }
        chunk.add(a);
        if (chunk.size() == chunkSize) {
          tokens[0] += chunks.flush(chunk);
        }
      });
      tokens[0] += chunks.flush(chunk);
      counts[0] = chunks.annotated;
    } finally {
      chunks.close();
    }
    List<ArticleNames> names = new ArrayList<>();
    for (ArticleAnnotation a : store.annotatedNames()) {
      names.add(ArticleNames.fromStored(a.articleId(), a.names(), a.adjectives()));
    }
    EntityResolver.Result r = EntityResolver.resolve(names);
    store.replaceEntities(r.entities(), r.mentions());
    return new Outcome(counts[0], counts[1], tokens[0], r.entities().size(),
        (System.nanoTime() - t0) / 1_000_000);
  }

  /** The stored form of what the layer found in one article. */
  static ArticleAnnotation stored(LanguageLayer.Annotated x) {
    return new ArticleAnnotation(x.articleId(), x.state(), x.tokens(), x.names().stored(), x.names().adjectives(),
        x.times(), x.redated() ? x.published() : null);
  }

  /** Annotates and commits chunks; the models load only when a first article needs them. */
  private static final class Chunks implements AutoCloseable {
    private final DossierStore store;
    private final Supplier<NlpEngine> engine;
    private final int threads;
    private final PrintStream err;
    private LanguageLayer layer;
    int annotated;

    Chunks(DossierStore store, Supplier<NlpEngine> engine, int threads, PrintStream err) {
      this.store = store;
      this.engine = engine;
      this.threads = threads;
      this.err = err;
    }

    /** Annotates and stores {@code chunk}, then empties it; returns its tokens. */
    long flush(List<Article> chunk) {
      if (chunk.isEmpty()) {
        return 0;
      }
      if (layer == null) {
        layer = new LanguageLayer(engine.get(), threads);
      }
      long tokens = 0;
      List<ArticleAnnotation> out = new ArrayList<>(chunk.size());
      for (LanguageLayer.Annotated x : layer.annotate(chunk)) {
        annotated++;
        if (x.problem() != null) {
          err.println("skipped " + x.problem());
          continue; // no state stored: the next build tries it again
        }
        out.add(stored(x));
        tokens += x.tokens();
      }
      store.commitAnnotations(out);
      chunk.clear();
      return tokens;
    }

    @Override
    public void close() {
      if (layer != null) {
        layer.close();
      }
    }
  }
}
