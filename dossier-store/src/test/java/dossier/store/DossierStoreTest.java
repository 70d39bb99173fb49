package dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.PublicationDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierStoreTest {
  @TempDir Path dir;

  private static FileRecord done(String source, long size, int articles) {
    return new FileRecord(source, size, 1_650_000_000_000L, null, FileRecord.DONE, null, 0,
        articles);
  }

  private static List<Article> all(DossierStore store) {
    List<Article> out = new ArrayList<>();
    store.forEachArticle(out::add);
    return out;
  }

  @Test
  void articlesReadBackEqualToWhatWasCommitted() throws IOException {
    Article wire = Fixtures.wireStory();
    Article range = Fixtures.rangeStory();
    Article bare = Fixtures.bare();
    try (DossierStore store = DossierStore.open(dir.resolve("new/sub"))) {
      store.commit(new Batch(List.of(done("inbox/2021/talks-resume.txt", 812, 1)),
          List.of(wire, range, bare)));
      assertEquals(wire, store.article(wire.id()).orElseThrow());
      assertEquals(range, store.article(range.id()).orElseThrow());
      assertEquals(bare, store.article(bare.id()).orElseThrow());
      // ordered by source: batch/..., inbox/..., misc/...
      assertEquals(List.of(range, wire, bare), all(store));
      assertTrue(store.article("0000000000000000").isEmpty());
    }
    assertTrue(Files.isRegularFile(dir.resolve("new/sub/dossier.duckdb")));
  }

  @Test
  void readingStreamsPagesInSourceOrder() throws IOException {
    List<Article> many = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      many.add(Fixtures.generated("feeds/big.jsonl", i));
    }
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), many));
      List<Article> back = all(store);
      assertEquals(2500, back.size());
      for (int i = 1; i < back.size(); i++) {
        assertTrue(back.get(i - 1).source().compareTo(back.get(i).source()) < 0);
      }
      Article some = many.get(1234);
      assertEquals(some, back.stream().filter(a -> a.id().equals(some.id())).findFirst().get());
    }
  }

  @Test
  void recommittingReplacesInsteadOfDuplicating() throws IOException {
    Article wire = Fixtures.wireStory();
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), List.of(wire, Fixtures.bare())));
      Article redated = wire.withPublished(new PublicationDate(
          DateRange.between(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 3)), DateBasis.URL,
          "/2021/03/", 0.6));
      store.commit(new Batch(List.of(), List.of(redated)));
      store.commit(new Batch(List.of(), List.of(redated)));
      assertEquals(2, store.info().articles());
      Article back = store.article(wire.id()).orElseThrow();
      assertEquals(redated, back);
      assertEquals(wire.paragraphs(), back.paragraphs()); // child rows not doubled
      assertEquals(wire.removed(), back.removed());
    }
  }

  @Test
  void fileRecordsSupportSkipAndResume() throws IOException {
    try (DossierStore store = DossierStore.open(dir)) {
      assertTrue(store.file("feeds/big.jsonl").isEmpty());
      List<Article> chunk1 = List.of(Fixtures.generated("feeds/big.jsonl", 0),
          Fixtures.generated("feeds/big.jsonl", 1));
      store.commit(new Batch(List.of(new FileRecord("feeds/big.jsonl", 90_000, 77L, "ab12",
          FileRecord.PARTIAL, null, 2, 2)), chunk1));
      FileRecord partial = store.file("feeds/big.jsonl").orElseThrow();
      assertFalse(partial.finished());
      assertEquals(2, partial.progress());
      assertTrue(partial.sameFile(90_000, 77L, null));
      assertTrue(partial.sameFile(1, 2, "ab12")); // touched, same content
      assertFalse(partial.sameFile(90_001, 77L, "cd34"));

      // the next chunk of the same file keeps the first chunk's articles
      store.commit(new Batch(List.of(new FileRecord("feeds/big.jsonl", 90_000, 77L, "ab12",
          FileRecord.DONE, null, 3, 3)), List.of(Fixtures.generated("feeds/big.jsonl", 2))));
      assertTrue(store.file("feeds/big.jsonl").orElseThrow().finished());
      assertEquals(3, store.info().articles());

      store.commit(new Batch(List.of(new FileRecord("notes/empty.txt", 0, 5L, null,
          FileRecord.SKIPPED, "no article text", 0, 0), new FileRecord("notes/bad.pdf", 10, 5L,
          null, FileRecord.ERROR, "not text: binary content", 0, 0)), List.of()));
      Info info = store.info();
      assertEquals(List.of("notes/bad.pdf", "notes/empty.txt"),
          info.problems().stream().map(FileRecord::source).toList());
      assertEquals(1L, info.filesByStatus().get("done"));
      assertEquals(1L, info.filesByStatus().get("error"));
      assertEquals(3, store.files().size());
    }
  }

  @Test
  void aChangedFileDropsItsOldArticles() throws IOException {
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(done("feeds/big.jsonl", 100, 2)),
          List.of(Fixtures.generated("feeds/big.jsonl", 0),
              Fixtures.generated("feeds/big.jsonl", 1))));
      store.commit(new Batch(List.of(done("feeds/big.jsonl.bak", 100, 1)),
          List.of(Fixtures.generated("feeds/big.jsonl.bak", 0))));
      Article fresh = Fixtures.generated("feeds/big.jsonl", 7);
      store.commit(new Batch(List.of(done("feeds/big.jsonl", 140, 1)), List.of(fresh)));
      List<String> sources = all(store).stream().map(Article::source).toList();
      assertEquals(List.of("feeds/big.jsonl#7", "feeds/big.jsonl.bak#0"), sources);
    }
  }

  @Test
  void aFailingBatchLeavesNothingBehind() throws IOException {
    Article good = Fixtures.wireStory();
    Article noSource = new Article("badbadbadbadbad0", null, null, "t", "Some text.", null, null,
        null, null, null, null, null, null, null);
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(done("a.txt", 1, 1)), List.of(Fixtures.bare())));
      StoreException e = assertThrows(StoreException.class, () -> store.commit(new Batch(
          List.of(done("b.txt", 2, 2)), List.of(good, noSource))));
      assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
      assertTrue(e.getMessage().contains("source"), e.getMessage());
      assertTrue(store.file("b.txt").isEmpty());
      assertTrue(store.article(good.id()).isEmpty());
      assertEquals(List.of(Fixtures.bare()), all(store));
      // the store still takes the next batch
      store.commit(new Batch(List.of(done("b.txt", 2, 1)), List.of(good)));
      assertEquals(2, store.info().articles());
    }
  }

  @Test
  void readOnlyOpenReadsButRefusesWrites() throws IOException {
    IOException missing = assertThrows(IOException.class,
        () -> DossierStore.openReadOnly(dir.resolve("nothing")));
    assertTrue(missing.getMessage().contains("is not a dossier (no dossier.duckdb)"),
        missing.getMessage());
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), List.of(Fixtures.wireStory())));
    }
    try (DossierStore ro = DossierStore.openReadOnly(dir)) {
      assertEquals(Fixtures.wireStory(), all(ro).get(0));
      assertThrows(IllegalStateException.class,
          () -> ro.commit(new Batch(List.of(), List.of(Fixtures.bare()))));
    }
  }

  @Test
  void infoSummarisesDatesOutletsAndCredits() throws IOException {
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), List.of(Fixtures.wireStory(), Fixtures.rangeStory(),
          Fixtures.bare())));
      Info info = store.info();
      assertEquals(3, info.articles());
      assertEquals(LocalDate.of(2019, 5, 1), info.earliest());
      assertEquals(LocalDate.of(2021, 3, 2), info.latest());
      assertEquals(List.of("Example News", "Wire Digest"), List.copyOf(info.outlets().keySet()));
      assertEquals(1L, info.credits().get("Reuters"));
      assertEquals(1L, info.credits().get("AFP"));
    }
  }
}
