package dossier.spark.stories;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * How the corpus is cut for clustering. Dated articles: windows of {@code days} days starting every
 * {@code days - overlapDays} days (an article in the overlap is clustered in both windows); undated
 * articles: chunks of {@code undatedChunk} articles in id order, overlapping by
 * {@code undatedOverlap} articles (they have no time to cut by).
 */
public record Windowing(int days, int overlapDays, int undatedChunk, int undatedOverlap) implements Serializable {
  public Windowing {
    if (overlapDays < 0 || 2 * overlapDays > days || 2 * undatedOverlap > undatedChunk) {
      throw new IllegalArgumentException("overlap must be at most half the window: " + this);
    }
  }

  /** 60-day windows overlapping by 21 days (about half the 45-day horizon of a story); 5,000 undated. */
  public static Windowing defaults() {
    return new Windowing(60, 21, 5000, 1000);
  }

  long stride() {
    return days - overlapDays;
  }

  /** The keys of the windows holding a dated article published on {@code day}: one or two. */
  String[] dated(LocalDate day) {
    long d = day.toEpochDay();
    long last = Math.floorDiv(d, stride());
    long first = Math.floorDiv(d - days, stride()) + 1;
    String[] out = new String[(int) (last - first + 1)];
    for (long k = first; k <= last; k++) {
      out[(int) (k - first)] = "d" + k;
    }
    return out;
  }

  /** The keys of the chunks holding the undated article at {@code position} in id order. */
  String[] undated(long position) {
    long s = undatedChunk - undatedOverlap;
    long last = Math.floorDiv(position, s);
    long first = Math.max(0, Math.floorDiv(position - undatedChunk, s) + 1);
    String[] out = new String[(int) (last - first + 1)];
    for (long k = first; k <= last; k++) {
      out[(int) (k - first)] = "u" + k;
    }
    return out;
  }

  /** The key of the window after {@code key} ({@code d7} → {@code d8}). */
  static String next(String key) {
    return key.charAt(0) + Long.toString(Long.parseLong(key.substring(1)) + 1);
  }
}
