package dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * Common-word pairs change how phrases are read, not what matches: an index with pairs and one
 * without give the same hits in the same order, and the same scores to everything but phrases.
 */
class CommonGramsTest {
  static final String[] SENTENCES = {
      "The border would stay closed until the end of the month, the interior minister said.",
      "Officials said the border crossing would reopen on Friday.",
      "Talks would resume in the capital after the holiday, according to local media.",
      "According to a statement, the talks had stalled over the release of prisoners.",
      "Aid convoys had reached the northern villages by the end of the week.",
      "Schools would reopen in the spring if the ceasefire held.",
      "The minister would not say whether the border was closed to trucks.",
      "Local media said the strike by dockworkers had closed the port for a week.",
      "Protesters gathered in the square and said they would stay until the vote.",
      "It was the first time in a decade that the border had been closed to trade.",
  };

  static final String[] QUERIES = {"border", "border closed", "the", "would stay", "ceasefire OR strike",
      "border NOT trucks", "\"the border would stay closed\"", "\"according to local media\"",
      "\"would reopen\"", "\"the border\"", "\"border the\"~2", "\"the closed\"~6", "\"had reached the\"",
      "\"of the\"", "title:\"the border\"", "media AND \"the talks\"", "bord*", "th* AND reopen",
      "clo?ed NOT border"};

  @Test
  void sameHitsSameOrderSameScoresButPhrases() throws IOException {
    try (Directory plain = index(Analyzers.plain(), false); Directory pairs = index(Analyzers.create(), true);
        DirectoryReader rp = DirectoryReader.open(plain); DirectoryReader rg = DirectoryReader.open(pairs)) {
      DossierSearcher sp = new DossierSearcher(rp);
      DossierSearcher sg = new DossierSearcher(rg);
      assertTrue(sg.grams);
      for (String q : QUERIES) {
        TopDocs a = sp.search(QueryReader.read(q, Analyzers.plain(), Analyzers.plain(), sp), 100);
        TopDocs b = sg.search(QueryReader.read(q, Analyzers.query(), Analyzers.plain(), sg), 100);
        assertEquals(docs(a), docs(b), q);
        if (!q.contains("\"")) {
          assertEquals(scores(a), scores(b), q);
        }
      }
      // the phrase reads the pairs, not the words: "the_border", "border_would", "would_stay", "closed"
      String parsed = QueryReader.read("\"the border would stay closed\"", Analyzers.query(), Analyzers.plain(), sg)
          .toString();
      assertTrue(parsed.contains("the_border") && parsed.contains("would_stay"), parsed);
      // a prefix expands to the words only, as over an index without pairs
      assertEquals(expansion(sp, "th*"), expansion(sg, "th*"));
      assertTrue(expansion(sg, "th*").contains("body:the"), expansion(sg, "th*").toString());
    }
  }

  private static java.util.Set<String> expansion(DossierSearcher s, String q) throws IOException {
    org.apache.lucene.search.BooleanQuery b = (org.apache.lucene.search.BooleanQuery) QueryReader.read(q,
        s.grams ? Analyzers.query() : Analyzers.plain(), Analyzers.plain(), s);
    java.util.Set<String> words = new java.util.TreeSet<>();
    for (org.apache.lucene.search.BooleanClause c : b.clauses()) {
      org.apache.lucene.search.Query x = c.getQuery();
      if (x instanceof org.apache.lucene.search.BoostQuery bq) {
        x = bq.getQuery();
      }
      org.apache.lucene.search.MultiTermQuery m = (org.apache.lucene.search.MultiTermQuery) x;
      for (var leaf : s.getIndexReader().leaves()) {
        var te = m.getTermsEnum(leaf.reader().terms(m.getField()));
        for (var t = te.next(); t != null; t = te.next()) {
          words.add(m.getField() + ":" + t.utf8ToString());
        }
      }
    }
    return words;
  }

  private static Directory index(Analyzer analyzer, boolean pairs) throws IOException {
    Directory d = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < SENTENCES.length; i++) {
        Document doc = new Document();
        doc.add(new TextField(Fields.TITLE, SENTENCES[(i + 3) % SENTENCES.length].split(",")[0], Field.Store.NO));
        doc.add(new TextField(Fields.BODY, SENTENCES[i] + " " + SENTENCES[(i * 7 + 1) % SENTENCES.length],
            Field.Store.NO));
        w.addDocument(doc);
      }
      if (pairs) {
        w.setLiveCommitData(Map.of(Analyzers.ANALYSIS_KEY, Analyzers.ANALYSIS).entrySet());
      }
      w.commit();
    }
    return d;
  }

  private static List<Integer> docs(TopDocs t) {
    List<Integer> out = new ArrayList<>();
    for (ScoreDoc s : t.scoreDocs) {
      out.add(s.doc);
    }
    return out;
  }

  private static List<Float> scores(TopDocs t) {
    List<Float> out = new ArrayList<>();
    for (ScoreDoc s : t.scoreDocs) {
      out.add(s.score);
    }
    return out;
  }
}
