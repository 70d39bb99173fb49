package dossier.cli;

import dossier.store.DossierStore;
import dossier.store.ParquetTables;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier export-parquet}: every table of a dossier as Parquet, the layout Spark writes. */
@Command(name = "export-parquet", mixinStandardHelpOptions = true,
    description = "Writes every table of a dossier as Parquet, one folder per table (articles "
        + "partitioned by published_year); layout in docs/schema.md.",
    footer = {"", "Example:", "  dossier export-parquet out/conflict out/conflict-parquet"})
final class ExportParquetCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DOSSIER", description = "The dossier folder.")
  Path dir;

  @Parameters(index = "1", paramLabel = "OUT", description = "A new (or empty) folder for the tables.")
  Path out;

  @Override
  public Integer call() throws Exception {
    ParquetTables.Written w;
    try (DossierStore store = DossierStore.openReadOnly(dir)) {
      w = ParquetTables.export(store, out);
    }
    var o = spec.commandLine().getOut();
    o.println("tables written: " + w.rows().size() + " to " + out);
    for (Map.Entry<String, Long> e : w.rows().entrySet()) {
      if (e.getValue() > 0) {
        o.println("  " + e.getKey() + ": " + e.getValue());
      }
    }
    o.flush();
    return 0;
  }
}
