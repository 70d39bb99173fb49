package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.store.DossierStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build killed with SIGKILL mid-way leaves a consistent store, and a rerun completes it. */
class ResumeAfterKillTest {
  private static final int PAGES = 6000;

  @TempDir
  Path tmp;

  @Test
  void killedBuildResumes() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("pages"));
    SyntheticCorpus corpus = new SyntheticCorpus(7);
    for (int i = 0; i < PAGES; i++) {
      Files.writeString(in.resolve(String.format("%05d.txt", i)), corpus.page(i));
    }
    Path out = tmp.resolve("dossier");
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "build", in.toString(), "--out", out.toString(), "--threads", "1", "-q", "--no-language"));
    Process child = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("child.log").toFile()).start();
    Path wal = out.resolve(DossierStore.FILE + ".wal");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    // Kill as soon as the first transactions reached the write-ahead log.
    while (System.nanoTime() < deadline && child.isAlive() && !(Files.exists(wal) && Files.size(wal) > 200_000)) {
      Thread.sleep(10);
    }
    boolean killedMidway = child.isAlive();
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertTrue(killedMidway, "the child finished before it could be killed: " + Files.readString(tmp.resolve("child.log")));

    long stored;
    try (DossierStore store = DossierStore.openReadOnly(out)) {
      stored = store.count("articles");
      long files = store.files().size();
      assertEquals(files, stored, "every stored file has its article and no article lacks its file row");
    }
    assertTrue(stored < PAGES, "killed before the end: " + stored);

    CliRun rerun = CliRun.of("build", in.toString(), "--out", out.toString(), "-q", "--no-language");
    assertEquals(0, rerun.exit, rerun.toString());
    assertTrue(rerun.out.contains(stored + " unchanged"), rerun.out);
    try (DossierStore store = DossierStore.openReadOnly(out)) {
      assertEquals(PAGES, store.count("articles"));
      Set<String> sources = new HashSet<>();
      store.forEachArticle(a -> sources.add(a.source()));
      assertEquals(PAGES, sources.size());
    }
  }
}
