package dossier.cli;

import dossier.nlp.CoreNlpEngine;
import dossier.nlp.eval.TimeMlEval;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier eval time}: TempEval-3 scores of time expressions on TimeML files. */
@Command(name = "time", mixinStandardHelpOptions = true,
    description = "Strict and relaxed extent F1 and value F1 (TempEval-3) of time expressions on a "
        + "folder of TimeML .tml files (as in ../shared/datasets/timeml) or a JSON lines file of records "
        + "{\"id\", \"text\", \"published\", \"timexes\": [{\"start\", \"end\", \"type\", \"value\"}]}; "
        + "each document is read and annotated as a build does, dated as its record or creation time states.",
    footer = {"", "Examples:", "  dossier eval time ../shared/datasets/timeml --errors 20",
        "  dossier eval time ../shared/datasets/timeml --write-jsonl timeml.jsonl",
        "  dossier eval time timeml.jsonl"})
final class EvalTime implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "INPUT", description = "Folder with .tml files (searched recursively), or a "
      + ".jsonl file of records (offsets in code points; \"dct\" read as \"published\"; field names in any case).")
  Path dir;

  @Option(names = "--write-jsonl", paramLabel = "OUT", description = "Only convert INPUT to a JSON lines "
      + "file of records (the form above) and exit.")
  Path writeJsonl;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--errors", defaultValue = "0", paramLabel = "N", description = "Also list N errors.")
  int errors;

  @Option(names = "--verbose", description = "List every error and count errors by kind and class.")
  boolean verbose;

  @Option(names = "--cache", paramLabel = "DIR", description = "Keep each file's annotation in DIR and reuse "
      + "it (for measuring rule changes fast; delete DIR when the tagger or its settings change).")
  Path cache;

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    if (writeJsonl != null) {
      int n = TimeMlEval.writeJsonl(dir, writeJsonl);
      spec.commandLine().getOut().printf("wrote %d records to %s%n", n, writeJsonl);
      spec.commandLine().getOut().flush();
      return 0;
    }
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    TimeMlEval.Report r = TimeMlEval.run(dir, CoreNlpEngine.standard(), t, cache);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("files: %d%ngold: %d%nfound: %d%nstrict extent F1: %.4f%nrelaxed extent F1: %.4f%n"
        + "value F1: %.4f%n", r.files().size(), r.gold(), r.system(), r.strictF1(), r.relaxedF1(), r.valueF1());
    r.files().stream().flatMap(f -> f.errors().stream().map(e -> "  " + f.file() + "  " + e)).limit(errors)
        .forEach(out::println);
    if (verbose) {
      r.files().stream().flatMap(f -> java.util.stream.Stream.concat(f.errors().stream(), f.right().stream())
          .map(e -> "  " + f.file() + "  " + e)).forEach(out::println);
      java.util.Map<String, Long> byClass = new java.util.TreeMap<>();
      r.files().stream().flatMap(f -> f.errors().stream())
          .forEach(e -> byClass.merge(e.substring(0, e.indexOf("  ", 8)).replaceAll("\\s+", " "), 1L, Long::sum));
      out.println("errors by kind and class:");
      byClass.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(e -> out.printf("  %4d  %s%n", e.getValue(), e.getKey()));
    }
    out.printf("time: %.1fs%n", (System.nanoTime() - t0) / 1e9);
    out.flush();
    return 0;
  }
}
