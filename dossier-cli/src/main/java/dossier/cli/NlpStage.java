package dossier.cli;

import dossier.model.Article;
import dossier.model.PublicationDate;
import dossier.model.TimeExpression;
import dossier.nlp.ArticleNames;
import dossier.nlp.CoreNlpEngine;
import dossier.nlp.EntityResolver;
import dossier.nlp.LanguageLayer;
import dossier.store.DossierStore;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The language stage of a build: annotates every stored article (in chunks, on all threads),
 * stores time expressions and content-based publication dates per chunk, then resolves the names
 * of the whole dossier into entities and mentions.
 */
final class NlpStage {
  private static final int CHUNK = 256;

  private NlpStage() {}

  /** Runs the stage over {@code store}; returns the milliseconds it took. */
  static long run(DossierStore store, int threads, PrintStream err, boolean quiet) {
    long t0 = System.nanoTime();
    List<ArticleNames> names = new ArrayList<>();
    long[] tokens = {0};
    try (LanguageLayer layer = new LanguageLayer(CoreNlpEngine.standard(), threads)) {
      List<Article> chunk = new ArrayList<>(CHUNK);
      // the store reads a page at a time and allows writes from inside the loop: memory stays bounded
      store.forEachArticle(a -> {
        chunk.add(a);
        if (chunk.size() == CHUNK) {
          flush(store, layer, chunk, names, tokens, err);
        }
      });
      flush(store, layer, chunk, names, tokens, err);
    }
    EntityResolver.Result r = EntityResolver.resolve(names);
    store.replaceEntities(r.entities(), r.mentions());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    if (!quiet) {
      err.printf("language layer: %d articles, %d tokens, %d entities, %.1fs%n", names.size(),
          tokens[0], r.entities().size(), ms / 1000.0);
    }
    return ms;
  }

  /** The build's stage times with the language stage's added. */

  private static void flush(DossierStore store, LanguageLayer layer, List<Article> chunk,
      List<ArticleNames> names, long[] tokens, PrintStream err) {
    if (chunk.isEmpty()) {
      return;
    }
    List<TimeExpression> times = new ArrayList<>();
    Map<String, PublicationDate> dates = new LinkedHashMap<>();
    for (LanguageLayer.Annotated x : layer.annotate(chunk)) {
      if (x.problem() != null) {
        err.println("skipped " + x.problem());
      }
      names.add(x.names());
      times.addAll(x.times());
      tokens[0] += x.tokens();
      if (x.redated()) {
        dates.put(x.articleId(), x.published());
      }
    }
    store.addTimes(times);
    if (!dates.isEmpty()) {
      store.updatePublished(dates);
    }
    chunk.clear();
  }
}
