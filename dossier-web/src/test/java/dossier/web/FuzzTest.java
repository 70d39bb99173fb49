package dossier.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed requests (raw HTTP) get no 5xx and no stack trace; 10,000 in {@code dossier bench --fuzz}. */
class FuzzTest {
  @TempDir
  Path dir;

  @Test
  void malformedRequestsGetNo5xxAndNoStackTrace() throws Exception {
    new TestDossier().write(dir);
    try (DossierServer server = DossierServer.start(dir, c -> c.port = 0)) {
      Fuzz.Report r = new Fuzz("127.0.0.1", server.port(), 7).run(600);
      assertTrue(r.ok(), r + "\n" + String.join("\n", r.failures()));
      assertTrue(r.byClass()[4] > 300, "most of them are refused: " + r);
    }
  }
}
