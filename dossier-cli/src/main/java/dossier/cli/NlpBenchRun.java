package dossier.cli;

import dossier.nlp.CoreNlpEngine;
import dossier.nlp.eval.NlpBench;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** {@code dossier bench --nlp}: language layer throughput per engine variant on real news text. */
final class NlpBenchRun {
  private NlpBenchRun() {}

  static int run(Path textPages, String variants, int threads, PrintWriter out) throws Exception {
    if (!Files.isRegularFile(textPages.resolve("ground-truth.json"))) {
      out.printf("bench --nlp: %s has no ground-truth.json (give a text-pages folder with --nlp-data)%n", textPages);
      out.flush();
      return 1;
    }
    List<CoreNlpEngine.Variant> vs = Arrays.stream(variants.split(","))
        .map(s -> CoreNlpEngine.Variant.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT))).toList();
    NlpBench.run(textPages, vs, threads, out);
    return 0;
  }
}
