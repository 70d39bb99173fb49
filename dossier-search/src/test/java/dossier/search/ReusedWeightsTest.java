package dossier.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One weight per segment and request highlights exactly as Lucene's weight per document does. */
class ReusedWeightsTest {
  private static final String[] BODIES = {
      "The ferry strike halted traffic across the strait on Monday. The union said the strike would last.",
      "Talks on a ceasefire began in the river town; the mediator called the talks constructive.",
      "A ferry ran again on Tuesday after the strike ended, the port authority said.",
      "Shelling cut power to the town overnight. The strike of dockworkers was not affected.",
      "The museum reopened. Nothing about a ferry or a strike here, only the lighthouse lens.",
      "Union leaders met port officials; the ferry strike would last until wages were raised.",
  };

  @TempDir
  Path dir;

  @Test
  void sameMarksAsPerDocumentWeights() throws IOException {
    FieldType body = new FieldType(TextField.TYPE_STORED);
    body.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    Analyzer analyzer = Analyzers.plain();
    try (Directory d = FSDirectory.open(dir)) {
      try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer))) {
        for (int i = 0; i < BODIES.length; i++) {
          Document doc = new Document();
          doc.add(new Field(Fields.BODY, BODIES[i], body));
          w.addDocument(doc);
          if (i % 2 == 1) {
            w.commit(); // several segments: a weight per segment
          }
        }
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        assertTrue(r.leaves().size() > 1);
        IndexSearcher s = new IndexSearcher(r);
        PhraseQuery phrase = new PhraseQuery(Fields.BODY, "ferry", "strike");
        Query[] queries = {
            new TermQuery(new Term(Fields.BODY, "strike")),
            phrase,
            new BooleanQuery.Builder().add(phrase, BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.BODY, "union")), BooleanClause.Occur.SHOULD).build(),
            new PhraseQuery(2, Fields.BODY, "strike", "last"),
        };
        int[] docs = {0, 1, 2, 3, 4, 5};
        for (Query q : queries) {
          String[] lucene = highlighter(s, analyzer, false).highlightFields(new String[] {Fields.BODY}, q, docs.clone(),
              new int[] {2}).get(Fields.BODY);
          Map<String, String[]> ours = highlighter(s, analyzer, true).highlightFields(new String[] {Fields.BODY}, q,
              docs.clone(), new int[] {2});
          assertArrayEquals(lucene, ours.get(Fields.BODY), q.toString());
          assertTrue(String.join("", ours.get(Fields.BODY).length > 0 ? ours.get(Fields.BODY)[0] : "").contains("<b>")
              || q == queries[3], q.toString());
        }
      }
    }
  }

  private static UnifiedHighlighter highlighter(IndexSearcher s, Analyzer analyzer, boolean reuse) {
    UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(s, analyzer);
    return new UnifiedHighlighter(b) {
      @Override
      protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        return reuse && source == OffsetSource.POSTINGS ? new ReusedWeights(components)
            : super.getOffsetStrategy(source, components);
      }
    };
  }
}
