package dossier.search;

import org.apache.lucene.facet.FacetsConfig;

/** How facet values are indexed: every dimension may hold several values but the month. */
final class FacetSetup {
  private FacetSetup() {}

  static FacetsConfig config() {
    FacetsConfig c = new FacetsConfig();
    for (String dim : Fields.FACETS) {
      c.setMultiValued(dim, !dim.equals(Fields.MONTH));
    }
    return c;
  }
}
