package dossier.extract;

/**
 * How many pages of a corpus carry each (normalised) line: a line on many pages of one corpus is
 * site furniture, not article text. Built in one streaming pass before extraction.
 */
public final class LineStats {
  private static final LineStats EMPTY = new LineStats();

  private LineStats() {}

  public static LineStats empty() {
    return EMPTY;
  }

  /** Placeholder until the extraction branch lands. */
  public static Builder builder() {
    return new Builder();
  }

  /** Gathers statistics page by page. */
  public static final class Builder {
    public void add(String page) {}

    public LineStats build() {
      return EMPTY;
    }
  }

  /** Number of pages seen when the statistics were built. */
  public int pages() {
    return 0;
  }

  /** Number of pages that carry {@code line} (after normalisation), 0 when unknown. */
  public int pagesWith(String line) {
    return 0;
  }
}
