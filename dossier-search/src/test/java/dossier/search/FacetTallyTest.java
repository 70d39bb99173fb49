package dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facets counted during collection, over segments that each know only some of the values. */
class FacetTallyTest {
  @TempDir
  Path dir;

  @Test
  void countsAcrossSegmentsPerCopyAndPerHit() throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      IndexWriterConfig cfg = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter w = new IndexWriter(d, cfg)) {
        // one commit per segment; group g1 has a copy in two segments, g3 two copies in the last
        add(w, "g1", "Alder Post", "s1", "2021-03");
        w.commit();
        add(w, "g1", "Birch Times", "s1", "2021-03");
        add(w, "g2", "Alder Post", "s2", "2021-04");
        w.commit();
        add(w, "g3", "Cedar Daily", "s1", "2021-01");
        add(w, "g3", "Alder Post", "s1", "2021-01");
        w.commit();
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        assertEquals(3, r.leaves().size());
        DossierSearcher s = new DossierSearcher(r);

        Map<String, List<FacetCount>> collapsed = tally(s, true);
        // outlets count every copy; ties ("Birch Times", "Cedar Daily") in label order
        assertEquals(List.of(new FacetCount("Alder Post", 3), new FacetCount("Birch Times", 1),
            new FacetCount("Cedar Daily", 1)), collapsed.get(Fields.OUTLET));
        // the rest count a group once
        assertEquals(List.of(new FacetCount("s1", 2), new FacetCount("s2", 1)), collapsed.get(Fields.STORY));
        assertEquals(List.of(new FacetCount("2021-01", 1), new FacetCount("2021-03", 1),
            new FacetCount("2021-04", 1)), collapsed.get(Fields.MONTH));
        assertEquals(List.of(), collapsed.get(Fields.TYPE));

        Map<String, List<FacetCount>> each = tally(s, false);
        assertEquals(List.of(new FacetCount("s1", 4), new FacetCount("s2", 1)), each.get(Fields.STORY));
        assertEquals(List.of(new FacetCount("2021-01", 2), new FacetCount("2021-03", 2),
            new FacetCount("2021-04", 1)), each.get(Fields.MONTH));
      }
    }
  }

  private static Map<String, List<FacetCount>> tally(DossierSearcher s, boolean collapse) throws IOException {
    FacetTally t = new FacetTally(s, collapse);
    try (CollapseCollector c = new CollapseCollector(s, collapse, t)) {
      s.search(new MatchAllDocsQuery(), c);
    }
    return t.counts();
  }

  private static void add(IndexWriter w, String group, String outlet, String story, String month)
      throws IOException {
    Document doc = new Document();
    doc.add(new SortedDocValuesField(Fields.COLLAPSE, new BytesRef(group)));
    doc.add(new SortedSetDocValuesFacetField(Fields.OUTLET, outlet));
    doc.add(new SortedSetDocValuesFacetField(Fields.STORY, story));
    doc.add(new SortedSetDocValuesFacetField(Fields.MONTH, month));
    w.addDocument(FacetSetup.config().build(doc));
  }
}
