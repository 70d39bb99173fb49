package dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.DuplicateGroup;
import dossier.model.Entity;
import dossier.model.Mention;
import dossier.store.Batch;
import dossier.store.DossierStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalIndexTest {
  @TempDir
  Path dir;

  @Test
  void onlyNewAndChangedRecordsAreWrittenAndOpenReadersSeeTheNewCommit() throws Exception {
    TestDossier.write(dir);
    try (DossierStore s = DossierStore.open(dir)) {
      IndexUpdate first = SearchIndexer.update(s);
      assertEquals(List.of(12L, 0L, 0L, 0L), counts(first));
      assertEquals(List.of(0L, 0L, 0L, 12L), counts(SearchIndexer.update(s)));
    }
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertEquals(1, index.search(SearchRequest.of("museum")).hits().get(0).outlets().size());
      try (DossierStore s = DossierStore.open(dir)) {
        // A copy of the museum piece arrives: one new document, and the piece itself now shows its group.
        s.commit(new Batch(List.of(), List.of(TestDossier.article("a6", "Harbour museum reopens",
            TestDossier.MUSEUM + " Entry is free.", "Evening Ledger", TestDossier.day("2021-05-02")))));
        List<DuplicateGroup> groups = new java.util.ArrayList<>(s.duplicates());
        groups.add(new DuplicateGroup("g2", "a5", List.of(new DuplicateGroup.Member("a6", "contains", 0.95))));
        s.replaceDuplicates(groups);
        assertEquals(List.of(1L, 1L, 0L, 11L), counts(SearchIndexer.update(s)));

        // An entity disappears: its document is deleted, the article and the event naming it re-indexed.
        List<Entity> kept = s.entities().stream().filter(e -> !e.id().equals("e5")).toList();
        List<Mention> mentions = s.mentions().stream().filter(m -> !"e5".equals(m.entityId())).toList();
        s.replaceEntities(kept, mentions);
        assertEquals(List.of(0L, 2L, 1L, 10L), counts(SearchIndexer.update(s)));
      }
      Thread.sleep(1100); // readers look for a newer commit at most once a second
      SearchResult r = index.search(SearchRequest.of("museum"));
      assertEquals(1, r.total());
      assertEquals(List.of("Coastal Courier", "Evening Ledger"), r.hits().get(0).outlets());
      assertEquals(List.of("a5", "a6"), r.hits().get(0).articles());
      assertEquals(0, index.search(new SearchRequest("lindholm", List.of("entity"), 0, 10, true, false)).total());
      assertEquals(0, index.search(SearchRequest.of("entity:lindholm")).total());
    }
  }

  @Test
  void aDossierWithoutAnIndexSaysToBuild() throws IOException {
    TestDossier.write(dir);
    IOException e = assertThrows(IOException.class, () -> SearchIndex.open(dir));
    assertTrue(e.getMessage().contains("dossier build"), e.getMessage());
  }

  private static List<Long> counts(IndexUpdate u) {
    return List.of(u.added(), u.updated(), u.deleted(), u.unchanged());
  }
}
