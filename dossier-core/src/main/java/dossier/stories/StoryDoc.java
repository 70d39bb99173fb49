package dossier.stories;

/**
 * One article (or one duplicate group, by its canonical article) as clustering sees it: a
 * unit-length sparse TF-IDF vector over term ids, sorted by weight (heaviest first), and the days it
 * may have been published ({@code lo..hi} in epoch days; {@link #UNDATED} when unknown).
 */
record StoryDoc(String id, int[] terms, float[] weights, long lo, long hi) {
  /** Marks an unknown bound. */
  static final long UNDATED = Long.MIN_VALUE;

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
