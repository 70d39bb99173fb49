package dossier.search;

/**
 * One query against a dossier's index.
 *
 * @param query Lucene-style query text: words, "phrases", AND/OR/NOT, fields ({@code outlet:},
 *     {@code entity:}, {@code type:}, {@code kind:}, {@code story:}), date ranges
 *     ({@code published:[2020-10-01 TO 2020-10-31]}); blank matches everything
 * @param kinds which records to search: "article", "event", "entity" (empty = articles)
 * @param offset hits to skip (pagination)
 * @param limit hits to return, 1..100
 * @param collapse fold the copies of one duplicate group into one hit (the default)
 * @param facets whether to count facets
 */
public record SearchRequest(
    String query, java.util.List<String> kinds, int offset, int limit, boolean collapse, boolean facets) {
  /** Longest query text accepted; longer ones are refused as malformed. */
  public static final int MAX_QUERY_CHARS = 1000;
  /** Largest page. */
  public static final int MAX_LIMIT = 100;

  public SearchRequest {
    query = query == null ? "" : query;
    kinds = kinds == null ? java.util.List.of() : java.util.List.copyOf(kinds);
  }

  /** Articles matching {@code query}, first page of ten, copies collapsed, no facets. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, java.util.List.of(), 0, 10, true, false);
  }
}
