package dossier.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * Facet counts of one search. Outlets count every matching article (each copy ran in its outlet);
 * the other dimensions count a collapsed hit once. Months are a histogram: every month, in order.
 */
final class FacetCounts {
  static final int TOP = 10;

  private FacetCounts() {}

  static Map<String, List<FacetCount>> count(SortedSetDocValuesReaderState state, FacetsCollector all,
      FacetsCollector distinct, boolean collapse) throws IOException {
    Facets perArticle = new SortedSetDocValuesFacetCounts(state, all);
    Facets perHit = collapse ? new SortedSetDocValuesFacetCounts(state, distinct) : perArticle;
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (String dim : Fields.FACETS) {
      Facets f = dim.equals(Fields.OUTLET) ? perArticle : perHit;
      List<FacetCount> values = new ArrayList<>();
      FacetResult r;
      try {
        r = dim.equals(Fields.MONTH) ? f.getAllChildren(dim) : f.getTopChildren(TOP, dim);
      } catch (IllegalArgumentException e) {
        r = null; // no record has a value of this dimension
      }
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          values.add(new FacetCount(lv.label, lv.value.longValue()));
        }
      }
      if (dim.equals(Fields.MONTH)) {
        values.sort(Comparator.comparing(FacetCount::value));
      }
      out.put(dim, values);
    }
    return out;
  }
}
