package dossier.spark.bench;

import dossier.cli.BenchCorpus;
import dossier.model.Article;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.PublicationDate;
import dossier.spark.BenchSteps;
import dossier.spark.stories.SparkStories;
import dossier.spark.stories.StoryRow;
import dossier.spark.stories.Windowing;
import dossier.stories.StoryParams;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;

/**
 * Scaling bench of the Spark steps in local mode: {@code ScalingBench [--articles N]...} runs the
 * job's duplicates steps (signatures, band buckets, verification) and the windowed stories on a
 * generated corpus (dossier-cli's CopyCorpus: originals, edited copies, other reports of
 * the same events; events spread over two years) in local[1] and local[2] and prints articles/s,
 * process CPU per article and the 2-core/1-core ratio. Command: docs/BENCHMARKS.md ("Spark").
 */
public final class ScalingBench {
  private ScalingBench() {}

  public static void main(String[] args) {
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--articles")) {
        sizes.add(Integer.parseInt(args[++i].replace(",", "").replace("_", "")));
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of(10_000, 100_000);
    }
    System.out.printf("load average at start: %.1f on %d cores%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    run(rows(2_000), 2, "warm-up");
    for (int n : sizes) {
      List<StoryRow> rows = rows(n);
      Result one = run(rows, 1, "dedup+stories");
      Result two = run(rows, 2, "dedup+stories");
      System.out.printf("%,d articles: ratio local[2]/local[1] %.2f (throughput), load average now %.1f%n",
          rows.size(), two.perSecond() / one.perSecond(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  record Result(int articles, double seconds, double cpuSeconds) {
    double perSecond() {
      return articles / seconds;
    }
  }

  static Result run(List<StoryRow> rows, int cores, String step) {
    SparkConf conf = new SparkConf().setMaster("local[" + cores + "]").setAppName("dossier-bench")
        .set("spark.ui.enabled", "false").set("spark.sql.shuffle.partitions", "8")
        .set("spark.default.parallelism", "8");
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      sc.setLogLevel("WARN");
      var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long cpu0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      JavaRDD<StoryRow> in = sc.parallelize(rows, 8).persist(StorageLevel.MEMORY_AND_DISK());
      in.count(); // the rows leave the driver before the clock of the steps starts
      long cpu1 = os.getProcessCpuTime();
      long t1 = System.nanoTime();
      long copies = BenchSteps.dedup(in.map(ScalingBench::article));
      double dedupS = (System.nanoTime() - t1) / 1e9;
      double dedupCpu = (os.getProcessCpuTime() - cpu1) / 1e9;
      long cpu2 = os.getProcessCpuTime();
      long t2 = System.nanoTime();
      long stories = SparkStories.assign(in, StoryParams.news(), Windowing.defaults()).values().distinct().count();
      double storiesS = (System.nanoTime() - t2) / 1e9;
      double storiesCpu = (os.getProcessCpuTime() - cpu2) / 1e9;
      double s = (System.nanoTime() - t0) / 1e9;
      double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
      Result r = new Result(rows.size(), s, cpu);
      System.out.printf("%s local[%d] %,d articles: %.1f s, %,.0f articles/s, CPU %.2f ms/article"
          + " | dedup %.1f s (CPU %.2f ms/article, %,d copy pairs) | stories %.1f s (CPU %.2f ms/article, %,d stories)%n",
          step, cores, rows.size(), s, r.perSecond(), 1000 * cpu / rows.size(), dedupS, 1000 * dedupCpu / rows.size(),
          copies, storiesS, 1000 * storiesCpu / rows.size(), stories);
      return r;
    }
  }

  /** The generated corpus as story rows: each event on a day of two years, its reports within 3 days. */
  static List<StoryRow> rows(int n) {
    List<BenchCorpus.Doc> docs = BenchCorpus.docs(11, n);
    int events = 1 + docs.stream().mapToInt(d -> event(d.id())).max().orElse(0);
    LocalDate start = LocalDate.of(2022, 1, 1);
    List<StoryRow> out = new ArrayList<>(docs.size());
    for (BenchCorpus.Doc d : docs) {
      int e = event(d.id());
      LocalDate day = start.plusDays((long) e * 730 / events + (d.id().hashCode() & 3));
      String group = d.group() >= 0 ? "s" + d.group() + "o" : null;
      out.add(new StoryRow(d.id(), day, day, null, d.text(), group));
    }
    return out;
  }

  static Article article(StoryRow r) {
    return new Article(r.id(), "bench#" + r.id(), null, r.title(), r.text(), List.of(), null, null, null, null, null,
        new PublicationDate(DateRange.exact(r.earliest()), DateBasis.INPUT, null, 1.0), "en", List.of());
  }

  private static int event(String id) {
    int k = 1;
    while (k < id.length() && Character.isDigit(id.charAt(k))) {
      k++;
    }
    return Integer.parseInt(id.substring(1, k));
  }
}
