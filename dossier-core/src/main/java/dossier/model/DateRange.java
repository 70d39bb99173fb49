package dossier.model;

import java.time.LocalDate;

/**
 * A day that is either known exactly ({@code value} set, equal to both bounds) or only known to lie
 * in {@code [earliest, latest]}; either bound may be null when open. Never invents an exact day.
 */
public record DateRange(LocalDate value, LocalDate earliest, LocalDate latest) implements java.io.Serializable {
  private static final DateRange UNKNOWN = new DateRange(null, null, null);

  public DateRange {
    if (value != null) {
      earliest = earliest == null ? value : earliest;
      latest = latest == null ? value : latest;
    }
    if (earliest != null && latest != null && latest.isBefore(earliest)) {
      throw new IllegalArgumentException("range ends before it starts: " + earliest + ".." + latest);
    }
    if (value == null && earliest != null && earliest.equals(latest)) {
      value = earliest;
    }
  }

  public static DateRange exact(LocalDate day) {
    return new DateRange(day, day, day);
  }

  public static DateRange between(LocalDate earliest, LocalDate latest) {
    return new DateRange(null, earliest, latest);
  }

  public static DateRange unknown() {
    return UNKNOWN;
  }

  public boolean isExact() {
    return value != null;
  }

  public boolean isKnown() {
    return earliest != null || latest != null;
  }

  /** Whether {@code day} may be the true day. */
  public boolean contains(LocalDate day) {
    return (earliest == null || !day.isBefore(earliest)) && (latest == null || !day.isAfter(latest));
  }

  /** The narrowest range that both ranges allow, or null when they exclude each other. */
  public DateRange intersect(DateRange other) {
    LocalDate lo = max(earliest, other.earliest);
    LocalDate hi = min(latest, other.latest);
    if (lo != null && hi != null && hi.isBefore(lo)) {
      return null;
    }
    return new DateRange(null, lo, hi);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  @Override
  public String toString() {
    if (value != null) {
      return value.toString();
    }
    return (earliest == null ? "?" : earliest) + ".." + (latest == null ? "?" : latest);
  }
}
