package dossier.cli;

import dossier.export.Exporter;
import dossier.store.DossierStore;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier export}: writes a dossier as JSON, JSON lines or CSV. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Writes what a dossier holds: articles, duplicates, stories, entities, events, "
        + "figures. Fields are described in docs/export.md.",
    footer = {"", "Examples:",
        "  dossier export out/conflict --format json -o conflict.json",
        "  dossier export out/conflict --format csv --section articles -o articles.csv"})
final class ExportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The dossier folder.")
  Path dir;

  @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
      description = "json (one object), jsonl (one record a line) or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--section", paramLabel = "NAME",
      description = "With csv: which table to write (default: articles).")
  String section;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of to standard output.")
  Path output;

  @Override
  public Integer call() throws Exception {
    Exporter.Format f = Exporter.Format.parse(format);
    try (DossierStore store = DossierStore.openReadOnly(dir);
        OutputStream out = new BufferedOutputStream(
            output == null ? System.out : Files.newOutputStream(output),
            1 << 16)) {
      if (section != null && f == Exporter.Format.CSV) {
        Exporter.exportCsvSection(store, section, out);
      } else {
        Exporter.export(store, f, out);
      }
    }
    return 0;
  }
}
