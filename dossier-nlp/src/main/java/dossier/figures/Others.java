package dossier.figures;

import dossier.figures.FigureFinder.Found;
import dossier.figures.Quantities.Quantity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "N others" after a verb that says what happened to them ("killed three soldiers and wounded
 * six others", "arrested 12 others"): the number counts people of the noun said before, or people.
 */
final class Others {
  private static final Pattern OTHERS = Pattern.compile("(?i)^\\s+others\\b");

  private Others() {}

  /**
   * The figure of {@code q} when the word after it is "others" and the words before type it;
   * {@code kind} types the words before (null or OTHER when they say nothing happened).
   */
  static Found find(Quantity q, String rest, String kind, Found previous) {
    Matcher m = OTHERS.matcher(rest);
    if (!m.find() || kind == null || kind.equals("OTHER") || kind.equals("POPULATION")
        || q.vague()) {
      return null;
    }
    String counted = previous == null ? "people" : previous.counted();
    return new Found(q.value(), kind, q.qualifier(), q.start(), q.end() + m.end(), q.numberAt(),
        counted, q.low(), q.high(), null, null, false,
        previous == null ? q.end() : previous.sideFrom());
  }
}
