package dossier.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * BM25 as if the common-word pairs were not in the index. The pairs sit at their first word's
 * position, so a document's length leaves them out already; the field's average length (its total
 * of term frequencies over its documents) counts them, though, and would shift every score. This
 * similarity takes the pairs' frequencies off that total, so scores are those of an index without
 * pairs (phrases of common words aside, whose terms are now the pairs).
 */
final class GramStats {
  private GramStats() {}

  /** The similarity for a commit written with common grams. */
  static BM25Similarity similarity(IndexReader reader) throws IOException {
    Map<String, Long> pairs = new HashMap<>();
    for (String field : new String[] {Fields.TITLE, Fields.BODY}) {
      pairs.put(field, pairFrequencies(reader, field));
    }
    return new BM25Similarity() {
      @Override
      protected float avgFieldLength(CollectionStatistics s) {
        long p = pairs.getOrDefault(s.field(), 0L);
        return (float) ((s.sumTotalTermFreq() - p) / (double) s.docCount());
      }
    };
  }

  /** Total frequency of the pair terms of {@code field} across segments (deleted documents too, as Lucene counts). */
  static long pairFrequencies(IndexReader reader, String field) throws IOException {
    long sum = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        if (isPair(t)) {
          sum += te.totalTermFreq();
        }
      }
    }
    return sum;
  }

  /** "the_border": two parts joined by '_', one of them a common word. */
  static boolean isPair(BytesRef t) {
    for (int i = t.offset + 1; i < t.offset + t.length - 1; i++) {
      if (t.bytes[i] == '_') {
        String left = new String(t.bytes, t.offset, i - t.offset, java.nio.charset.StandardCharsets.UTF_8);
        String right = new String(t.bytes, i + 1, t.offset + t.length - i - 1, java.nio.charset.StandardCharsets.UTF_8);
        if (CommonWords.WORDS.contains(left) || CommonWords.WORDS.contains(right)) {
          return true;
        }
      }
    }
    return false;
  }
}
