package dossier.nlp.eval;

/**
 * Maps offsets in the text a build stores back to the text a record gave. The build changes only
 * whitespace (runs collapsed, ends stripped, paragraph breaks), odd spaces and invisible characters,
 * so the two texts agree on every other character, in order.
 */
final class TextAlignment {
  /** {@code back[j]}: the offset in the given text of stored character {@code j}; one past the end too. */
  private final int[] back;

  private TextAlignment(int[] back) {
    this.back = back;
  }

  static TextAlignment of(String given, String stored) {
    int[] back = new int[stored.length() + 1];
    int i = 0;
    int j = 0;
    while (j < stored.length()) {
      char s = stored.charAt(j);
      if (i < given.length() && given.charAt(i) == s) {
        back[j++] = i++;
      } else if (i < given.length() && (Character.isWhitespace(given.charAt(i)) || invisible(given.charAt(i)))) {
        i++; // dropped or collapsed in the stored text
      } else if (Character.isWhitespace(s) || i >= given.length()) {
        back[j++] = Math.min(i, given.length()); // a break the build wrote
      } else {
        back[j++] = i++; // a character replaced (an odd space, a composed accent)
      }
    }
    back[stored.length()] = given.length();
    return new TextAlignment(back);
  }

  private static boolean invisible(char c) {
    // a combining mark joined to the letter before it by NFC
    return c == '\uFEFF' || c == '\u200B' || c == '\u00AD' || Character.isISOControl(c)
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** The given offset where a stored span starting at {@code start} starts. */
  int start(int start) {
    return back[start];
  }

  /** The given offset where a stored span ending at {@code end} (exclusive) ends. */
  int end(int end) {
    return end == 0 ? back[0] : back[end - 1] + 1;
  }
}
