package dossier.html;

/**
 * The article body a page states in its JSON-LD ({@code articleBody}), used as a hint only: a
 * paragraph of the page that appears in it is article text. The hint is checked against the DOM,
 * never trusted alone, since pages often state a teaser or a stale version.
 */
final class BodyHint {
  static final BodyHint NONE = new BodyHint("");
  private final String folded;

  private BodyHint(String folded) {
    this.folded = folded;
  }

  /** A hint from {@code articleBody}; none when it is too short to tell anything. */
  static BodyHint of(String articleBody) {
    if (articleBody == null || articleBody.length() < 200) {
      return NONE;
    }
    return new BodyHint(fold(articleBody));
  }

  boolean present() {
    return !folded.isEmpty();
  }

  /** Whether a paragraph's text (its first 80 letters) appears in the stated body. */
  boolean contains(String paragraph) {
    if (folded.isEmpty()) {
      return false;
    }
    String p = fold(paragraph);
    if (p.length() < 20) {
      return false;
    }
    return folded.contains(p.length() > 80 ? p.substring(0, 80) : p);
  }

  /** Letters and digits only, lower case: markup, spacing and punctuation differ between the two. */
  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  int length() {
    return folded.length();
  }
}
