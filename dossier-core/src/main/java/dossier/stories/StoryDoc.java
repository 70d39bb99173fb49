package dossier.stories;

/**
 * One article (or one duplicate group, by its canonical article) as clustering sees it: a
 * unit-length sparse TF-IDF vector over term ids, sorted by weight (heaviest first), and the days it
 * may have been published or its event happened ({@code lo..hi} in epoch days, {@link #UNDATED} when
 * unknown; see {@link EventTime}) and the day of year its event fell on when only that is known
 * ({@code dayOfYear}, {@link EventTime#NO_DAY} else).
 */
record StoryDoc(String id, int[] terms, float[] weights, long lo, long hi, int dayOfYear) {
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
    return new StoryDoc(id, t, w, lo, hi, EventTime.NO_DAY);
  }

  boolean dated() {
    return lo != UNDATED && hi != UNDATED;
  }

  /**
   * Days between this article's time and a story's span {@code [from, to]} (either bound may be
   * {@link #UNDATED}): 0 when they overlap, -1 when nothing tells. Half-open ranges still tell when
   * one lies wholly on the closed side of the other; a day of year without a year, how far the span
   * is from that day in the nearest year.
   */
  long gap(long from, long to) {
    if (lo != UNDATED || hi != UNDATED) {
      if ((lo == UNDATED || to == UNDATED) && (hi == UNDATED || from == UNDATED)) {
        return -1;
      }
      long after = lo == UNDATED || to == UNDATED ? 0 : lo - to;
      long before = hi == UNDATED || from == UNDATED ? 0 : from - hi;
      return Math.max(0, Math.max(after, before));
    }
    return dayGap(dayOfYear, from, to);
  }

  /**
   * Days between the nearest occurrence of {@code dayOfYear} (in any year, with the fortnight after
   * it when the report is written) and the bounded span {@code [from, to]}; -1 when either is
   * unknown or the span covers a year.
   */
  static long dayGap(int dayOfYear, long from, long to) {
    if (dayOfYear == EventTime.NO_DAY || from == UNDATED || to == UNDATED || to - from >= 365) {
      return -1;
    }
    long best = Long.MAX_VALUE;
    int y = java.time.LocalDate.ofEpochDay(from).getYear();
    for (int year = y - 1; year <= y + 1; year++) {
      long dlo = java.time.LocalDate.ofYearDay(2001, dayOfYear).withYear(year).toEpochDay();
      best = Math.min(best, Math.max(0, Math.max(dlo - to, from - (dlo + REPORT_DAYS))));
    }
    return best;
  }

  /** Days after a named day within which its report is written. */
  static final int REPORT_DAYS = 14;
}
