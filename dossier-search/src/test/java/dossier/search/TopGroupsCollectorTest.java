package dossier.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pruned top hits equal the exhaustive ones: same keys in the same order, same best document and
 * score, over several segments, groups whose copies score differently or the same (ties).
 */
class TopGroupsCollectorTest {
  private static final String[] WORDS = {"harbour", "strike", "ferry", "wages", "court", "museum", "river",
      "talks", "power", "quay", "union", "lens", "governor", "town", "station", "night"};

  @TempDir
  Path dir;

  @Test
  void prunedTopPagesEqualExhaustiveOnes() throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      write(d);
      try (DirectoryReader r = DirectoryReader.open(d)) {
        assertTrue(r.leaves().size() > 1);
        DossierSearcher s = new DossierSearcher(r);
        Query[] queries = {
            new TermQuery(new Term(Fields.BODY, "harbour")),
            or("harbour", "strike", "lens"),
            or("ferry", "quay"),
            new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.BODY, "union")), BooleanClause.Occur.MUST)
                .add(or("river", "night", "wages"), BooleanClause.Occur.SHOULD).build(),
            new MatchAllDocsQuery(), // constant scores: every hit ties, document order decides
            new TermQuery(new Term(Fields.BODY, "rareword")),
        };
        boolean pruned = false;
        for (Query q : queries) {
          for (boolean collapse : new boolean[] {true, false}) {
            for (int[] page : new int[][] {{0, 10}, {20, 30}, {0, 100}, {900, 1000}}) {
              pruned |= same(s, q, collapse, page[0], page[1]);
            }
          }
        }
        assertTrue(pruned, "some broad query must have pruned");
      }
    }
  }

  @Test
  void smallResultsKeepExactTotals() throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      write(d);
      try (DirectoryReader r = DirectoryReader.open(d)) {
        DossierSearcher s = new DossierSearcher(r);
        try (TopGroupsCollector c = new TopGroupsCollector(s, true, 10)) {
          s.search(new TermQuery(new Term(Fields.BODY, "rareword")), c);
          assertFalse(c.totalIsLowerBound());
          assertEquals(40, c.total()); // 40 groups, each copy holding it
        }
        try (TopGroupsCollector c = new TopGroupsCollector(s, true, 10)) {
          s.search(new MatchAllDocsQuery(), c);
          assertTrue(c.totalIsLowerBound());
          assertTrue(c.total() >= TopGroupsCollector.TOTAL_THRESHOLD);
        }
      }
    }
  }

  /** Asserts the page is the same both ways; returns whether the pruned run's total was a lower bound. */
  private static boolean same(DossierSearcher s, Query q, boolean collapse, int from, int to) throws IOException {
    int[] wantDocs;
    float[] wantScores;
    int exactTotal;
    try (CollapseCollector c = new CollapseCollector(s, collapse, null)) {
      s.search(q, c);
      exactTotal = c.total();
      int[] keys = c.page(from, to);
      wantDocs = new int[keys.length];
      wantScores = new float[keys.length];
      for (int i = 0; i < keys.length; i++) {
        wantDocs[i] = c.bestDoc[keys[i]];
        wantScores[i] = c.best[keys[i]];
      }
    }
    // the facets' counting pass: no scores, no query cache, the same exact total
    try (CollapseCollector c = new CollapseCollector(s, collapse, null, false)) {
      s.uncached.search(q, c);
      assertEquals(exactTotal, c.total(), q + " counted without scores, collapse=" + collapse);
    }
    try (TopGroupsCollector c = new TopGroupsCollector(s, collapse, to)) {
      s.search(q, c);
      int[] keys = c.page(from);
      int[] docs = new int[keys.length];
      float[] scores = new float[keys.length];
      for (int i = 0; i < keys.length; i++) {
        docs[i] = c.doc(keys[i]);
        scores[i] = c.score(keys[i]);
      }
      String what = q + " collapse=" + collapse + " page " + from + ".." + to;
      assertArrayEquals(wantDocs, docs, what);
      assertArrayEquals(wantScores, scores, what);
      if (c.totalIsLowerBound()) {
        assertTrue(c.total() >= TopGroupsCollector.TOTAL_THRESHOLD && c.total() <= exactTotal, what);
      } else {
        assertEquals(exactTotal, c.total(), what);
      }
      return c.totalIsLowerBound();
    }
  }

  private static Query or(String... words) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String w : words) {
      b.add(new TermQuery(new Term(Fields.BODY, w)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** 6,000 documents in 4,000 groups over several segments; copies share text, some with a tail added. */
  private static void write(Directory d) throws IOException {
    Random rnd = new Random(42);
    try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setMaxBufferedDocs(700))) {
      int doc = 0;
      for (int g = 0; g < 4000; g++) {
        StringBuilder text = new StringBuilder();
        int len = 5 + rnd.nextInt(60);
        for (int i = 0; i < len; i++) {
          // skewed: early words common, late words rare, so scores spread
          text.append(WORDS[(int) Math.min(WORDS.length - 1, Math.abs(rnd.nextGaussian()) * 5)]).append(' ');
        }
        if (g % 100 == 0) {
          text.append("rareword ");
        }
        int copies = g % 2 == 0 ? 2 : 1;
        for (int c = 0; c < copies; c++) {
          String body = c == 1 && g % 4 == 0 ? text + "harbour strike wire credit" : text.toString();
          Document x = new Document();
          x.add(new TextField(Fields.BODY, body, Field.Store.NO));
          x.add(new SortedDocValuesField(Fields.COLLAPSE, new BytesRef("g" + g)));
          w.addDocument(x);
          doc++;
        }
      }
      assertEquals(6000, doc);
    }
  }
}
