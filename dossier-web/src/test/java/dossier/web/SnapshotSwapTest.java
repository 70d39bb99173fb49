package dossier.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.store.Batch;
import dossier.store.DossierStore;
import dossier.store.FileRecord;
import dossier.store.Snapshot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server keeps answering while a build writes the dossier, then serves what it added. */
class SnapshotSwapTest {
  @TempDir
  Path dir;

  @Test
  void answersDuringABuildAndThenSeesItsArticles() throws Exception {
    new TestDossier().write(dir);
    try (DossierServer server = DossierServer.start(dir, c -> {
      c.port = 0;
      c.pollMillis = 50;
    })) {
      Client client = new Client(server);
      String before = server.snapshot();
      AtomicBoolean run = new AtomicBoolean(true);
      AtomicInteger answered = new AtomicInteger();
      AtomicBoolean writing = new AtomicBoolean(false);
      AtomicInteger answeredWhileWriting = new AtomicInteger();
      ConcurrentLinkedQueue<String> bad = new ConcurrentLinkedQueue<>();
      Thread reader = new Thread(() -> {
        while (run.get()) {
          for (String p : List.of("/api/info", "/api/articles?limit=5", "/api/timeline")) {
            Client.Answer a = client.get(p);
            if (a.status() != 200) {
              bad.add(p + " → " + a.status() + " " + a.raw());
            }
            answered.incrementAndGet();
            if (writing.get()) {
              answeredWhileWriting.incrementAndGet();
            }
          }
        }
      });
      reader.start();

      // a "build": the writer holds dossier.duckdb while the server reads its snapshot
      try (DossierStore store = DossierStore.open(dir)) {
        writing.set(true);
        for (int batch = 0; batch < 5; batch++) {
          List<Article> articles = new ArrayList<>();
          List<FileRecord> files = new ArrayList<>();
          for (int i = 0; i < 20; i++) {
            String src = "more/b" + batch + "-" + i + ".txt";
            articles.add(TestDossier.article(src, "Report " + batch + "/" + i,
                "Officials in Brenmoor said on Monday that the river had fallen, report " + batch
                    + "-" + i + ".", "Daily Courier", null, LocalDate.of(2024, 5, 1 + batch)));
            files.add(new FileRecord(src, 80, 1, null, FileRecord.DONE, null, 0, 1));
          }
          store.commit(new Batch(files, articles));
          Thread.sleep(50);
        }
        assertEquals(4, client.get("/api/info").json().at("/counts/articles").asInt(),
            "the server reads the published snapshot, not the store being written");
        // hold the writer until the other thread has been answered meanwhile (slow machines)
        long wait = System.currentTimeMillis() + 60_000;
        while (answeredWhileWriting.get() < 3 && System.currentTimeMillis() < wait) {
          Thread.sleep(20);
        }
        writing.set(false);
      }
      Snapshot.publish(dir);

      long deadline = System.currentTimeMillis() + 10_000;
      int seen = 0;
      while (System.currentTimeMillis() < deadline) {
        seen = client.get("/api/info").json().at("/counts/articles").asInt();
        if (seen == 104) {
          break;
        }
        Thread.sleep(20);
      }
      run.set(false);
      reader.join();
      assertEquals(104, seen, "the new snapshot is served");
      assertNotEquals(before, server.snapshot());
      assertTrue(bad.isEmpty(), String.join("\n", bad));
      assertTrue(answeredWhileWriting.get() >= 3, "answered while the store was held for writing: "
          + answeredWhileWriting.get());
      assertEquals(100, client.get("/api/articles?from=2024-05-01").json().get("total").asInt());
    }
  }

  @Test
  void keepsTheLastTwoSnapshots() throws Exception {
    new TestDossier().write(dir);
    Path second = Snapshot.publish(dir);
    Path third = Snapshot.publish(dir);
    try (var list = java.nio.file.Files.list(dir.resolve(Snapshot.DIR))) {
      List<String> names = list.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(List.of(second.getFileName().toString(), third.getFileName().toString(),
          Snapshot.CURRENT), names);
    }
    assertEquals(third, Snapshot.current(dir).orElseThrow());
  }

  @Test
  void aDossierWithoutSnapshotGetsOneWhenNoBuildRuns() throws Exception {
    new TestDossier().write(dir);
    // as if built before snapshots existed
    try (var walk = java.nio.file.Files.walk(dir.resolve(Snapshot.DIR))) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    try (DossierServer server = DossierServer.start(dir, c -> c.port = 0)) {
      assertEquals(4, new Client(server).get("/api/info").json().at("/counts/articles").asInt());
    }
  }
}
