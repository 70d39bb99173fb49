package dossier.model;

/**
 * Names which text of an article a character range points into: the body ({@link #TEXT}), the
 * title, or one of the photo captions. Offsets in mentions, time expressions and evidence are
 * always relative to the text their part names, so a caption fact keeps honest offsets.
 */
public final class Part {
  /** The clean body, {@code Article.text()}. */
  public static final String TEXT = "text";
  /** The article's title. */
  public static final String TITLE = "title";

  private Part() {}

  /** The part naming caption {@code index} (0-based, in the order of {@code Article.captions()}). */
  public static String caption(int index) {
    return "caption:" + index;
  }

  /** The caption index a part names, or -1 when it names no caption. */
  public static int captionIndex(String part) {
    if (part == null || !part.startsWith("caption:")) {
      return -1;
    }
    try {
      return Integer.parseInt(part.substring(8));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** {@code part}, or {@link #TEXT} when null: the body is the default part. */
  static String orText(String part) {
    return part == null || part.isEmpty() ? TEXT : part;
  }
}
