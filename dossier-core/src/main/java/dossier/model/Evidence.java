package dossier.model;

/**
 * Where a fact was read: an article and a character range of one of its texts. {@code context}
 * says what kind of text it was ("body", "quote", "caption", "title"); {@code part} says which
 * text the offsets point into ({@link Part}): the body by default.
 */
public record Evidence(String article, int start, int end, String context, String part) implements java.io.Serializable {
  public Evidence {
    part = Part.orText(part);
  }

  /** Evidence in the article's body. */
  public Evidence(String article, int start, int end, String context) {
    this(article, start, end, context, Part.TEXT);
  }
}
