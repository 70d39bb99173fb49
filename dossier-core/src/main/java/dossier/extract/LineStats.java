package dossier.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * How many pages of a corpus carry each (normalised) line: a line on many pages of one corpus is
 * site furniture, not article text. Built in one streaming pass before extraction.
 *
 * <p>News corpora are mostly copies of a few wire stories, so a body line shared by many pages may
 * be one story copied many times, not furniture. Each page gets a fingerprint from its prose (the
 * smallest hash of its long lines, so copies of one story share it whatever their edits, with the
 * probability of their long lines' overlap); a line is furniture only when it recurs on pages with
 * different fingerprints. Two fingerprints are remembered per line: copies of one or two stories
 * are recognised as such; more interleaved stories count as distinct, as before.
 *
 * <p>Memory is bounded: only lines shorter than {@value #MAX_LINE} characters are counted (long
 * lines are prose and rarely furniture), each as a 64-bit hash in a primitive open-addressing table
 * of at most {@value #MAX_ENTRIES} entries (kept at most half full: 4M slots of 24 bytes, about 100 MB). Once the table
 * is full, lines not yet seen are no longer counted; counts of known lines keep growing. A hash
 * collision (chance about n²/2⁶⁴) can only merge two lines' counts. Instances are immutable and
 * thread-safe once built; a {@link Builder} is not thread-safe.
 */
public final class LineStats implements java.io.Serializable {
  /** Lines this long or longer are not counted. */
  static final int MAX_LINE = 200;
  /** Cap on distinct lines counted. */
  static final int MAX_ENTRIES = 1 << 21;
  private static final LineStats EMPTY = new LineStats(new long[1], new int[1], new int[1], 0);

  /** Lines at least this long make a page's fingerprint: article prose, not furniture. */
  static final int PROSE_LINE = 120;

  private final long[] keys;
  private final int[] counts;
  private final int[] copies;
  private final int pages;

  private LineStats(long[] keys, int[] counts, int[] copies, int pages) {
    this.keys = keys;
    this.counts = counts;
    this.copies = copies;
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
    int i = slot(line);
    return i < 0 ? 0 : counts[i];
  }

  /** Number of pages that carry {@code line}, counting copies of one story once. */
  int storiesWith(String line) {
    int i = slot(line);
    return i < 0 ? 0 : counts[i] - copies[i];
  }

  private int slot(String line) {
    long h = hash(line);
    if (h == 0 || pages == 0) {
      return -1;
    }
    int mask = keys.length - 1;
    for (int i = mix(h) & mask; keys[i] != 0; i = (i + 1) & mask) {
      if (keys[i] == h) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@code line} is furniture of this corpus: on more than three pages of different stories
   * and on at least 30% of the pages (a wire story copied by many sites is not furniture).
   */
  boolean isRecurring(String line) {
    int n = storiesWith(line);
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

  /** A hash of a long prose line as it stands: only equal lines need equal hashes here. */
  private static long longHash(String line) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < line.length(); i++) {
      h = (h ^ line.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  private static int mix(long h) {
    long x = h ^ (h >>> 29);
    x *= 0xbf58476d1ce4e5b9L;
    return (int) (x ^ (x >>> 32));
  }

  /**
   * One page's distinct line hashes, ascending, and its story fingerprint (a hash of its first long
   * prose line; 0 when it has none): what each page adds to the counts.
   */
  public record PageLines(long[] hashes, int fingerprint) implements java.io.Serializable {}

  /** The distinct line hashes and the fingerprint of one page. */
  public static PageLines lines(String page) {
    long[] seen = new long[64];
    int n = 0;
    long print = Long.MAX_VALUE;
    for (String line : page.split("\n", -1)) {
      if (line.length() >= PROSE_LINE) {
        print = Math.min(print, longHash(line));
      }
      long h = hash(line);
      if (h != 0) {
        if (n == seen.length) {
          seen = Arrays.copyOf(seen, n * 2);
        }
        seen[n++] = h;
      }
    }
    Arrays.sort(seen, 0, n);
    int fingerprint = print == Long.MAX_VALUE ? 0 : (int) (print ^ (print >>> 32)) | 1;
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || seen[i] != seen[i - 1]) {
        seen[d++] = seen[i];
      }
    }
    return new PageLines(Arrays.copyOf(seen, d), fingerprint);
  }

  /** Streams pages into line counts; not thread-safe. */
  public static final class Builder {
    private long[] keys = new long[1 << 12];
    private int[] counts = new int[1 << 12];
    private int[] copies = new int[1 << 12];
    private int[] printA = new int[1 << 12];
    private int[] printB = new int[1 << 12];
    private int size;
    private int pages;

    private Builder() {}

    /** Counts the distinct lines of one page. */
    public Builder add(String page) {
      pages++;
      if (page == null) {
        return this;
      }
      PageLines lines = lines(page);
      for (long h : lines.hashes()) {
        increment(h, lines.fingerprint());
      }
      return this;
    }

    /**
     * Adds a line's counts gathered elsewhere (the Spark job counts lines per partition and sums
     * them by hash); {@code pages} of the result are set by {@link #pages(int)}.
     */
    public Builder addCounts(long hash, int count, int copyCount) {
      int mask = keys.length - 1;
      int i = mix(hash) & mask;
      while (keys[i] != 0 && keys[i] != hash) {
        i = (i + 1) & mask;
      }
      if (keys[i] == 0) {
        if (size >= MAX_ENTRIES) {
          return this;
        }
        keys[i] = hash;
        size++;
      }
      counts[i] += count;
      copies[i] += copyCount;
      if (size * 2 > keys.length) {
        grow();
      }
      return this;
    }

    /** Sets the number of pages the counts came from. */
    public Builder pages(int n) {
      pages = n;
      return this;
    }

    /** Number of pages added so far. */
    public int pages() {
      return pages;
    }

    /** The statistics of the pages added so far. */
    public LineStats build() {
      return new LineStats(keys.clone(), counts.clone(), copies.clone(), pages);
    }

    /** Counts a line of a page; {@code print} is the page's story fingerprint, 0 when it has none. */
    private void increment(long h, int print) {
      int mask = keys.length - 1;
      int i = mix(h) & mask;
      while (keys[i] != 0) {
        if (keys[i] == h) {
          counts[i]++;
          if (print != 0 && (printA[i] == print || printB[i] == print)) {
            copies[i]++; // another copy of a story already counted for this line
          } else if (print != 0) {
            printB[i] = printA[i];
            printA[i] = print;
          }
          return;
        }
        i = (i + 1) & mask;
      }
      if (size >= MAX_ENTRIES) {
        return;
      }
      keys[i] = h;
      counts[i] = 1;
      printA[i] = print;
      size++;
      if (size * 2 > keys.length) {
        grow();
      }
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldCounts = counts;
      int[] oldCopies = copies;
      int[] oldA = printA;
      int[] oldB = printB;
      keys = new long[oldKeys.length * 2];
      counts = new int[oldKeys.length * 2];
      copies = new int[oldKeys.length * 2];
      printA = new int[oldKeys.length * 2];
      printB = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != 0) {
          int i = mix(oldKeys[j]) & mask;
          while (keys[i] != 0) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          counts[i] = oldCounts[j];
          copies[i] = oldCopies[j];
          printA[i] = oldA[j];
          printB[i] = oldB[j];
        }
      }
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "LineStats[%d pages]", pages);
  }
}
