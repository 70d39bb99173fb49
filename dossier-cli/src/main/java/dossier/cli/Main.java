package dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code dossier} command. */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns a pile of news reports into a sourced, de-duplicated dossier.",
    subcommands = {BuildCommand.class, ExportCommand.class, InfoCommand.class, TimelineCommand.class, SearchCommand.class, ServeCommand.class, EvalCommand.class,
        BenchCommand.class, ExportParquetCommand.class, ImportParquetCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Examples:",
        "  dossier build examples/conflict --out out/conflict",
        "  dossier info out/conflict",
        "  dossier export out/conflict --format json -o conflict.json"})
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // File names and messages may be in any script: print UTF-8 whatever the locale says.
    System.setOut(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
        java.nio.charset.StandardCharsets.UTF_8));
    System.setErr(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
        java.nio.charset.StandardCharsets.UTF_8));
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("dossier: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      if (System.getenv("DOSSIER_DEBUG") != null) {
        e.printStackTrace(cmd.getErr());
      }
      return 1;
    });
    return cl.execute(args);
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"dossier " + (v == null ? "(development build)" : v),
          "Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name")};
    }
  }
}
