package dossier.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * Facet counts of one search, counted while the hits are collected: one read of each matching
 * document's facet ordinals (from the searcher's per-commit arrays) feeds both tallies. Outlets
 * count every matching article (each copy ran in its outlet); the other dimensions count a collapsed
 * hit once (its first document). Months are a histogram: every month, in order.
 */
final class FacetTally {
  static final int TOP = 10;

  private final DossierSearcher searcher;
  private final SortedSetDocValuesReaderState state;
  private final int[] start;
  private final int[] ords;
  private final int[] all;
  private final int[] distinct;

  FacetTally(DossierSearcher searcher, boolean collapse) {
    this.searcher = searcher;
    this.state = searcher.facets;
    start = searcher.facetStart;
    ords = searcher.facetOrds;
    int n = state.getSize();
    all = new int[n];
    distinct = collapse ? new int[n] : all;
  }

  /** Counts a matching document (index-wide id); {@code firstOfHit} when it is the first seen of its hit. */
  void collect(int doc, boolean firstOfHit) {
    int to = start[doc + 1];
    if (firstOfHit && distinct != all) {
      for (int i = start[doc]; i < to; i++) {
        all[ords[i]]++;
        distinct[ords[i]]++;
      }
    } else {
      for (int i = start[doc]; i < to; i++) {
        all[ords[i]]++;
      }
    }
  }

  Map<String, List<FacetCount>> counts() {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (String dim : Fields.FACETS) {
      int[] counts = dim.equals(Fields.OUTLET) ? all : distinct;
      SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
      List<FacetCount> values = new ArrayList<>();
      if (range != null && dim.equals(Fields.MONTH)) {
        for (int ord = range.start; ord <= range.end; ord++) {
          if (counts[ord] > 0) {
            values.add(new FacetCount(searcher.facetLabels[ord], counts[ord]));
          }
        }
      } else if (range != null) {
        for (int ord : top(counts, range.start, range.end)) {
          values.add(new FacetCount(searcher.facetLabels[ord], counts[ord]));
        }
      }
      if (dim.equals(Fields.MONTH)) {
        values.sort(Comparator.comparing(FacetCount::value));
      }
      out.put(dim, values);
    }
    return out;
  }

  /**
   * The {@link #TOP} ordinals of {@code from..to} with the highest counts above zero, in Lucene's
   * order: count, then the smaller ordinal (the label first in byte order). A bounded insertion
   * instead of sorting every value counted (a broad query's stories are thousands).
   */
  static int[] top(int[] counts, int from, int to) {
    int[] best = new int[TOP];
    int n = 0;
    for (int ord = from; ord <= to; ord++) {
      int c = counts[ord];
      if (c == 0 || (n == TOP && c <= counts[best[n - 1]])) {
        continue; // ordinals come in ascending order: an equal count later ranks after
      }
      int i = n < TOP ? n++ : TOP - 1;
      while (i > 0 && counts[best[i - 1]] < c) {
        best[i] = best[i - 1];
        i--;
      }
      best[i] = ord;
    }
    return java.util.Arrays.copyOf(best, n);
  }
}
