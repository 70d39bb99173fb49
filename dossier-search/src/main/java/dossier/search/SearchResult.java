package dossier.search;

import java.util.List;
import java.util.Map;

/**
 * The hits of one page, the total number of hits (after collapsing copies), and, when asked for,
 * facets by name ("outlet", "entity", "type", "kind", "story", "month") with their top values.
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
    long tookMillis) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = facets == null ? Map.of() : Map.copyOf(facets);
  }
}
