package dossier.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The best {@code n} hits (collapse keys scored by their best document, as {@link CollapseCollector}
 * ranks them) without scoring every match: once {@link #TOTAL_THRESHOLD} distinct hits are counted
 * and the heap is full, the scorer is told the score a document must beat (Lucene's block-max WAND /
 * MaxScore then skips blocks that cannot), so the total becomes a lower bound.
 *
 * <p>Why skipping is exact for the top {@code n}: documents arrive in doc id order; a skipped document
 * scores at most the heap's worst, so it could neither enter the heap (a tie loses to the earlier
 * document) nor raise a key already in it. A key outside the heap that later beats the worst enters
 * with that later, higher score, which is also its best over all its documents.
 */
final class TopGroupsCollector implements Collector, AutoCloseable {
  /** Distinct hits counted exactly before pruning may start. */
  static final int TOTAL_THRESHOLD = 1000;

  private final DossierSearcher searcher;
  private final boolean collapse;
  private final int n;
  private final CollapseCollector.Scratch scratch;
  private final float[] best;
  private final int[] bestDoc;
  /** Position of each key in the heap, -1 when out; reset to -1 for the heap's keys on close. */
  private final int[] pos;
  /** Worst hit on top. */
  private final int[] heap;
  private int size;
  private int distinct;
  private float minCompetitive = Float.NEGATIVE_INFINITY;
  private boolean pruning;

  TopGroupsCollector(DossierSearcher searcher, boolean collapse, int n) {
    this.searcher = searcher;
    this.collapse = collapse;
    this.n = n;
    scratch = searcher.borrow(Math.max(1, collapse ? searcher.keys : searcher.getIndexReader().maxDoc()));
    best = scratch.best;
    bestDoc = scratch.bestDoc;
    pos = scratch.pos;
    heap = new int[n];
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.TOP_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) {
    int[] keyOfDoc = collapse ? searcher.keyOfDoc : null;
    int base = context.docBase;
    return new LeafCollector() {
      private Scorable scorer;

      @Override
      public void setScorer(Scorable s) throws IOException {
        scorer = s;
        if (pruning) {
          s.setMinCompetitiveScore(minCompetitive);
        }
      }

      @Override
      public void collect(int doc) throws IOException {
        int d = base + doc;
        int key = keyOfDoc == null ? d : keyOfDoc[d];
        if (key < 0) {
          return;
        }
        if (!scratch.seen.getAndSet(key)) {
          distinct++;
        }
        float score = scorer.score();
        int p = pos[key];
        if (p >= 0) {
          if (score > best[key]) { // a tie keeps the earlier document, as CollapseCollector does
            best[key] = score;
            bestDoc[key] = d;
            down(p);
          }
        } else if (size < n) {
          best[key] = score;
          bestDoc[key] = d;
          heap[size] = key;
          pos[key] = size;
          up(size++);
        } else if (score > best[heap[0]]) {
          pos[heap[0]] = -1;
          best[key] = score;
          bestDoc[key] = d;
          heap[0] = key;
          pos[key] = 0;
          down(0);
        }
        if (size == n && distinct >= TOTAL_THRESHOLD) {
          // a document scoring the worst's score loses the tie (it comes later): only above competes
          float m = Math.nextUp(best[heap[0]]);
          if (m > minCompetitive) {
            minCompetitive = m;
            pruning = true;
            scorer.setMinCompetitiveScore(m);
          }
        }
      }
    };
  }

  /** Distinct hits seen: exact unless {@link #totalIsLowerBound()}. */
  int total() {
    return distinct;
  }

  /** Whether documents may have been skipped, so that more hits match than {@link #total()}. */
  boolean totalIsLowerBound() {
    return pruning;
  }

  /** The hits ranked {@code from} to the heap's end, best first: their best documents and scores. */
  int[] page(int from) {
    int[] ranked = new int[size];
    int[] h = heap.clone();
    int s = size;
    // pop the worst repeatedly into the back; positions are not needed any more
    for (int i = s - 1; i >= 0; i--) {
      ranked[i] = h[0];
      h[0] = h[--s];
      scratch.siftDown(h, s, 0);
    }
    return java.util.Arrays.copyOfRange(ranked, Math.min(from, ranked.length), ranked.length);
  }

  float score(int key) {
    return best[key];
  }

  int doc(int key) {
    return bestDoc[key];
  }

  private void up(int i) {
    int x = heap[i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (scratch.better(heap[parent], x) >= 0) {
        break;
      }
      heap[i] = heap[parent];
      pos[heap[i]] = i;
      i = parent;
    }
    heap[i] = x;
    pos[x] = i;
  }

  private void down(int i) {
    int x = heap[i];
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && scratch.better(heap[child + 1], heap[child]) > 0) {
        child++; // the worse child
      }
      if (scratch.better(heap[child], x) <= 0) {
        break;
      }
      heap[i] = heap[child];
      pos[heap[i]] = i;
      i = child;
    }
    heap[i] = x;
    pos[x] = i;
  }

  @Override
  public void close() {
    for (int i = 0; i < size; i++) {
      pos[heap[i]] = -1;
    }
    searcher.giveBack(scratch);
  }
}
