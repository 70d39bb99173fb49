package dossier.search;

import java.util.List;
import java.util.Map;

/**
 * The hits of one page, the total number of hits (after collapsing copies), and, when asked for,
 * facets by name ("outlet", "entity", "type", "kind", "story", "month") with their top values.
 *
 * @param totalIsLowerBound whether {@code total} only says "at least": a request without facets
 *     whose page lies in the first {@link #EXACT_TOTAL_UP_TO} hits stops counting once that many are
 *     found (the ranking then skips documents that cannot reach the page)
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
    long tookMillis, boolean totalIsLowerBound) {
  /** Totals up to this are always exact. */
  public static final int EXACT_TOTAL_UP_TO = TopGroupsCollector.TOTAL_THRESHOLD;

  public SearchResult {
    hits = List.copyOf(hits);
    facets = facets == null ? Map.of() : Map.copyOf(facets);
  }

  /** An exact total. */
  public SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, long tookMillis) {
    this(total, hits, facets, tookMillis, false);
  }
}
