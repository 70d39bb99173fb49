package dossier.extract;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.regex.Pattern;

/**
 * The article's own headline block further up than the title search reaches: a headline-shaped
 * line with a byline straight under it and a date line under that. Pages with a long video or
 * link carousel between header and text push the headline out of reach, and the nearest headline
 * left is a carousel item's, which has no byline and date of its own.
 */
final class Masthead {
  /** How many lines above the body are looked at. */
  private static final int REACH = 200;
  /** A credit line: "By Jane Doe", "Analysis by Jane Doe, Editor", "Story by ...". */
  private static final Pattern CREDIT = Pattern.compile(
      "^(?:\\p{L}+\\s+)?[Bb]y\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(?:,.{0,60})?$");

  private Masthead() {}

  /**
   * The nearest line from {@code from} (the line above the body) upwards that {@code rate} finds headline-shaped (above 0)
   * with a byline and then a date line right under it, or null.
   */
  static TitleFinder.Title above(List<Line> lines, String[] reasons, int from,
      IntToDoubleFunction rate, IntFunction<String> candidate) {
    for (int i = from; i >= 0 && i > from - REACH; i--) {
      Line l = lines.get(i);
      if (l.blank() || l.words() == 0) {
        continue;
      }
      double s = rate.applyAsDouble(i);
      String text = Double.isNaN(s) || s <= 0 ? null : candidate.apply(i);
      if (text == null || text.endsWith(".")) {
        continue;
      }
      if (anchored(lines, reasons, i)) {
        return new TitleFinder.Title(i, text);
      }
    }
    return null;
  }

  /** Whether line {@code i} has a byline straight under it and a date line under that. */
  static boolean anchored(List<Line> lines, String[] reasons, int i) {
    int by = next(lines, i);
    int date = by < 0 ? -1 : next(lines, by);
    return date >= 0 && credit(lines.get(by), reasons[by]) && dated(lines.get(date), reasons[date]);
  }

  private static boolean credit(Line l, String reason) {
    return "byline".equals(reason) || BylineParser.byline(l.text()) != null
        || CREDIT.matcher(l.text().strip()).matches();
  }

  private static boolean dated(Line l, String reason) {
    return "date".equals(reason) || Metadata.isDateLine(l);
  }

  private static int next(List<Line> lines, int at) {
    for (int j = at + 1; j < lines.size(); j++) {
      if (!lines.get(j).blank() && lines.get(j).words() > 0) {
        return j;
      }
    }
    return -1;
  }
}
