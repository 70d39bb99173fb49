package dossier.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/** Turns query text into a Lucene query, or a {@link QueryException} saying what is wrong with it. */
final class QueryReader {
  /** Most dictionary terms the wildcards of one query may expand to. */
  static final int MAX_EXPANSION = 20_000;

  private QueryReader() {}

  /** Reads {@code text} with {@code analyzer}, its sloppy phrases with {@code plain}. */
  static Query read(String text, Analyzer analyzer, Analyzer plain, IndexSearcher searcher) {
    if (text.length() > SearchRequest.MAX_QUERY_CHARS) {
      throw new QueryException("the query is " + text.length() + " characters long; at most "
          + SearchRequest.MAX_QUERY_CHARS + " are accepted");
    }
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    DossierQueryParser parser = new DossierQueryParser(analyzer, plain);
    Query q;
    try {
      q = parser.parse(text);
    } catch (ParseException e) {
      throw new QueryException("malformed query: " + explain(e));
    } catch (RuntimeException e) { // an automaton too complex, too many clauses
      throw new QueryException("query cannot be run: " + firstLine(e.getMessage()));
    }
    if (q == null) {
      throw new QueryException("malformed query: nothing to search for in '" + DateTerms.abbreviate(text) + "'");
    }
    bound(parser.expanding(), searcher);
    return negativeOnly(q);
  }

  /** "NOT museum" means everything but museum (Lucene alone would match nothing). */
  private static Query negativeOnly(Query q) {
    if (q instanceof BooleanQuery b && !b.clauses().isEmpty()
        && b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
      BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      b.clauses().forEach(all::add);
      return all.build();
    }
    return q;
  }

  /** Refuses wildcards that match too much of the dictionary. */
  private static void bound(List<MultiTermQuery> expanding, IndexSearcher searcher) {
    long n = 0;
    try {
      for (MultiTermQuery q : expanding) {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          Terms terms = leaf.reader().terms(q.getField());
          if (terms == null) {
            continue;
          }
          TermsEnum te = q.getTermsEnum(terms);
          while (te.next() != null) {
            if (++n > MAX_EXPANSION) {
              throw new QueryException("'" + DateTerms.abbreviate(q.toString()) + "' matches more than "
                  + MAX_EXPANSION + " words; make the wildcard term longer");
            }
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Lucene's message without its list of expected tokens. */
  private static String explain(ParseException e) {
    String m = firstLine(e.getMessage());
    if (m.startsWith("Cannot parse '")) {
      int colon = m.indexOf("': ");
      if (colon > 0) {
        m = m.substring(colon + 3);
      }
    }
    if (m.contains("Encountered") && m.contains("<EOF>")) {
      return "the query ends too early (an unclosed quote, bracket or parenthesis, or an operator "
          + "with nothing after it)";
    }
    if (m.startsWith("Encountered") || m.startsWith("Lexical error")) {
      return m.replaceAll("\\s+", " ") + " (quote words that contain :, (, ), [, ], {, }, ^, ~, \", \\ or /)";
    }
    return m;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown problem";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
