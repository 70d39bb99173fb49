package dossier.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * How many pages of a corpus carry each (normalised) line: a line on many pages of one corpus is
 * site furniture, not article text. Built in one streaming pass before extraction.
 *
 * <p>Memory is bounded: only lines shorter than {@value #MAX_LINE} characters are counted (long
 * lines are prose and rarely furniture), each as a 64-bit hash in a primitive open-addressing table
 * of at most {@value #MAX_ENTRIES} entries (kept at most half full: 4M slots of 12 bytes, about 50 MB). Once the table
 * is full, lines not yet seen are no longer counted; counts of known lines keep growing. A hash
 * collision (chance about n²/2⁶⁴) can only merge two lines' counts. Instances are immutable and
 * thread-safe once built; a {@link Builder} is not thread-safe.
 */
public final class LineStats {
  /** Lines this long or longer are not counted. */
  static final int MAX_LINE = 200;
  /** Cap on distinct lines counted. */
  static final int MAX_ENTRIES = 1 << 21;
  private static final LineStats EMPTY = new LineStats(new long[1], new int[1], 0);

  private final long[] keys;
  private final int[] counts;
  private final int pages;

  private LineStats(long[] keys, int[] counts, int pages) {
    this.keys = keys;
    this.counts = counts;
    this.pages = pages;
  }

  public static LineStats empty() {
    return EMPTY;
  }

  /** A builder that counts lines page by page. */
  public static Builder builder() {
    return new Builder();
  }

  /** Number of pages seen when the statistics were built. */
  public int pages() {
    return pages;
  }

  /** Number of pages that carry {@code line} (after normalisation), 0 when unknown. */
  public int pagesWith(String line) {
    long h = hash(line);
    if (h == 0 || pages == 0) {
      return 0;
    }
    int mask = keys.length - 1;
    for (int i = mix(h) & mask; keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == h) {
        return counts[i];
      }
    }
    return 0;
  }

  /**
   * Whether {@code line} is furniture of this corpus: on more than three pages and on at least 30%
   * of them (a wire story copied by a few sites stays below that).
   */
  boolean isRecurring(String line) {
    int n = pagesWith(line);
    return n > 3 && n >= 0.3 * pages;
  }

  /**
   * 64-bit FNV-1a hash of the normalised line (lower case, digits folded to 0, bullets and runs of
   * space dropped), or 0 for a blank or too long line.
   */
  static long hash(String line) {
    if (line == null || line.length() >= MAX_LINE) {
      return 0;
    }
    long h = 0xcbf29ce484222325L;
    boolean any = false;
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '*' || c == '+' || c == '•') {
        space = any;
        continue;
      }
      if (space) {
        h = (h ^ ' ') * 0x100000001b3L;
        space = false;
      }
      char d = Character.isDigit(c) ? '0' : Character.toLowerCase(c);
      h = (h ^ d) * 0x100000001b3L;
      any = true;
    }
    return any ? (h == 0 ? 1 : h) : 0;
  }

  private static int mix(long h) {
    long x = h ^ (h >>> 29);
    x *= 0xbf58476d1ce4e5b9L;
    return (int) (x ^ (x >>> 32));
  }

  /** Streams pages into line counts; not thread-safe. */
  public static final class Builder {
    private long[] keys = new long[1 << 12];
    private int[] counts = new int[1 << 12];
    private int size;
    private int pages;
    private long[] seen = new long[64];

    private Builder() {}

    /** Counts the distinct lines of one page. */
    public Builder add(String page) {
      pages++;
      if (page == null) {
        return this;
      }
      // Distinct hashes of this page, so a line repeated on one page counts once.
      int n = 0;
      for (String line : page.split("\n", -1)) {
        long h = hash(line);
        if (h != 0) {
          if (n == seen.length) {
            seen = Arrays.copyOf(seen, n * 2);
          }
          seen[n++] = h;
        }
      }
      Arrays.sort(seen, 0, n);
      for (int i = 0; i < n; i++) {
        if (i == 0 || seen[i] != seen[i - 1]) {
          increment(seen[i]);
        }
      }
      return this;
    }

    /** Number of pages added so far. */
    public int pages() {
      return pages;
    }

    /** The statistics of the pages added so far. */
    public LineStats build() {
      return new LineStats(keys.clone(), counts.clone(), pages);
    }

    private void increment(long h) {
      int mask = keys.length - 1;
      int i = mix(h) & mask;
      while (keys[i] != 0) {
        if (keys[i] == h) {
          counts[i]++;
          return;
        }
        i = (i + 1) & mask;
      }
      if (size >= MAX_ENTRIES) {
        return;
      }
      keys[i] = h;
      counts[i] = 1;
      size++;
      if (size * 2 > keys.length) {
        grow();
      }
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldCounts = counts;
      keys = new long[oldKeys.length * 2];
      counts = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != 0) {
          int i = mix(oldKeys[j]) & mask;
          while (keys[i] != 0) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          counts[i] = oldCounts[j];
        }
      }
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "LineStats[%d pages]", pages);
  }
}
