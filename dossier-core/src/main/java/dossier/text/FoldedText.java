package dossier.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * An analysis view of stored text: accents stripped, lower case, typographic quotes and dashes made
 * plain ("İlham" and "Ilham" both read "ilham"), with a map from every folded character back to
 * the stored offset, so a match found in the folded view is kept with true offsets.
 */
public final class FoldedText {
  private final String folded;
  private final int[] origin;

  private FoldedText(String folded, int[] origin) {
    this.folded = folded;
    this.origin = origin;
  }

  /** Folds {@code text}. */
  public static FoldedText of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int[] map = new int[text.length() + 1];
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String piece = fold(cp);
      for (int k = 0; k < piece.length(); k++) {
        if (n == map.length - 1) {
          map = java.util.Arrays.copyOf(map, map.length * 2);
        }
        map[n++] = i;
        out.append(piece.charAt(k));
      }
      i += Character.charCount(cp);
    }
    map[n] = text.length();
    return new FoldedText(out.toString(), java.util.Arrays.copyOf(map, n + 1));
  }

  /** A string in folded form, for comparing names and phrases. */
  public static String fold(String s) {
    return of(s).folded();
  }

  private static String fold(int cp) {
    switch (cp) {
      case '\u2018', '\u2019', '\u201A', '\u2032', '`', '\u00B4' -> {
        return "'";
      }
      case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2033' -> {
        return "\"";
      }
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> {
        return "-";
      }
      case '\u0131' -> {
        return "i"; // dotless i has no decomposition
      }
      case '\u00DF' -> {
        return "ss";
      }
      default -> { }
    }
    String s = new String(Character.toChars(cp));
    if (cp < 0x80) {
      return s.toLowerCase(Locale.ROOT);
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** The folded text. */
  public String folded() {
    return folded;
  }

  /** The stored offset where folded character {@code i} came from ({@code i == length} maps to the end). */
  public int origin(int i) {
    return origin[i];
  }

  /** The stored offset just past folded character {@code i - 1}: the end of a match ending at {@code i}. */
  public int originEnd(int i) {
    if (i == 0) {
      return origin[0];
    }
    int last = origin[i - 1];
    int next = origin[i];
    return next > last ? next : last + 1;
  }
}
