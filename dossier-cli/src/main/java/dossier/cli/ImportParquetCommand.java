package dossier.cli;

import dossier.store.DossierStore;
import dossier.store.ParquetTables;
import dossier.store.Snapshot;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier import-parquet}: a dossier made from Parquet tables (export-parquet's or the Spark
 * job's), then indexed and snapshotted like the end of a build so search and serve work on it.
 */
@Command(name = "import-parquet", mixinStandardHelpOptions = true,
    description = "Creates a dossier from Parquet tables (one folder per table, as export-parquet "
        + "and the Spark job write them; docs/schema.md), then builds its search index.",
    footer = {"", "Example:", "  dossier import-parquet out/spark-tables out/from-spark",
        "  dossier export out/from-spark --format json -o from-spark.json"})
final class ImportParquetCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PARQUET_DIR", description = "The folder of table folders.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT_DOSSIER", description = "A folder without a dossier yet.")
  Path out;

  @Override
  public Integer call() throws Exception {
    Map<String, Long> rows = ParquetTables.importInto(in, out);
    String index;
    try (DossierStore store = DossierStore.open(out)) {
      index = IndexStep.run(store);
    }
    Snapshot.publish(out);
    var o = spec.commandLine().getOut();
    o.println("imported into " + out + ": articles " + rows.get("articles"));
    for (Map.Entry<String, Long> e : rows.entrySet()) {
      if (e.getValue() > 0 && !e.getKey().equals("articles")) {
        o.println("  " + e.getKey() + ": " + e.getValue());
      }
    }
    o.println("index: " + index);
    o.flush();
    return 0;
  }
}
