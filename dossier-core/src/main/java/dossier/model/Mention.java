package dossier.model;

/**
 * A stretch of an article's text that names an entity. {@code type} is the coarse or fine type
 * (PERSON, ORGANIZATION, LOCATION, CITY, COUNTRY, ...); {@code entityId} is null until resolved.
 * {@code part} says which text the offsets point into ({@link Part}); the body by default.
 */
public record Mention(
    String articleId, int start, int end, String text, String type, String entityId, String part) implements java.io.Serializable {
  public Mention {
    part = Part.orText(part);
  }

  /** A mention in the article's body. */
  public Mention(String articleId, int start, int end, String text, String type, String entityId) {
    this(articleId, start, end, text, type, entityId, Part.TEXT);
  }
}
