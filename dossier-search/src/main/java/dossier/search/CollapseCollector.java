package dossier.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * Collects every matching document into hits: with collapsing, one hit per collapse key (the copies
 * of a duplicate group) scored by its best document; without, one hit per document. Optionally
 * counts facets in the same pass ({@link FacetTally}: every document, and the first of each hit).
 * Its index-sized arrays are borrowed from the searcher and given back by {@link #close}.
 */
final class CollapseCollector implements Collector, AutoCloseable {
  /** A hit's state: seen, best score, best document; one slot per key. */
  static final class Scratch {
    final FixedBitSet seen;
    final float[] best;
    final int[] bestDoc;
    /** A key's place in {@link TopGroupsCollector}'s heap; -1 (out) whenever given back. */
    final int[] pos;

    Scratch(int n) {
      seen = new FixedBitSet(n);
      best = new float[n];
      bestDoc = new int[n];
      pos = new int[n];
      java.util.Arrays.fill(pos, -1);
    }

    int size() {
      return best.length;
    }

    /** Only {@code seen} needs clearing: a slot's score and document are written when first seen. */
    void clear() {
      seen.clear();
    }

    /** Negative when key a ranks before key b: higher best score, then earlier best document. */
    int better(int a, int b) {
      int c = Float.compare(best[b], best[a]);
      return c != 0 ? c : Integer.compare(bestDoc[a], bestDoc[b]);
    }

    /** Sifts {@code h[i]} down a heap of {@code size} keys whose root is the worst-ranked key. */
    void siftDown(int[] h, int size, int i) {
      if (size == 0) {
        return;
      }
      int x = h[i];
      while (true) {
        int child = 2 * i + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && better(h[child + 1], h[child]) > 0) {
          child++; // the worse child
        }
        if (better(h[child], x) <= 0) {
          break;
        }
        h[i] = h[child];
        i = child;
      }
      h[i] = x;
    }
  }

  private final DossierSearcher searcher;
  private final boolean collapse;
  private final FacetTally facets;
  /** False: the pass only counts hits and facets (the page is ranked by another), so nothing is scored. */
  private final boolean scored;
  private final Scratch scratch;
  final FixedBitSet seen;
  final float[] best;
  final int[] bestDoc;

  CollapseCollector(DossierSearcher searcher, boolean collapse, FacetTally facets) {
    this(searcher, collapse, facets, true);
  }

  /** @param scored false to count hits and facets only: {@link #page} then ranks nothing. */
  CollapseCollector(DossierSearcher searcher, boolean collapse, FacetTally facets, boolean scored) {
    this.searcher = searcher;
    this.collapse = collapse;
    this.facets = facets;
    this.scored = scored;
    scratch = searcher.borrow(Math.max(1, collapse ? searcher.keys : searcher.getIndexReader().maxDoc()));
    seen = scratch.seen;
    best = scratch.best;
    bestDoc = scratch.bestDoc;
  }

  @Override
  public ScoreMode scoreMode() {
    return scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    int[] keyOfDoc = collapse ? searcher.keyOfDoc : null;
    int base = context.docBase;
    return new LeafCollector() {
      private Scorable scorer;

      @Override
      public void setScorer(Scorable s) throws IOException {
        scorer = s;
      }

      @Override
      public void collect(int doc) throws IOException {
        int d = base + doc;
        int key = keyOfDoc == null ? d : keyOfDoc[d];
        if (key < 0) {
          return; // every document has a key; one without cannot be shown as a hit
        }
        boolean first = !seen.getAndSet(key);
        if (!scored) {
          if (facets != null) {
            facets.collect(d, first);
          }
          return;
        }
        float score = scorer.score();
        if (first) {
          best[key] = score;
          bestDoc[key] = d;
        } else if (score > best[key]) {
          best[key] = score;
          bestDoc[key] = d;
        }
        if (facets != null) {
          facets.collect(d, first);
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
    // A bounded binary heap of the k best keys, worst on top; primitive, no boxing per hit.
    int[] heap = new int[k];
    int size = 0;
    int n = seen.length();
    for (int key = seen.nextSetBit(0); key != DocIdSetIterator.NO_MORE_DOCS;
        key = key + 1 < n ? seen.nextSetBit(key + 1) : DocIdSetIterator.NO_MORE_DOCS) {
      if (size < k) {
        heap[size] = key;
        up(heap, size++);
      } else if (scratch.better(key, heap[0]) < 0) {
        heap[0] = key;
        scratch.siftDown(heap, size, 0);
      }
    }
    int[] ranked = new int[size];
    for (int i = size - 1; i >= 0; i--) {
      ranked[i] = heap[0];
      heap[0] = heap[--size];
      scratch.siftDown(heap, size, 0);
    }
    return java.util.Arrays.copyOfRange(ranked, from, ranked.length);
  }

  /** Heap order: the worst key on top (a parent is never better than its children). */
  private void up(int[] heap, int i) {
    int x = heap[i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (scratch.better(heap[parent], x) >= 0) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = x;
  }

  @Override
  public void close() {
    searcher.giveBack(scratch);
  }
}
