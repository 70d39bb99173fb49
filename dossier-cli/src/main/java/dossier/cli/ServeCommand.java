package dossier.cli;

import dossier.web.DossierServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier serve}: the read-only JSON API of a dossier, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves a dossier's read-only JSON API (routes: /api/openapi.json, docs/api.md). "
        + "It reads the snapshot the last build published, so a build may run meanwhile; the server "
        + "moves to the new snapshot when the build ends. Stops on Ctrl-C.",
    footer = {"", "Examples:", "  dossier serve out/conflict",
        "  dossier serve out/conflict --port 8080 --host 0.0.0.0   # reachable from other machines"})
final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The dossier folder.")
  Path dir;

  @Option(names = {"-p", "--port"}, defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535");
    }
    DossierServer server = DossierServer.start(dir, c -> {
      c.host = host;
      c.port = port;
    });
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.err.println("dossier: stopping the server");
      server.stop();
      stopped.countDown();
    }, "dossier-serve-shutdown"));
    var out = spec.commandLine().getOut();
    out.printf("serving %s (snapshot %s) at %s  (API: %sapi/openapi.json; Ctrl-C stops)%n", dir,
        server.snapshot(), server.url(), server.url());
    out.flush();
    stopped.await();
    return 0;
  }
}
