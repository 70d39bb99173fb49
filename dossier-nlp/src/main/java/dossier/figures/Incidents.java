package dossier.figures;

import dossier.model.DateRange;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The toll of one act, written as its result ("shelled the town, killing three civilians",
 * "hit a bus and wounding 12"): it counts that act, on the days it was reported, not a running
 * total; so it is no dispute with a total since the war began, only with another toll of the
 * same days.
 */
final class Incidents {
  /** A participle of result right before the figure, after a comma or "and". */
  private static final Pattern RESULT = Pattern.compile("(?i)(?:,|\\band)\\s+(?:killing|wounding|"
      + "injuring)\\s+$");
  /** Where the act's clause starts: the comma or sentence start before it. */
  private static final Pattern CLAUSE = Pattern.compile("[,;:—–]\\s*(?=[^,;:—–]*$)");

  private Incidents() {}

  /**
   * The period of a figure at {@code figStart} in the sentence from {@code start}: the act before
   * it when it is that act's toll and {@code period} says nothing closed, else {@code period}.
   */
  static Periods.Period of(String text, int start, int figStart, Periods.Period period,
      DateRange reported) {
    if (period != null && !period.open() && !Periods.open(period.text())) {
      return period;
    }
    String before = text.substring(start, figStart);
    Matcher r = RESULT.matcher(before);
    if (!r.find()) {
      return period;
    }
    String act = before.substring(0, r.start());
    Matcher c = CLAUSE.matcher(act);
    int from = c.find() ? c.end() : 0;
    String words = act.substring(from).trim();
    if (words.isEmpty() || words.length() > 80) {
      return period;
    }
    return new Periods.Period(words, start + from, start + r.start(), reported, false);
  }
}
