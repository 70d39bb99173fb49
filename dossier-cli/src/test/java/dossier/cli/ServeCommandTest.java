package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier serve} refuses what is not a dossier, and bad ports, without starting. */
class ServeCommandTest {
  @TempDir
  Path dir;

  @Test
  void refusesAFolderThatIsNoDossier() {
    assertEquals(1, Main.run("serve", dir.toString(), "--port", "0"));
  }

  @Test
  void refusesAPortOutOfRange() {
    assertEquals(2, Main.run("serve", dir.toString(), "--port", "70000"));
  }
}
