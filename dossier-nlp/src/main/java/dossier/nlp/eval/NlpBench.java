package dossier.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.PublicationDate;
import dossier.nlp.CoreNlpEngine;
import dossier.nlp.LanguageLayer;
import dossier.nlp.NlpEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Throughput of the language layer on real news text (the true bodies of a text-pages folder):
 * tokens per second on one thread and per core with all threads busy, and the peak heap, for each
 * engine variant. Every article goes through the whole per-article layer (annotation, dating, time
 * values), dated one fixed day so the time tagger runs once per sentence that may hold a time.
 */
public final class NlpBench {
  private NlpBench() {}

  /** Runs the benchmark over {@code textPages}/ground-truth.json for each of {@code variants}. */
  public static void run(Path textPages, List<CoreNlpEngine.Variant> variants, int threads, PrintWriter out)
      throws IOException {
    List<Article> articles = articles(textPages.resolve("ground-truth.json"));
    out.printf("corpus: %d article bodies of %s%n", articles.size(), textPages);
    for (CoreNlpEngine.Variant v : variants) {
      long t0 = System.nanoTime();
      NlpEngine engine = CoreNlpEngine.of(v);
      out.printf("%s: %s%n  models loaded in %.1fs%n", v, engine.describe(), secs(t0));
      long tokens = pass(engine, articles, 1); // warm-up: the JIT compiles the hot paths
      resetPeaks();
      t0 = System.nanoTime();
      pass(engine, articles, 1);
      double one = tokens / secs(t0);
      t0 = System.nanoTime();
      pass(engine, articles, threads);
      double all = tokens / secs(t0);
      out.printf("  %d tokens; 1 thread: %.0f tokens/s; %d threads: %.0f tokens/s (%.0f per core); peak heap %d MB%n",
          tokens, one, threads, all, all / threads, peakHeapMb());
      out.flush();
    }
  }

  private static long pass(NlpEngine engine, List<Article> articles, int threads) {
    try (LanguageLayer layer = new LanguageLayer(engine, threads)) {
      return layer.annotate(articles).stream().mapToLong(LanguageLayer.Annotated::tokens).sum();
    }
  }

  static List<Article> articles(Path groundTruth) throws IOException {
    JsonNode root = new ObjectMapper().readTree(groundTruth.toFile());
    List<Article> out = new ArrayList<>();
    PublicationDate day = new PublicationDate(DateRange.exact(LocalDate.of(2020, 1, 15)), DateBasis.INPUT, null, 1);
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String body = e.getValue().path("articleBody").asText("");
      if (!body.isBlank()) {
        out.add(new Article(ArticleIds.of(e.getKey(), body), e.getKey(), null, null, body, null, null, null,
            null, null, null, day, "en", null));
      }
    }
    if (out.isEmpty()) {
      throw new IOException(groundTruth + ": no article bodies");
    }
    return out;
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum >> 20;
  }
}
