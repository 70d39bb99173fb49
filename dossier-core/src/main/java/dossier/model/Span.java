package dossier.model;

/** A half-open character range {@code [start, end)} into an article's text. */
public record Span(int start, int end) implements java.io.Serializable {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  /** The covered part of {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }
}
