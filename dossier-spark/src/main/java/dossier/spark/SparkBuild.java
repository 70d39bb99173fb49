package dossier.spark;

import dossier.pipeline.BuildOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} entry point: {@code SparkBuild INPUT... --out DIR [--models JAR]}.
 * Reads the inputs as {@code dossier build} does (local paths or any Hadoop file system URI), runs
 * the same stages on the cluster and writes one Parquet directory per store table under DIR, which
 * {@code dossier import-parquet DIR DOSSIER} turns into a dossier.
 */
public final class SparkBuild {
  private SparkBuild() {}

  public static void main(String[] args) throws Exception {
    JobArgs a;
    try {
      a = JobArgs.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    SparkConf conf = new SparkConf().setAppName("dossier build");
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]"); // run as a plain java program: all local cores
    }
    try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
      Map<String, Long> said = run(new JavaSparkContext(spark.sparkContext()), a);
      System.out.println(said);
    }
  }

  /** Runs the job in an existing context (tests use {@code local[2]}). */
  static Map<String, Long> run(JavaSparkContext sc, JobArgs a) throws Exception {
    if (a.models() != null) {
      // CoreNLP models outside the job jar: shipped to every executor's class path
      sc.addJar(a.models());
    }
    return new DossierJob(sc, System.err).run(a.inputs(), a.out(), BuildOptions.defaults().maxPageBytes(), List.of());
  }

  /** The job's arguments. */
  record JobArgs(List<String> inputs, String out, String models) {
    static JobArgs parse(String[] args) {
      List<String> inputs = new ArrayList<>();
      String out = null;
      String models = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--out", "-o" -> out = value(args, ++i);
          case "--models" -> models = value(args, ++i);
          default -> inputs.add(args[i]);
        }
      }
      if (inputs.isEmpty() || out == null) {
        throw new IllegalArgumentException("usage: SparkBuild INPUT... --out DIR [--models JAR]");
      }
      return new JobArgs(List.copyOf(inputs), out, models);
    }

    private static String value(String[] args, int i) {
      if (i >= args.length) {
        throw new IllegalArgumentException("usage: SparkBuild INPUT... --out DIR [--models JAR]");
      }
      return args[i];
    }
  }
}
