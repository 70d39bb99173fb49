package dossier.figures;

import dossier.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A light sentence splitter over an article's text: ends at '.', '!' or '?' followed by space and
 * an upper-case letter or a quote, and at line ends. Cheap on purpose: the figures and events
 * stages need sentence spans only, not a parse.
 */
public final class Sentences {
  // abbreviations after which a period does not end a sentence
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "col",
      "lt", "sgt", "st", "prof", "sen", "rep", "gov", "pres", "no", "vs", "jan", "feb", "aug",
      "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "e.g", "i.e", "inc", "corp", "co", "jr");

  private Sentences() {}

  /** The sentences of {@code text}, trimmed, in order. */
  public static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean end = false;
      int cut = i + 1;
      if (c == '\n') {
        end = true;
      } else if ((c == '.' || c == '!' || c == '?') && endsHere(text, i)) {
        end = true;
        while (cut < n && "\"'”’)".indexOf(text.charAt(cut)) >= 0) {
          cut++;
        }
      }
      if (end) {
        add(out, text, start, cut);
        start = cut;
        i = cut - 1;
      }
    }
    add(out, text, start, n);
    return out;
  }

  private static boolean endsHere(String text, int i) {
    int j = i + 1;
    while (j < text.length() && "\"'”’)".indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    if (j >= text.length()) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(j))) {
      return false;
    }
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    if (j < text.length() && Character.isLowerCase(text.charAt(j))) {
      return false;
    }
    if (text.charAt(i) == '.') {
      int w = i;
      while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
        w--;
      }
      String word = text.substring(w, i).toLowerCase();
      // initials ("J.B. Pritzker", "A.J. Marlo") as a single letter does ("J. Marlo")
      if (ABBREVIATIONS.contains(word) || word.length() == 1 || word.matches("(?:\\p{L}\\.)+\\p{L}")) {
        return false;
      }
    }
    return true;
  }

  private static void add(List<Span> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }
}
