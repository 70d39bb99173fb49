package dossier.cli;

import dossier.extract.LineStats;
import dossier.extract.TextPageExtractor;
import dossier.pipeline.BuildOptions;
import dossier.pipeline.BuildRunner;
import dossier.pipeline.Summary;
import dossier.store.DossierStore;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier bench}: extraction and build throughput, and peak heap, on a generated corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures plain-text extraction on a generated corpus: articles/s on one core and"
        + " on all cores, and the peak heap; with --build also a whole build (files to "
        + "store).",
    footer = {"", "Examples:", "  DOSSIER_JAVA_OPTS=-Xmx1g ./dossier bench --articles 10000 --build",
        "  DOSSIER_JAVA_OPTS=-Xmx1g ./dossier bench --html DIR_OF_HTML_PAGES --warc-size 1GB",
        "  ./dossier bench --serve --articles 100000 --dossier /tmp/bench-100k   # API load test",
        "  ./dossier bench --fuzz 10000                                       # malformed requests",
        "  ./dossier bench --search --articles 100000 --dossier /tmp/s100k    # search, dossier kept for reuse",
        "  ./dossier bench --search --articles 100000 --url http://127.0.0.1:7070 --server-pid PID --requests 5000",
        "                      # the search mix against `dossier serve /tmp/s100k` from another process",
        "  DOSSIER_JAVA_OPTS=-Xmx3g ./dossier bench --events --threads 2      # events stage vs language layer"})
