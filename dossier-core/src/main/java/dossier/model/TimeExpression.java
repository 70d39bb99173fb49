package dossier.model;

/**
 * A time expression in an article, normalised against the article's publication date: its TIMEX3
 * type and value ("2020-10-09", "2016-W20", "PRESENT_REF") and the days it may denote.
 * {@code part} says which text the offsets point into ({@link Part}); the body by default.
 */
public record TimeExpression(String articleId, int start, int end, String text, String timexType,
    String value, DateRange range, String part) implements java.io.Serializable {
  public TimeExpression {
    part = Part.orText(part);
  }

  /** A time expression in the article's body. */
  public TimeExpression(String articleId, int start, int end, String text, String timexType,
      String value, DateRange range) {
    this(articleId, start, end, text, timexType, value, range, Part.TEXT);
  }
}
