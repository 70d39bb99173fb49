package dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Micro-benchmark, not a timed assertion: commits 10,000 (or more) generated articles in batches of 500 and
 * prints the rate, commits them again (each replaces itself), then reads them back and prints that rate too.
 */
class CommitThroughputTest {
  /** {@code -Ddossier.bench.articles=N} for a bigger run by hand. */
  private static final int ARTICLES = Integer.getInteger("dossier.bench.articles", 10_000);
  private static final int BATCH = 500;

  @TempDir Path dir;

  @Test
  void commitThroughput() throws IOException {
    List<Article> all = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      all.add(Fixtures.generated("bench/feed-" + (i / BATCH) + ".jsonl", i));
    }
    try (DossierStore store = DossierStore.open(dir)) {
      long t0 = System.nanoTime();
      for (int k = 0; k < ARTICLES / BATCH; k++) {
        String source = "bench/feed-" + k + ".jsonl";
        store.commit(new Batch(List.of(new FileRecord(source, 1, 1, null, FileRecord.DONE, null,
            BATCH, BATCH)), all.subList(k * BATCH, (k + 1) * BATCH)));
      }
      double commitSeconds = (System.nanoTime() - t0) / 1e9;
      long tr = System.nanoTime();
      for (int k = 0; k < ARTICLES / BATCH; k++) { // a re-run: every article is replaced
        store.commit(new Batch(List.of(), all.subList(k * BATCH, (k + 1) * BATCH)));
      }
      double recommitSeconds = (System.nanoTime() - tr) / 1e9;
      long t1 = System.nanoTime();
      int[] read = {0};
      store.forEachArticle(a -> read[0]++);
      double readSeconds = (System.nanoTime() - t1) / 1e9;
      System.out.printf("commit: %d articles in %.2f s = %.0f articles/s (batches of %d);"
              + " re-commit (replace): %.0f articles/s; read back: %.0f articles/s%n", ARTICLES,
          commitSeconds, ARTICLES / commitSeconds, BATCH, ARTICLES / recommitSeconds,
          ARTICLES / readSeconds);
      assertEquals(ARTICLES, read[0]);
    }
  }
}