final class BenchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--articles", defaultValue = "10000", description = "Pages to generate (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--threads", description = "Threads for the parallel run (default: all cores).")
  Integer threads;

  @Option(names = "--build", description = "Also write the pages to a temporary folder and build a dossier of them.")
  boolean build;

  @Option(names = "--dedup", description = "Benchmark duplicate detection instead (generated copies with known groups).")
  boolean dedup;

  @Option(names = "--max-edit", defaultValue = "0.3", description = "With --dedup: largest share of a copy's sentences edited (default: "
      + "${DEFAULT-VALUE}).")
  double maxEdit;

  @Option(names = "--sweep", description = "With --dedup: also score other copy thresholds.")
  boolean sweep;

  @Option(names = "--html", description = "Bench HTML extraction on this folder of .html(.gz) pages, or read this WARC.")
  Path html;

  @Option(names = "--warc-size", converter = Sizes.class,
      description = "With --html DIR: also write a WARC.gz of this size from the pages and read it "
          + "(e.g. 1GB).")
  long warcSize;

  @Option(names = "--stories", description = "Benchmark story clustering instead (generated stories, known labels).")
  boolean stories;

  @Option(names = "--nlp", description = "Measure the language layer instead, on real news text (--nlp-data).")
  boolean nlp;

  @Option(names = "--events", description = "Measure the events and figures stage against the language layer instead, on real news text (--nlp-data).")
  boolean events;

  @Option(names = "--nlp-data", defaultValue = "../shared/datasets/text-pages", paramLabel = "DIR",
      description = "A text-pages folder with ground-truth.json (default: ${DEFAULT-VALUE}).")
  Path nlpData;

  @Option(names = "--nlp-variants", defaultValue = "standard,with_pos,time_on_all_sentences", paramLabel = "LIST",
      description = "Engine variants to measure (default: ${DEFAULT-VALUE}).")
  String nlpVariants;

  @Option(names = "--search", description = "Benchmark search instead: a generated dossier indexed, fixed queries from 2 threads"
      + " (with --build: the duplicates and stories stages run on it too).")
  boolean search;

  @Option(names = "--serve", description = "Load-test the API server instead: a fixed number of requests from 2 client threads (p50, p99, requests/s).")
  boolean serve;

  @Option(names = "--fuzz", paramLabel = "N", description = "Send N malformed requests to the API server instead; fails on a 5xx or a stack trace.")
  Integer fuzz;

  @Option(names = "--requests", defaultValue = "5000", description = "With --serve: requests to send (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--dossier", paramLabel = "DIR", description = "With --serve, --search or --fuzz: use this dossier (built with --articles pages when it holds none yet).")
  Path dossierDir;

  @Option(names = "--url", paramLabel = "URL", description = "With --search: send the query mix over HTTP to this running"
      + " `dossier serve` (e.g. http://127.0.0.1:7070) instead; --articles names the generated dossier it serves.")
  String url;

  @Option(names = "--server-pid", paramLabel = "PID", description = "With --search --url: the server's process id, to report its CPU a request.")
  Long serverPid;

  @Option(names = "--clients", defaultValue = "2", description = "With --search --url: client connections (default: ${DEFAULT-VALUE}).")
  int clients;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (search && url != null) {
      return SearchLoad.run(url, articles, requests, clients, serverPid, out);
    }
    if (search) {
      return SearchBench.run(articles, build, dossierDir, out);
    }
    if (serve) {
      return ServeBench.run(dossierDir, articles, requests, out);
    }
    if (fuzz != null) {
      Path d = dossierDir;
      if (d == null || !Files.isRegularFile(d.resolve("dossier.duckdb"))) {
        Path tmp = Files.createTempDirectory("dossier-fuzz");
        d = d == null ? tmp.resolve("dossier") : d;
        ServeBench.buildGenerated(tmp.resolve("pages"), d, Math.min(articles, 1000), out);
      }
      return FuzzBench.run(d, fuzz, out);
    }
    if (stories) {
      StoryBench.run(articles, out);
      return 0;
    }
    if (dedup) {
      DedupBench.run(articles, maxEdit, sweep, out);
      return 0;
    }
    int cores = Runtime.getRuntime().availableProcessors();
    int t = threads == null ? cores : threads;
    out.printf("machine: %d cores, %s, max heap %d MB, Java %s%n", cores, System.getProperty("os.arch"),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
    if (events) {
      return EventBench.run(nlpData, t, out);
    }
    if (nlp) {
      return NlpBenchRun.run(nlpData, nlpVariants, t, out);
    }
    if (html != null) {
      new HtmlBench(out).run(html, warcSize, t);
      out.flush();
      return 0;
    }
    List<String> pages = new SyntheticCorpus(42).pages(articles);
    long bytes = pages.stream().mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length).sum();
    out.printf("corpus: %d generated pages, %.1f MB, %.1f KB a page%n", articles, bytes / 1048576.0,
        bytes / 1024.0 / articles);

    LineStats.Builder sb = LineStats.builder();
    long t0 = System.nanoTime();
    pages.forEach(sb::add);
    TextPageExtractor ex = new TextPageExtractor(sb.build());
    out.printf("line statistics: %.0f pages/s%n", articles / secs(t0));

    // JIT warm-up: one full pass, so the timed pass measures compiled code, not the interpreter.
    for (String p : pages) {
      ex.extract("warmup", p);
    }
    HeapMeter.reset();
    t0 = System.nanoTime();
    long chars = 0;
    for (String p : pages) {
      chars += ex.extract("bench", p).text().length();
    }
    double one = articles / secs(t0);
    out.printf("extract, 1 thread: %.0f articles/s per core (%.1f MB/s of pages; %d body chars)%n", one,
        bytes / 1048576.0 / (articles / one), chars);

    t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(t);
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> fs = new java.util.ArrayList<>();
    for (int k = 0; k < t; k++) {
      fs.add(pool.submit(() -> {
        for (int i; (i = next.getAndIncrement()) < pages.size(); ) {
          ex.extract("bench", pages.get(i));
        }
      }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    pool.shutdown();
    double all = articles / secs(t0);
    out.printf("extract, %d threads: %.0f articles/s (%.0f per core)%n", t, all, all / t);
    out.printf("peak heap during extraction: %d MB (pages held in memory: %.0f MB of it)%n", HeapMeter.peakMb(),
        bytes * 2 / 1048576.0);

    if (build) {
      benchBuild(pages, t, out);
    }
    out.flush();
    return 0;
  }

  private void benchBuild(List<String> pages, int t, PrintWriter out) throws Exception {
    Path dir = Files.createTempDirectory("dossier-bench");
    try {
      Path in = Files.createDirectories(dir.resolve("pages"));
      for (int i = 0; i < pages.size(); i++) {
        Files.writeString(in.resolve(String.format("%06d.txt", i)), pages.get(i));
      }
      HeapMeter.reset();
      Summary s;
      try (DossierStore store = DossierStore.open(dir.resolve("dossier"))) {
        s = new BuildRunner(BuildOptions.defaults().withThreads(t))
            .run(List.of(in.toString()), new StoreSink(store), dossier.pipeline.ProgressListener.silent());
      }
      double secs = s.elapsed().toNanos() / 1e9;
      out.printf("build, %d threads: %d articles in %.1fs = %.0f articles/s (%.0f per core); peak heap %d MB%n",
          t, s.articlesWritten(), secs, s.articlesWritten() / secs, s.articlesWritten() / secs / t, HeapMeter.peakMb());
      out.print("  time per stage:");
      s.stageMillis().forEach((k, v) -> out.printf(" %s %.1fs", k, v / 1000.0));
      out.println();
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
