package dossier.nlp;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month (or a day of one) named without a year: the nearest such month, the next one in a
 * future clause, the latest one not after the publication day in a past clause; "last April" is
 * the latest April before the current month.
 */
final class Months {
  static final Pattern MONTH = Pattern.compile(
      "(?i)^(?:(last|next|this|early|mid|late|in|since)\\s*-?\\s*)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
          + "(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?$");

  private static final List<String> STEMS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private Months() {}

  /** The number (1 to 12) of the month a name or abbreviation starts with ("Sept." is 9), else 0. */
  static int number(String name) {
    return STEMS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
  }

  /**
   * The month or day {@code text} means, read by the tagger as {@code v} against {@code anchor}, or
   * null when it names no month. {@code rangeEnd}: see {@link TimexRules#apply(NlpDoc, java.util.List,
   * LocalDate, boolean)}.
   */
  static String value(NlpDoc doc, NlpDoc.Timex t, String text, String v, LocalDate anchor, boolean rangeEnd) {
    Matcher m = MONTH.matcher(text);
    if (!m.matches() || !v.matches("^\\d{4}-\\d{2}(-\\d{2})?$")) {
      return null;
    }
    String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    int month = Integer.parseInt(v.substring(5, 7));
    YearMonth cur = YearMonth.from(anchor);
    boolean future = mod.equals("next") || !mod.equals("last") && !mod.equals("since") && Tense.future(doc, t);
    YearMonth ym = YearMonth.of(anchor.getYear(), month);
    if (future) {
      ym = ym.isBefore(cur) ? ym.plusYears(1) : ym;
    } else if (rangeEnd && (mod.isEmpty() || mod.equals("in") || mod.equals("early") || mod.equals("mid")
        || mod.equals("late")) && Tense.past(doc, t)) {
      // the latest such month (or day) not after the anchor
      ym = latestNotAfter(ym, v, anchor);
    } else if (mod.equals("last")) {
      ym = ym.isBefore(cur) ? ym : ym.minusYears(1);
    } else if (TimexContext.previousWord(doc, t).equalsIgnoreCase("ended") || Tense.plainPast(doc, t)) {
      // "the year ended March 31", "bought it in February": a period over, an event past, so the
      // latest such day not after the anchor
      ym = latestNotAfter(ym, v, anchor);
    } else {
      // no tense marker: the nearest such month, reaching a little further into the past
      long ahead = cur.until(ym, ChronoUnit.MONTHS);
      ym = ahead > 4 ? ym.minusYears(1) : ahead < -7 ? ym.plusYears(1) : ym;
    }
    return ym + (v.length() > 7 ? v.substring(7) : "");
  }

  /** {@code ym} of the anchor's year, or of the year before when its day ({@code v}'s, else the 1st) is after the anchor. */
  private static YearMonth latestNotAfter(YearMonth ym, String v, LocalDate anchor) {
    YearMonth cur = YearMonth.from(anchor);
    int day = v.length() > 7 ? Integer.parseInt(v.substring(8, 10)) : 1;
    return ym.isAfter(cur) || ym.equals(cur) && day > anchor.getDayOfMonth() ? ym.minusYears(1) : ym;
  }
}
