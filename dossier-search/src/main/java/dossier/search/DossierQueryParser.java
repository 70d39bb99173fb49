package dossier.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic syntax over a dossier: words default to title and body (title weighs double),
 * all of them required; known fields only; dates on {@code published}; no regular expressions and
 * no wildcard before two letters, so no query can expand to most of the dictionary. Not
 * thread-safe: one per query.
 */
final class DossierQueryParser extends MultiFieldQueryParser {
  /** Letters a prefix or wildcard term needs before its first wildcard. */
  static final int MIN_PREFIX = 2;

  private final List<MultiTermQuery> expanding = new ArrayList<>();
  private final Analyzer plain;

  DossierQueryParser(Analyzer analyzer) {
    this(analyzer, analyzer);
  }

  /**
   * @param analyzer reads words and exact phrases (with common-word pairs when the index has them)
   * @param plain reads sloppy phrases ("a b"~3): pairs would demand the paired words stay adjacent
   */
  DossierQueryParser(Analyzer analyzer, Analyzer plain) {
    super(new String[] {Fields.TITLE, Fields.BODY}, analyzer, Map.of(Fields.TITLE, 2f, Fields.BODY, 1f));
    this.plain = plain;
    setDefaultOperator(AND_OPERATOR);
    setAllowLeadingWildcard(false);
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true); // "U.S." or "al-Assad" in one word is a phrase of its tokens
  }

  /** The prefix and wildcard queries parsed, whose expansion the searcher bounds. */
  List<MultiTermQuery> expanding() {
    return expanding;
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    if (field != null && check(field).equals(Fields.PUBLISHED)) {
      return DateTerms.of(queryText);
    }
    return super.getFieldQuery(field, queryText, quoted);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    if (field != null && check(field).equals(Fields.PUBLISHED)) {
      return DateTerms.of(queryText);
    }
    if (slop == 0 || plain == getAnalyzer()) {
      return super.getFieldQuery(field, queryText, slop);
    }
    Analyzer grams = getAnalyzer();
    setAnalyzer(plain);
    try {
      return super.getFieldQuery(field, queryText, slop);
    } finally {
      setAnalyzer(grams);
    }
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    if (field == null || !check(field).equals(Fields.PUBLISHED)) {
      throw new ParseException("ranges [A TO B] are only for dates: published:[2020-10-01 TO 2020-10-31]");
    }
    return DateTerms.range(part1, part2, startInclusive, endInclusive);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    guard(field, termStr);
    Query q = withoutPairs(field, super.getPrefixQuery(field, termStr));
    remember(q);
    return q;
  }

  /** Over an index with common-word pairs, a wildcard on title or body leaves the pairs out. */
  private Query withoutPairs(String field, Query q) {
    if (plain == getAnalyzer() || !(Fields.TITLE.equals(field) || Fields.BODY.equals(field))) {
      return q;
    }
    if (q instanceof org.apache.lucene.search.BoostQuery b && b.getQuery() instanceof AutomatonQuery a) {
      return new org.apache.lucene.search.BoostQuery(new NoPairsQuery(a), b.getBoost()); // title^2
    }
    return q instanceof AutomatonQuery a ? new NoPairsQuery(a) : q;
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if ("*".equals(field) && "*".equals(termStr)) {
      return new org.apache.lucene.search.MatchAllDocsQuery();
    }
    guard(field, termStr);
    Query q = withoutPairs(field, super.getWildcardQuery(field, termStr));
    remember(q);
    return q;
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    if (field != null) {
      noDates(check(field));
    }
    if (termStr.length() < MIN_PREFIX + 1) {
      throw new ParseException("a fuzzy term (word~) needs at least " + (MIN_PREFIX + 1) + " letters");
    }
    return super.getFuzzyQuery(field, termStr, minSimilarity);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    throw new ParseException("regular expressions (/.../) are not supported; put the text in quotes");
  }

  private void guard(String field, String term) throws ParseException {
    if (field != null) {
      noDates(check(field));
    }
    int i = 0;
    while (i < term.length() && term.charAt(i) != '*' && term.charAt(i) != '?') {
      i++;
    }
    if (i < MIN_PREFIX) {
      throw new ParseException("'" + DateTerms.abbreviate(term) + "': a wildcard needs at least "
          + MIN_PREFIX + " letters before it");
    }
  }

  private static void noDates(String field) throws ParseException {
    if (field.equals(Fields.PUBLISHED)) {
      throw new ParseException("published takes a date (2020-10) or a range, not a wildcard");
    }
  }

  private void remember(Query q) {
    if (q instanceof org.apache.lucene.search.BoostQuery b) {
      q = b.getQuery(); // a default field's wildcard comes boosted (title^2): bound it too
    }
    if (q instanceof AutomatonQuery || q instanceof NoPairsQuery) {
      expanding.add((MultiTermQuery) q);
    }
  }

  /** The field itself when a query may name it. */
  private static String check(String field) throws ParseException {
    if (!Fields.QUERYABLE.contains(field)) {
      throw new ParseException("unknown field '" + DateTerms.abbreviate(field) + ":'; fields are "
          + String.join(", ", new TreeSet<>(Fields.QUERYABLE)) + " (put text with a colon in quotes)");
    }
    return field;
  }
}
