package dossier.dedup;

import java.util.Arrays;
import java.util.List;

/**
 * Candidate pairs from shared band keys. Every (key, article) is packed into one long (the key's
 * top 40 bits, the article's index in the low 24) and the array sorted, so a run of equal keys is
 * a bucket; no map of lists is built. A bucket larger than {@link DedupConfig#maxBucket()} (a
 * sentence every article carries) links each article to its neighbour only, which keeps true
 * copies connected without quadratic pairs. With {@code isNew}, only pairs touching a new article
 * are given (an incremental run). At most 16,777,216 articles per run.
 */
final class CandidatePairs {
  static final int MAX_ARTICLES = 1 << 24;
  private static final long INDEX = MAX_ARTICLES - 1;

  private CandidatePairs() {}

  /**
   * Pairs {@code (a << 32) | b}, {@code a < b} indices into {@code sigs}, ascending and distinct.
   *
   * @param isNew which signatures are new, or null when all are
   */
  static long[] of(List<Signature> sigs, boolean[] isNew, DedupConfig cfg) {
    if (sigs.size() > MAX_ARTICLES) {
      throw new IllegalArgumentException(sigs.size() + " articles in one dedup run; at most "
          + MAX_ARTICLES + " (split the run or use the Spark job)");
    }
    long[] packed = new long[sigs.size() * (cfg.bands() + 8)];
    int n = 0;
    for (int i = 0; i < sigs.size(); i++) {
      for (long k : BandKeys.of(sigs.get(i), cfg)) {
        if (n == packed.length) {
          packed = Arrays.copyOf(packed, n * 2);
        }
        packed[n++] = (k & ~INDEX) | i;
      }
    }
    packed = Arrays.copyOf(packed, n);
    Arrays.parallelSort(packed);
    LongList pairs = new LongList(sigs.size() * 2);
    for (int from = 0; from < n; ) {
      long key = packed[from] & ~INDEX;
      int to = from + 1;
      while (to < n && (packed[to] & ~INDEX) == key) {
        to++;
      }
      bucket(packed, from, to, isNew, cfg.maxBucket(), pairs);
      from = to;
    }
    return pairs.sortedDistinct();
  }

  private static void bucket(long[] packed, int from, int to, boolean[] isNew, int max,
      LongList pairs) {
    if (to - from > max) {
      for (int i = from + 1; i < to; i++) {
        add((int) (packed[i - 1] & INDEX), (int) (packed[i] & INDEX), isNew, pairs);
      }
      return;
    }
    for (int i = from; i < to; i++) {
      for (int j = i + 1; j < to; j++) {
        add((int) (packed[i] & INDEX), (int) (packed[j] & INDEX), isNew, pairs);
      }
    }
  }

  private static void add(int a, int b, boolean[] isNew, LongList pairs) {
    if (a == b || (isNew != null && !isNew[a] && !isNew[b])) {
      return;
    }
    pairs.add(a < b ? ((long) a << 32) | b : ((long) b << 32) | a);
  }

  /** A growable array of longs. */
  static final class LongList {
    private long[] a;
    private int n;

    LongList(int capacity) {
      a = new long[Math.max(16, capacity)];
    }

    void add(long x) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = x;
    }

    long[] sortedDistinct() {
      long[] s = Arrays.copyOf(a, n);
      Arrays.parallelSort(s);
      int m = 0;
      for (int i = 0; i < s.length; i++) {
        if (i == 0 || s[i] != s[i - 1]) {
          s[m++] = s[i];
        }
      }
      return Arrays.copyOf(s, m);
    }
  }
}
