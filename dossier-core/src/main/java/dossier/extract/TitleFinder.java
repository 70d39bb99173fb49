package dossier.extract;

import java.util.List;
import java.util.Locale;

/**
 * Picks the title among the lines above the body: a headline-shaped line (a few words, no closing
 * full stop) close to where the body starts, preferring a line the page repeats (sites print the
 * title twice, or once more in a breadcrumb "Home » Title").
 */
final class TitleFinder {
  private TitleFinder() {}

  /** The chosen title line and the title text (a breadcrumb's tail, say). */
  record Title(int index, String text) {}

  /**
   * Chooses the title.
   *
   * @param lines all lines of the page
   * @param reasons why each line was cut so far (null when not cut)
   * @param bodyStart index of the first body line
   * @param norms the page's normalised lines
   * @return the title, or null when no line fits
   */
  static Title find(List<Line> lines, String[] reasons, int bodyStart, Norms norms) {
    Title best = null;
    double bestScore = 0;
    int between = 0;
    // The title sits near the body; menus far above it offer no title.
    for (int i = bodyStart - 1; i >= 0 && between < 25; i--) {
      Line l = lines.get(i);
      // Empty list markers ("*") of icon rows say nothing and do not push the title away.
      if (l.blank() || l.words() == 0) {
        continue;
      }
      String text = candidate(l, reasons[i]);
      if (text == null) {
        continue;
      }
      double s = score(text, l);
      if (s <= 0) {
        between++;
        continue;
      }
      if (repeated(lines, norms, i, norm(text))) {
        s += 3;
      }
      s -= 0.8 * between;
      if (s > bestScore) {
        bestScore = s;
        best = new Title(i, text);
      }
      between++;
    }
    return best;
  }

  /** The title text a line may offer, or null. */
  private static String candidate(Line l, String reason) {
    if (l.bullet()) {
      return null;
    }
    if (reason == null || reason.equals("boilerplate-recurring")) {
      return reason == null ? l.text() : null;
    }
    if (reason.equals("navigation")) {
      String tail = LineClassifier.breadcrumbTail(l.text());
      return tail != null && Line.countWords(tail) >= 3 ? tail : null;
    }
    return null;
  }

  private static double score(String text, Line l) {
    int words = Line.countWords(text);
    if (words < 2 || text.length() < 8 || text.length() > 250 || words > 35) {
      return 0;
    }
    double s = 2;
    if (text.endsWith(".") && !text.endsWith("...")) {
      s -= 1.5;
    }
    if (words < 4) {
      s -= 1.2;
    } else if (words >= 6 && words <= 20) {
      s += 0.4;
    }
    if (words > 20) {
      s -= 0.8;
    }
    if (text.equals(text.toUpperCase(Locale.ROOT)) && words > 1) {
      s -= 0.5;
    }
    return s;
  }

  private static boolean repeated(List<Line> lines, Norms norms, int at, String key) {
    for (int j = 0; j < lines.size(); j++) {
      int len = lines.get(j).text().length();
      if (j != at && len > 0 && len <= 300 && norms.mayEndWith(j, key) && norms.get(j).endsWith(key)) {
        return true;
      }
    }
    return false;
  }

  /** Lower case letters and digits, single spaces between runs: for comparing lines. */
  static String norm(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (gap && b.length() > 0) {
          b.append(' ');
        }
        b.append(Character.toLowerCase(c));
        gap = false;
      } else {
        gap = true;
      }
    }
    return b.toString();
  }
}
