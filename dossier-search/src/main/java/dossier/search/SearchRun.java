package dossier.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** One request over one searcher: validate, parse, collect, page, facets, hits with snippets. */
final class SearchRun {
  /** Deepest hit a page may reach. */
  static final int MAX_WINDOW = 10_000;

  private final DossierSearcher searcher;
  private final Analyzer analyzer;
  private final Analyzer plain;
  private final SearchRequest request;

  /**
   * @param analyzer reads the query (with common-word pairs when the index holds them)
   * @param plain reads what the pairs must not: sloppy phrases
   */
  SearchRun(DossierSearcher searcher, Analyzer analyzer, Analyzer plain, SearchRequest request) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.plain = plain;
    this.request = request;
  }

  SearchResult run() throws IOException {
    long t0 = System.nanoTime();
    if (request.limit() < 1 || request.limit() > SearchRequest.MAX_LIMIT) {
      throw new QueryException("limit must be 1 to " + SearchRequest.MAX_LIMIT + ", not " + request.limit());
    }
    if (request.offset() < 0 || request.offset() + request.limit() > MAX_WINDOW) {
      throw new QueryException("offset must be 0 or more and offset + limit at most " + MAX_WINDOW
          + ", not " + request.offset());
    }
    List<String> kinds = SearchIndex.kinds(request);
    Query user = QueryReader.read(request.query(), analyzer, plain, searcher);
    Query q = user;
    if (!searcher.onlyOf(kinds)) { // a filter every document passes would only cost a conjunction
      BooleanQuery.Builder kindFilter = new BooleanQuery.Builder();
      kinds.forEach(k -> kindFilter.add(new TermQuery(new Term(Fields.REC, k)), BooleanClause.Occur.SHOULD));
      q = new BooleanQuery.Builder().add(user, BooleanClause.Occur.MUST)
          .add(kindFilter.build(), BooleanClause.Occur.FILTER).build();
    }

    FacetTally tally = request.facets() && searcher.facets != null
        ? new FacetTally(searcher, request.collapse()) : null;
    int total;
    boolean lowerBound = false;
    int[] docs;
    float[] scores;
    int end = request.offset() + request.limit();
    if (end <= TopGroupsCollector.TOTAL_THRESHOLD) {
      if (tally != null) {
        // facets count every match, but need no scores: one pass counts, unscored (scoring every
        // match of a broad disjunction was most of its cost), and a second ranks only what can
        // reach the page; the total is the first pass's, exact
        try (CollapseCollector c = new CollapseCollector(searcher, request.collapse(), tally, false)) {
          searcher.uncached.search(q, c);
          total = c.total();
        }
        checkOffset(total);
      } else {
        total = -1;
      }
      // rank only what can reach the page
      try (TopGroupsCollector c = new TopGroupsCollector(searcher, request.collapse(), end)) {
        searcher.search(q, c);
        if (total < 0) {
          total = c.total();
          lowerBound = c.totalIsLowerBound();
          checkOffset(total);
        }
        int[] keys = c.page(request.offset());
        docs = new int[keys.length];
        scores = new float[keys.length];
        for (int i = 0; i < keys.length; i++) {
          docs[i] = c.doc(keys[i]);
          scores[i] = c.score(keys[i]);
        }
      }
    } else {
      try (CollapseCollector c = new CollapseCollector(searcher, request.collapse(), tally)) {
        searcher.search(q, c);
        total = c.total();
        checkOffset(total);
        int[] keys = c.page(request.offset(), end);
        docs = new int[keys.length];
        scores = new float[keys.length];
        for (int i = 0; i < keys.length; i++) {
          docs[i] = c.bestDoc[keys[i]];
          scores[i] = c.best[keys[i]];
        }
      }
    }
    // one read of each hit's stored fields: what it shows and the body its snippet comes from
    StoredFields stored = searcher.storedFields();
    Document[] shown = new Document[docs.length];
    for (int i = 0; i < docs.length; i++) {
      shown[i] = stored.document(docs[i], HitFields.READ);
    }
    String[] snippets = Snippets.of(searcher, plain, user, docs, shown);
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      hits.add(HitFields.hit(shown[i], snippets[i], scores[i], request.collapse()));
    }
    Map<String, List<FacetCount>> facets = tally != null ? tally.counts() : new LinkedHashMap<>();
    return new SearchResult(total, hits, facets, (System.nanoTime() - t0) / 1_000_000, lowerBound);
  }

  private void checkOffset(int total) {
    if (request.offset() > 0 && request.offset() >= total) {
      throw new QueryException("page out of range: offset " + request.offset() + " but only " + total + " hits");
    }
  }
}
