package dossier.search;

import java.io.IOException;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The query the highlighter gets: wildcards and prefixes on the body replaced by the words they
 * match. Given a wildcard, the highlighter walks the segment's whole term dictionary for every
 * document it highlights; the words, expanded once per request with the automaton's intersection,
 * cost a lookup each.
 */
final class HighlightQuery {
  /** Most words of one wildcard highlighted (the most a boolean query may hold). */
  static final int MAX_TERMS = 512;

  private HighlightQuery() {}

  static Query of(Query q, IndexSearcher searcher) throws IOException {
    if (q instanceof BooleanQuery b) {
      BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
      for (BooleanClause c : b.clauses()) {
        out.add(of(c.getQuery(), searcher), c.getOccur());
      }
      return out.build();
    }
    if (q instanceof BoostQuery b) {
      return new BoostQuery(of(b.getQuery(), searcher), b.getBoost());
    }
    if (q instanceof ConstantScoreQuery c) {
      return new ConstantScoreQuery(of(c.getQuery(), searcher));
    }
    if (q instanceof MultiTermQuery m && m.getField().equals(Fields.BODY)) {
      return words(m, searcher);
    }
    return q;
  }

  private static Query words(MultiTermQuery m, IndexSearcher searcher) throws IOException {
    TreeSet<BytesRef> words = new TreeSet<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(m.getField());
      if (terms == null) {
        continue;
      }
      TermsEnum te = m.getTermsEnum(terms);
      for (BytesRef t = te.next(); t != null && words.size() < MAX_TERMS; t = te.next()) {
        words.add(BytesRef.deepCopyOf(t));
      }
    }
    BooleanQuery.Builder out = new BooleanQuery.Builder();
    for (BytesRef w : words) {
      out.add(new TermQuery(new Term(m.getField(), w)), BooleanClause.Occur.SHOULD);
    }
    return out.build();
  }
}
