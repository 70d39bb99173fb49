package dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed with SIGKILL mid-build leaves only whole batches behind. */
class CrashTest {
  private static final int BATCH = 2000;

  @TempDir Path dir;

  @Test
  void aKilledWriterLeavesOnlyWholeBatches() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CrashWriter.class.getName(), dir.toString(), Integer.toString(BATCH))
        .redirectErrorStream(true).start();
    boolean inCommit = false;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      StringBuilder log = new StringBuilder();
      while (!inCommit && (line = out.readLine()) != null) {
        log.append(line).append('\n');
        inCommit = line.equals("committing 4");
        if (line.equals("committing 1")) {
          // DuckDB has one writer per file: nobody else may open it meanwhile, not even to read
          IOException busy = assertThrows(IOException.class, () -> DossierStore.openReadOnly(dir));
          assertTrue(busy.getMessage().startsWith(dir.toString()), busy.getMessage());
        }
      }
      assertTrue(inCommit, "the child stopped early:\n" + log);
      Thread.sleep(50); // a commit of 2,000 articles takes longer: kill it halfway
      child.destroyForcibly();
      assertTrue(child.waitFor(20, TimeUnit.SECONDS));
    }

    try (DossierStore store = DossierStore.open(dir)) {
      List<FileRecord> files = store.files();
      System.out.println("after the kill: " + files.size() + " whole batches");
      assertTrue(files.size() >= 4, "batches committed before the kill are there: " + files.size());
      Map<String, Integer> perFile = new HashMap<>();
      store.forEachArticle((Article a) ->
          perFile.merge(a.source().substring(0, a.source().indexOf('#')), 1, Integer::sum));
      assertEquals(files.size(), perFile.size(), "articles without their file record, or back");
      for (FileRecord f : files) {
        assertEquals(BATCH, perFile.get(f.source()), "half a batch of " + f.source());
      }
      assertEquals((long) files.size() * BATCH, store.info().articles());
      // and the reopened store takes new work
      store.commit(new Batch(List.of(), List.of(Fixtures.bare())));
    }
  }
}
