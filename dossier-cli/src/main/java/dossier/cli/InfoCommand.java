package dossier.cli;

import dossier.store.DossierStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier info}: what a dossier holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
    description = "Counts, date span, outlets and skipped files of a dossier.",
    footer = {"", "Example:", "  dossier info out/conflict"})
final class InfoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The dossier folder.")
  Path dir;

  @Override
  public Integer call() throws Exception {
    try (DossierStore store = DossierStore.openReadOnly(dir)) {
      spec.commandLine().getOut().print(InfoFormat.format(store.info()));
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
