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
    return expand(bodyOnly(q), searcher);
  }

  /**
   * The parts of a hit's query that can mark its body. The highlighter asks the query for its
   * matches in each highlighted document, title clauses and all; but every highlighted document is
   * a hit, so a required clause is known to match and only its body matches matter, and a
   * prohibited one cannot. So at the top: required clauses become optional, prohibited ones go, and
   * in every pure disjunction under them (title^2 | body) the clauses on other fields go. A nested
   * conjunction is kept whole: whether it matches depends on its title clauses too. Same marks, half
   * the work for the default fields.
   */
  static Query bodyOnly(Query q) {
    if (!(q instanceof BooleanQuery b) || b.getMinimumNumberShouldMatch() != 0) {
      Query d = disjunct(q);
      return d == null ? q : d;
    }
    BooleanQuery.Builder out = new BooleanQuery.Builder();
    int n = 0;
    for (BooleanClause c : b.clauses()) {
      if (c.isProhibited()) {
        continue;
      }
      Query d = disjunct(c.getQuery());
      if (d != null) {
        out.add(d, BooleanClause.Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? q : out.build(); // nothing for the body: the query as it was (no marks either way)
  }

  /** A clause whose matching need not be checked, without what cannot mark the body; null when nothing is left. */
  private static Query disjunct(Query q) {
    if (q instanceof BoostQuery bq) {
      Query d = disjunct(bq.getQuery());
      return d == null ? null : new BoostQuery(d, bq.getBoost());
    }
    if (q instanceof BooleanQuery b) {
      boolean pureOr = b.getMinimumNumberShouldMatch() == 0
          && b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);
      if (!pureOr) {
        return q;
      }
      BooleanQuery.Builder out = new BooleanQuery.Builder();
      int n = 0;
      for (BooleanClause c : b.clauses()) {
        Query d = disjunct(c.getQuery());
        if (d != null) {
          out.add(d, BooleanClause.Occur.SHOULD);
          n++;
        }
      }
      return n == 0 ? null : out.build();
    }
    return touchesBody(q) ? q : null;
  }

  private static boolean touchesBody(Query q) {
    boolean[] body = {false};
    q.visit(new org.apache.lucene.search.QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        body[0] |= Fields.BODY.equals(field);
        return true;
      }
    });
    return body[0];
  }

  private static Query expand(Query q, IndexSearcher searcher) throws IOException {
    if (q instanceof BooleanQuery b) {
      BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
      for (BooleanClause c : b.clauses()) {
        out.add(expand(c.getQuery(), searcher), c.getOccur());
      }
      return out.build();
    }
    if (q instanceof BoostQuery b) {
      return new BoostQuery(expand(b.getQuery(), searcher), b.getBoost());
    }
    if (q instanceof ConstantScoreQuery c) {
      return new ConstantScoreQuery(expand(c.getQuery(), searcher));
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
