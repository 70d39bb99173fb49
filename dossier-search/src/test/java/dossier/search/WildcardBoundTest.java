package dossier.search;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** A wildcard may expand to at most 20,000 words, whether it names its field or not. */
class WildcardBoundTest {
  @Test
  void defaultFieldWildcardsAreBoundedToo() throws IOException {
    try (Directory d = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Analyzers.create()))) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i <= QueryReader.MAX_EXPANSION; i++) {
          words.append("code").append(Integer.toString(i, 36)).append(' ');
        }
        Document doc = new Document();
        doc.add(new TextField(Fields.BODY, words.toString(), Field.Store.NO));
        w.addDocument(doc);
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        DossierSearcher s = new DossierSearcher(r);
        QueryException e = assertThrows(QueryException.class,
            () -> QueryReader.read("code*", Analyzers.query(), Analyzers.plain(), s));
        assertTrue(e.getMessage().contains("matches more than"), e.getMessage());
        assertThrows(QueryException.class, () -> QueryReader.read("body:code*", Analyzers.query(), Analyzers.plain(), s));
        QueryReader.read("code1*", Analyzers.query(), Analyzers.plain(), s); // 1,297 words: allowed
      }
    }
  }
}
