package dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotIndexTest {
  @TempDir
  Path dir;

  @Test
  void aPublishedSnapshotHasLookupIndexesAndReadsTheSameArticles() throws Exception {
    Article wire = Fixtures.wireStory();
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), List.of(wire, Fixtures.bare())));
    }
    Path snap = Snapshot.publish(dir);

    Set<String> indexes = new HashSet<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + snap.resolve(DossierStore.FILE));
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT table_name || '.' || sql FROM duckdb_indexes()")) {
      while (r.next()) {
        indexes.add(r.getString(1));
      }
    }
    assertEquals(Snapshot.INDEXES.length, indexes.size(), indexes.toString());
    assertTrue(indexes.stream().anyMatch(x -> x.startsWith("article_paragraphs.") && x.contains("(article_id)")),
        indexes.toString());
    try (DossierStore read = DossierStore.openReadOnly(snap)) {
      assertEquals(wire, read.articles(List.of(wire.id())).get(wire.id()));
      assertEquals(wire, new ApiReader(read).article(wire.id()).orElseThrow());
    }
  }
}
