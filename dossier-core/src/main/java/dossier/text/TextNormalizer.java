package dossier.text;

import java.text.Normalizer;

/**
 * Brings decoded input to the form Dossier stores: Unicode NFC, {@code \n} line ends, no control
 * characters but tab and newline, no-break and other odd spaces as plain spaces. Done once, before
 * anything is stored, so every offset a stage keeps refers to this text.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** The stored form of {@code raw}. */
  public static String clean(String raw) {
    String s = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n' || c == '\t') {
        out.append(c);
      } else if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A')) {
        out.append(' ');
      } else if (c == '\u2028' || c == '\u2029') {
        out.append('\n');
      } else if (c == '\uFEFF' || c == '\u200B' || c == '\u00AD' || Character.isISOControl(c)) {
        // zero-width and soft-hyphen characters split words for every later matcher: drop them
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Collapses runs of spaces and tabs to one space and trims: for text given as a body already. */
  public static String collapseSpaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
