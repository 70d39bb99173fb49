package dossier.stories;

/**
 * One article (or one duplicate group, by its canonical article) as clustering sees it: a
 * unit-length sparse TF-IDF vector over term ids, sorted by weight (heaviest first), and the days it
 * may have been published ({@code lo..hi} in epoch days; {@link #UNDATED} when unknown).
 */
record StoryDoc(String id, int[] terms, float[] weights, long lo, long hi) {
  /** Marks an unknown bound. */
  static final long UNDATED = Long.MIN_VALUE;

  /** A summed vector (term id to weight) as a unit vector of its {@code maxTerms} heaviest terms. */
  static StoryDoc of(String id, java.util.Map<Integer, Double> sum, int maxTerms, long lo, long hi) {
    java.util.List<java.util.Map.Entry<Integer, Double>> e = new java.util.ArrayList<>(sum.entrySet());
    e.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    int m = Math.min(e.size(), maxTerms);
    double norm = 0;
    for (int k = 0; k < m; k++) {
      norm += e.get(k).getValue() * e.get(k).getValue();
    }
    norm = Math.sqrt(norm);
    int[] t = new int[m];
    float[] w = new float[m];
    for (int k = 0; k < m; k++) {
      t[k] = e.get(k).getKey();
      w[k] = (float) (e.get(k).getValue() / norm);
    }
    return new StoryDoc(id, t, w, lo, hi);
  }

  boolean dated() {
    return lo != UNDATED && hi != UNDATED;
  }

  /** Days between this article's range and {@code [from, to]}; 0 when they overlap, -1 when unknown. */
  long gap(long from, long to) {
    if (!dated() || from == UNDATED) {
      return -1;
    }
    return Math.max(0, Math.max(lo - to, from - hi));
  }
}
