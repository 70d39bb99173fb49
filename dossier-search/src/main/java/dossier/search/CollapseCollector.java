package dossier.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * Collects every matching document into hits: with collapsing, one hit per collapse key (the copies
 * of a duplicate group) scored by its best document; without, one hit per document. Optionally
 * counts facets in the same pass ({@link FacetTally}: every document, and the first of each hit).
 */
final class CollapseCollector implements Collector {
  private final DossierSearcher searcher;
  private final boolean collapse;
  private final FacetTally facets;
  final FixedBitSet seen;
  final float[] best;
  final int[] bestDoc;

  CollapseCollector(DossierSearcher searcher, boolean collapse, FacetTally facets) {
    this.searcher = searcher;
    this.collapse = collapse;
    this.facets = facets;
    int n = Math.max(1, collapse ? searcher.keys : searcher.getIndexReader().maxDoc());
    seen = new FixedBitSet(n);
    best = new float[n];
    bestDoc = new int[n];
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    SortedDocValues keys = collapse ? context.reader().getSortedDocValues(Fields.COLLAPSE) : null;
    LongValues global = collapse ? searcher.collapseKeys.getGlobalOrds(context.ord) : null;
    if (facets != null) {
      facets.setLeaf(context);
    }
    int base = context.docBase;
    return new LeafCollector() {
      private Scorable scorer;

      @Override
      public void setScorer(Scorable s) throws IOException {
        scorer = s;
      }

      @Override
      public void collect(int doc) throws IOException {
        float score = scorer.score();
        int key;
        if (!collapse) {
          key = base + doc;
        } else if (keys != null && keys.advanceExact(doc)) {
          key = (int) global.get(keys.ordValue());
        } else {
          return; // every document has a key; one without cannot be shown as a hit
        }
        boolean first = !seen.get(key);
        if (first) {
          seen.set(key);
          best[key] = score;
          bestDoc[key] = base + doc;
        } else if (score > best[key]) {
          best[key] = score;
          bestDoc[key] = base + doc;
        }
        if (facets != null) {
          facets.collect(doc, first);
        }
      }
    };
  }

  /** Hits collected. */
  int total() {
    return seen.cardinality();
  }

  /** The hits ranked {@code from} to {@code to} (exclusive), best first; ties by document order. */
  int[] page(int from, int to) {
    int k = Math.min(to, total());
    if (from >= k) {
      return new int[0];
    }
    // A bounded heap of the k best keys, worst on top.
    java.util.PriorityQueue<Integer> heap = new java.util.PriorityQueue<>(k + 1, (a, b) -> better(b, a));
    for (int key = seen.nextSetBit(0); key != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
        key = key + 1 < seen.length() ? seen.nextSetBit(key + 1) : org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
      if (heap.size() < k) {
        heap.add(key);
      } else if (better(key, heap.peek()) < 0) {
        heap.poll();
        heap.add(key);
      }
    }
    int[] ranked = new int[heap.size()];
    for (int i = ranked.length - 1; i >= 0; i--) {
      ranked[i] = heap.poll();
    }
    return java.util.Arrays.copyOfRange(ranked, from, ranked.length);
  }

  /** Negative when key a ranks before key b. */
  private int better(int a, int b) {
    int c = Float.compare(best[b], best[a]);
    return c != 0 ? c : Integer.compare(bestDoc[a], bestDoc[b]);
  }
}
