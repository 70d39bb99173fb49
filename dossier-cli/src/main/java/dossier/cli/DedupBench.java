package dossier.cli;

import dossier.dedup.DedupConfig;
import dossier.dedup.DedupResult;
import dossier.dedup.CompositeFlags;
import dossier.dedup.DedupStage;
import dossier.dedup.Detector;
import dossier.model.Article;
import dossier.model.DuplicateGroup;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * {@code dossier bench --dedup}: duplicates on a generated corpus with known copies
 * ({@link CopyCorpus}): pair precision and recall, signature throughput on one core, the whole
 * stage on all cores with peak heap, and (up to 10,000 articles) exact all-pairs comparison.
 */
final class DedupBench {
  private DedupBench() {}

  static void run(int n, double maxEdit, boolean sweep, PrintWriter out) {
    List<CopyCorpus.Doc> docs = new CopyCorpus(7, maxEdit).docs(n);
    List<Article> articles = docs.stream().map(d -> new Article(d.id(), d.id(), null, null,
        d.text(), List.of(), null, List.of(), null, null, List.of(), null, "en", List.of()))
        .toList();
    long bytes = docs.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
    long truth = truePairs(docs);
    out.printf("dedup corpus: %d articles, %.1f MB of text, %d true copy pairs, edits up to %.0f%% of"
        + " sentences%n", docs.size(), bytes / 1048576.0, truth, maxEdit * 100);

    DedupConfig cfg = DedupConfig.news();
    Detector d = new Detector(cfg);
    for (int i = 0; i < Math.min(3000, docs.size()); i++) {
      d.sign("w", docs.get(i).text()); // JIT warm-up
    }
    long t0 = System.nanoTime();
    for (CopyCorpus.Doc x : docs) {
      d.sign(x.id(), x.text());
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    out.printf("signatures, 1 thread: %.0f articles/s per core, %.1f MB/s%n", docs.size() / secs,
        bytes / 1048576.0 / secs);

    HeapMeter.reset();
    t0 = System.nanoTime();
    long cpu0 = cpuNanos();
    DedupResult r = DedupStage.run(articles, cfg);
    secs = (System.nanoTime() - t0) / 1e9;
    double cpu = (cpuNanos() - cpu0) / 1e9;
    // CPU seconds tell the stage's cost apart from a busy machine's waiting
    out.printf("whole stage (sign, candidates, verify, group, changes, composites, dates), %d cores:"
        + " %.1fs, %.0f articles/s; process CPU %.1fs (%.0f articles per CPU-second); peak heap %d MB%n",
        Runtime.getRuntime().availableProcessors(), secs, docs.size() / secs, cpu, docs.size() / cpu,
        HeapMeter.peakMb());
    cpu0 = cpuNanos();
    int flagged = CompositeFlags.of(articles, List.of()).size();
    out.printf("  of which composite text checks: process CPU %.1fs, %d articles flagged%n",
        (cpuNanos() - cpu0) / 1e9, flagged);
    score(docs, r, cfg.copyThreshold(), out);
    if (sweep) {
      for (double t : new double[] {0.3, 0.35, 0.4, 0.5, 0.55, 0.6, 0.7}) {
        score(docs, DedupStage.run(articles, cfg.withCopyThreshold(t)), t, out);
      }
    }
    if (n <= 10_000) {
      allPairs(d, docs, secs, out);
    }
    out.flush();
  }

  private static void score(List<CopyCorpus.Doc> docs, DedupResult r, double threshold,
      PrintWriter out) {
    Map<String, Integer> group = new HashMap<>();
    docs.forEach(x -> group.put(x.id(), x.group()));
    long found = 0;
    long right = 0;
    for (DuplicateGroup g : r.groups()) {
      List<String> ids = new java.util.ArrayList<>();
      ids.add(g.canonical());
      g.members().forEach(m -> ids.add(m.articleId()));
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          found++;
          int gi = group.get(ids.get(i));
          right += gi >= 0 && gi == group.get(ids.get(j)) ? 1 : 0;
        }
      }
    }
    long truth = truePairs(docs);
    out.printf("  threshold %.2f: pair precision %.4f, recall %.4f (%d pairs found, %d right, %d"
        + " true); %d groups, %d shared passages%n", threshold,
        found == 0 ? 1.0 : right / (double) found, right / (double) truth, found, right, truth,
        r.groups().size(), r.passages().size());
  }

  /** CPU time of the whole process (all threads, GC included), or 0 where the JVM cannot tell. */
  private static long cpuNanos() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  private static long truePairs(List<CopyCorpus.Doc> docs) {
    Map<Integer, Long> sizes = new HashMap<>();
    docs.stream().filter(x -> x.group() >= 0).forEach(x -> sizes.merge(x.group(), 1L, Long::sum));
    return sizes.values().stream().mapToLong(s -> s * (s - 1) / 2).sum();
  }

  /** Exact comparison of every pair (the baseline that LSH avoids), timed on all cores. */
  private static void allPairs(Detector d, List<CopyCorpus.Doc> docs, double stageSecs,
      PrintWriter out) {
    long t0 = System.nanoTime();
    long[][] sh = docs.parallelStream().map(x -> d.shingles(x.text())).toArray(long[][]::new);
    AtomicLong copies = new AtomicLong();
    double t = d.config().copyThreshold();
    IntStream.range(0, sh.length).parallel().forEach(i -> {
      long c = 0;
      for (int j = i + 1; j < sh.length; j++) {
        c += Detector.similarity(sh[i], sh[j]) >= t ? 1 : 0;
      }
      copies.addAndGet(c);
    });
    double secs = (System.nanoTime() - t0) / 1e9;
    out.printf("exact all-pairs comparison: %.1fs for %d pairs (%d above the threshold) = %.0fx"
        + " the whole LSH stage%n", secs, (long) sh.length * (sh.length - 1) / 2, copies.get(),
        secs / stageSecs);
  }

}
