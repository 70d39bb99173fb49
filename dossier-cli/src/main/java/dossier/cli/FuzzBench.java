package dossier.cli;

import dossier.web.DossierServer;
import dossier.web.Fuzz;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code dossier bench --fuzz N}: N malformed requests against a server on a dossier. */
final class FuzzBench {
  private FuzzBench() {}

  static int run(Path dossier, int requests, PrintWriter out) throws Exception {
    try (DossierServer server = DossierServer.start(dossier, c -> c.port = 0)) {
      long t0 = System.nanoTime();
      Fuzz.Report r = new Fuzz("127.0.0.1", server.port(), 20261130L).run(requests);
      out.printf("fuzz: %s in %.1fs%n", r, (System.nanoTime() - t0) / 1e9);
      r.failures().stream().limit(20).forEach(f -> out.println("  " + f));
      out.flush();
      return r.ok() ? 0 : 1;
    }
  }
}
