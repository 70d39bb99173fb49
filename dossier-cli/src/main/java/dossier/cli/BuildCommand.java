package dossier.cli;

import dossier.ingest.FieldMap;
import dossier.pipeline.BuildOptions;
import dossier.pipeline.BuildRunner;
import dossier.pipeline.Summary;
import dossier.store.DossierStore;
import dossier.store.RunRecord;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier build}: reads inputs into a dossier, adding only what is new. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = "Reads saved news pages (.txt, .html), web archives (.warc) and article records "
        + "(.json, .jsonl), and .gz of them, from files and folders (recursively); stores the "
        + "clean articles in a dossier and finds their copies, entities, times, events, figures "
        + "and stories. Run again with more inputs to add only what is new; a killed run resumes.",
    footer = {"", "Examples:",
        "  dossier build examples/conflict --out out/conflict",
        "  dossier build feed.jsonl --field text=body --field published=date --out out/feed"})
final class BuildCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to read.")
  List<String> inputs;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "The dossier folder.")
  Path out;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--max-page-size", paramLabel = "SIZE", converter = Sizes.class,
      description = "Pages larger than this are skipped (default: 10MB).")
  Long maxPageSize;

  @Option(names = "--field", paramLabel = "FIELD=NAME",
      description = "Read an article field of JSON records from another name, e.g. text=body.")
  List<String> fields = new ArrayList<>();

  @Option(names = "--no-language", description = "Skip the language layer (entities, time expressions, content dates).")
  boolean noLanguage;

  @Option(names = {"-q", "--quiet"}, description = "Print only the summary.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    BuildOptions opts = BuildOptions.defaults().withExclude(List.of(out));
    if (threads != null) {
      opts = opts.withThreads(threads);
    }
    if (maxPageSize != null) {
      opts = opts.withMaxPageBytes(maxPageSize);
    }
    try {
      opts = opts.withFields(FieldMap.parse(fields));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Summary s;
    Map<String, Long> stageMillis = new java.util.LinkedHashMap<>();
    java.time.Instant started = java.time.Instant.now();
    try (DossierStore store = DossierStore.open(out);
        Progress progress = new Progress(err, !quiet && System.console() != null)) {
      s = new BuildRunner(opts).run(inputs, new StoreSink(store), quiet ? quietListener(err) : progress);
      // Stages over the whole dossier, in this order: copies are dated from their siblings before
      // the language layer dates what is left from content, and stories use its entities.
      java.io.PrintWriter o = spec.commandLine().getOut();
      stageMillis.putAll(s.stageMillis());
      stageMillis.put("duplicates", timed(o, () -> DedupStep.run(store)));
      if (!noLanguage) {
        stageMillis.put("language", NlpStage.run(store, opts.threads(), err, quiet));
        stageMillis.put("events", timed(o, () -> EventStep.run(store)));
      }
      stageMillis.put("stories", timed(o, () -> StoryStep.run(store)));
      stageMillis.put("index", timed(o, () -> IndexStep.run(store)));
      store.recordRun(new RunRecord(started.toString(), started, java.time.Instant.now(), (int) s.filesRead(),
          (int) s.articlesWritten(), (int) s.filesUnchanged(), stageMillis));
    }
    dossier.store.Snapshot.publish(out); // a read copy for the server, taken once the store is closed
    print(s, stageMillis, spec.commandLine().getOut());
    spec.commandLine().getOut().printf("elapsed: %.1fs%n", java.time.Duration.between(started,
        java.time.Instant.now()).toMillis() / 1000.0);
    spec.commandLine().getOut().flush();
    if (s.nothingRead()) {
      err.println("dossier: no input could be read");
      return 1;
    }
    return 0;
  }

  private static dossier.pipeline.ProgressListener quietListener(PrintStream err) {
    return new dossier.pipeline.ProgressListener() {
      @Override
      public void problem(String message) {
        err.println("skipped " + message);
      }
    };
  }

  /** Runs a stage that reports itself in one line, prints the line with its time, returns the ms. */
  private static long timed(java.io.PrintWriter out, java.util.function.Supplier<String> stage) {
    long t0 = System.nanoTime();
    String said = stage.get();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    out.printf("%s (%.1fs)%n", said, ms / 1000.0);
    out.flush();
    return ms;
  }

  static void print(Summary s, Map<String, Long> stageMillis, java.io.PrintWriter out) {
    out.printf("files: %d found, %d read, %d unchanged since the last build%n",
        s.filesSeen(), s.filesRead(), s.filesUnchanged());
    out.printf("articles written: %d%n", s.articlesWritten());
    out.printf("skipped: %d%n", s.skippedCount());
    for (Map.Entry<String, Long> e : s.skipped().entrySet()) {
      out.printf("  %6d  %s%n", e.getValue(), e.getKey());
    }
    out.print("time per stage (summed over threads):");
    stageMillis.forEach((k, v) -> out.printf(" %s %.1fs", k, v / 1000.0));
    out.println();
    out.flush();
  }
}
