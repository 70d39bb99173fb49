package dossier.figures;

import dossier.figures.FigureFinder.Found;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A force sized by a compound: "a 500-strong force", "the 1,200-strong contingent": a deployment.
 * A crowd so sized ("a 3,000-strong crowd") is no force.
 */
final class StrongForces {
  private static final Pattern STRONG = Pattern.compile("(?i)(?<![\\w$€£.,-])(\\d{1,3}(?:,\\d{3})+|"
      + "\\d+)-strong\\s+(?:[a-z][\\w-]*\\s+){0,2}?(force|forces|contingent|army|garrison|"
      + "battalion|brigade|regiment|unit|detachment|mission|militia|team of (?:soldiers|troops|"
      + "police|officers|observers|peacekeepers))\\b");

  private StrongForces() {}

  /** The forces sized this way in sentence {@code [start, end)} of {@code text}. */
  static List<Found> find(String text, int start, int end) {
    List<Found> out = new ArrayList<>();
    Matcher m = STRONG.matcher(text).region(start, end);
    while (m.find()) {
      double v = Quantities.parse(m.group(1));
      if (v < 10) {
        continue;
      }
      String counted = m.group(2).toLowerCase().matches("mission|team of observers") ? null
          : "troops"; // a mission's people may be observers
      out.add(new Found(v, "DEPLOYED", null, m.start(), m.end(), m.start(1), counted, v, v,
          null, null, false, m.end(1)));
    }
    return out;
  }
}
