package dossier.dedup;

import java.util.Arrays;

/**
 * Word shingles: the hashes of every run of {@code k} consecutive words, sorted and distinct, so
 * two sets compare by one merge. A text shorter than {@code k} words is one shingle of all of them.
 */
final class Shingles {
  private Shingles() {}

  /** The distinct shingle hashes of {@code t}, ascending. */
  static long[] of(Tokens t, int k) {
    if (t.size == 0) {
      return new long[0];
    }
    int w = Math.min(k, t.size);
    long[] out = new long[t.size - w + 1];
    for (int i = 0; i < out.length; i++) {
      long x = 0;
      for (int j = 0; j < w; j++) {
        x = x * 0x9E3779B97F4A7C15L + t.hashes[i + j];
      }
      out[i] = Tokens.mix(x);
    }
    Arrays.sort(out);
    return distinct(out);
  }

  private static long[] distinct(long[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }

  /** Size of the intersection of two ascending distinct sets. */
  static int common(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      long x = a[i];
      long y = b[j];
      if (x == y) {
        n++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }
}
