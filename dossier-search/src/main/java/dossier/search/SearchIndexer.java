package dossier.search;

import dossier.model.Entity;
import dossier.model.Event;
import dossier.store.DossierStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Brings a dossier's search index ({@code DIR/index}) up to date with its store: new records are
 * added, records whose document would differ (new story, group, entities, text) re-indexed, records
 * no longer stored deleted, the rest left alone. One commit at the end, so a reader sees the index
 * either before or after the whole update.
 */
public final class SearchIndexer {
  /** Event texts are read from the store a page of events at a time. */
  private static final int EVENT_PAGE = 500;

  private SearchIndexer() {}

  /** The index folder of the dossier in {@code dossierDir}. */
  public static Path indexDir(Path dossierDir) {
    return dossierDir.resolve("index");
  }

  /** Updates the index of {@code store}'s dossier (the caller holds the store open for writing). */
  public static IndexUpdate update(DossierStore store) {
    long t0 = System.nanoTime();
    try (Directory dir = FSDirectory.open(indexDir(store.dir()))) {
      Map<String, String> indexed = IndexedHashes.read(dir);
      IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.create())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64);
      try (IndexWriter w = new IndexWriter(dir, cfg)) {
        Writer writer = new Writer(w, indexed);
        Derived d = new Derived(store);
        store.forEachArticle(a -> writer.put(ArticleDocs.of(a, d)));
        List<Event> events = d.events;
        for (int i = 0; i < events.size(); i += EVENT_PAGE) {
          List<Event> page = events.subList(i, Math.min(events.size(), i + EVENT_PAGE));
          Set<String> ids = new HashSet<>();
          page.forEach(e -> ids.addAll(EventDocs.evidenceArticles(e)));
          Map<String, String> texts = store.texts(ids);
          page.forEach(e -> writer.put(EventDocs.of(e, d, texts)));
        }
        for (Entity e : d.entities.values()) {
          writer.put(EntityDocs.of(e));
        }
        long deleted = writer.deleteUnseen();
        // says how title and body were analysed, so a reader parses phrases to match
        w.setLiveCommitData(Map.of(Analyzers.ANALYSIS_KEY, Analyzers.ANALYSIS).entrySet());
        w.commit();
        return new IndexUpdate(writer.added, writer.updated, deleted, writer.unchanged,
            (System.nanoTime() - t0) / 1_000_000);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the search index of " + store.dir() + ": " + e.getMessage(), e);
    }
  }

  /** Writes only what changed, remembering what it saw. */
  private static final class Writer {
    private final IndexWriter w;
    private final Map<String, String> indexed;
    private final Set<String> seen = new HashSet<>();
    private final FacetsConfig facets = FacetSetup.config();
    long added;
    long updated;
    long unchanged;

    Writer(IndexWriter w, Map<String, String> indexed) {
      this.w = w;
      this.indexed = indexed;
    }

    void put(DocBuilder.Built b) {
      seen.add(b.uid());
      String old = indexed.get(b.uid());
      if (b.hash().equals(old)) {
        unchanged++;
        return;
      }
      try {
        if (old == null) {
          w.addDocument(facets.build(b.doc()));
          added++;
        } else {
          w.updateDocument(new Term(Fields.UID, b.uid()), facets.build(b.doc()));
          updated++;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    long deleteUnseen() throws IOException {
      List<Term> gone = new ArrayList<>();
      for (String uid : indexed.keySet()) {
        if (!seen.contains(uid)) {
          gone.add(new Term(Fields.UID, uid));
        }
      }
      if (!gone.isEmpty()) {
        w.deleteDocuments(gone.toArray(new Term[0]));
      }
      return gone.size();
    }
  }
}
