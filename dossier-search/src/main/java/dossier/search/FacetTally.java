package dossier.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;

/**
 * Facet counts of one search, counted while the hits are collected: one read of each matching
 * document's facet ordinals feeds both tallies (Lucene's collectors would gather the matching
 * documents into two sets and read the ordinals once per set). Outlets count every matching article
 * (each copy ran in its outlet); the other dimensions count a collapsed hit once (its first
 * document). Months are a histogram: every month, in order.
 */
final class FacetTally {
  static final int TOP = 10;

  private final SortedSetDocValuesReaderState state;
  private final int[] all;
  private final int[] distinct;
  /** All segments' values, for the labels; its ordinal map numbers them across segments. */
  private final SortedSetDocValues labels;
  private final OrdinalMap map;
  private SortedSetDocValues values;
  private LongValues global;

  FacetTally(SortedSetDocValuesReaderState state, boolean collapse) throws IOException {
    this.state = state;
    int n = state.getSize();
    all = new int[n];
    distinct = collapse ? new int[n] : all;
    labels = state.getDocValues();
    map = labels instanceof MultiDocValues.MultiSortedSetDocValues m ? m.mapping : null;
  }

  void setLeaf(LeafReaderContext leaf) throws IOException {
    values = DocValues.getSortedSet(leaf.reader(), state.getField());
    global = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
  }

  /** Counts a matching document; {@code firstOfHit} when it is the first seen of its hit. */
  void collect(int doc, boolean firstOfHit) throws IOException {
    if (!values.advanceExact(doc)) {
      return;
    }
    for (int i = 0, n = values.docValueCount(); i < n; i++) {
      int g = (int) global.get(values.nextOrd());
      all[g]++;
      if (firstOfHit && distinct != all) {
        distinct[g]++;
      }
    }
  }

  Map<String, List<FacetCount>> counts() throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (String dim : Fields.FACETS) {
      int[] counts = dim.equals(Fields.OUTLET) ? all : distinct;
      SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
      List<int[]> found = new ArrayList<>(); // {ord, count}
      if (range != null) {
        for (int ord = range.start; ord <= range.end; ord++) {
          if (counts[ord] > 0) {
            found.add(new int[] {ord, counts[ord]});
          }
        }
      }
      if (!dim.equals(Fields.MONTH)) {
        // Lucene's order: count, then the smaller ordinal (the label first in byte order)
        found.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        found = found.subList(0, Math.min(TOP, found.size()));
      }
      List<FacetCount> values = new ArrayList<>(found.size());
      for (int[] f : found) {
        String[] path = FacetsConfig.stringToPath(labels.lookupOrd(f[0]).utf8ToString());
        values.add(new FacetCount(path[path.length - 1], f[1]));
      }
      if (dim.equals(Fields.MONTH)) {
        values.sort(Comparator.comparing(FacetCount::value));
      }
      out.put(dim, values);
    }
    return out;
  }
}
