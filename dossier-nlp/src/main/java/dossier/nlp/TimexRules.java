package dossier.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * General corrections of the time tagger's values, applied after it ran: extents first
 * ({@link TimexExtents}), then what is no time at all is dropped ({@link NotATime}), then each
 * value is read against the publication day by the rule for what it names: spans and halves here,
 * quarters ({@link Quarters}), weekdays and weekends ({@link Weekdays}), holidays ({@link
 * Holidays}), months ({@link Months}), decades and "N years ago" here; clock times last ({@link
 * ClockTimes}). Past or future reading of a clause: {@link Tense}.
 */
final class TimexRules {
  /** A value that names a day. */
  static final Pattern DAY_VALUE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern YEARS_AGO = Pattern.compile(
      "(?i)\\b(?:years?|decades?)\\s+(?:ago|earlier|before)$");
  private static final Pattern MONTHS_AGO = Pattern.compile("(?i)\\bmonths?\\s+(?:ago|earlier|before)$");
  private static final Pattern VAGUE_SPAN = Pattern.compile(
      "(?i)^the\\s+(?:next|past|last|coming)\\s+(?:several|few)\\s+(day|week|month|year)s$");
  private static final Pattern HALF = Pattern.compile("(?i)^the\\s+(first|second|last)\\s+half\\s+of\\s+\\d{4}$");

  private TimexRules() {}

  /** The time expressions {@code found} in {@code doc} against {@code anchor}, corrected. */
  static List<NlpDoc.Timex> apply(NlpDoc doc, List<NlpDoc.Timex> found, LocalDate anchor) {
    return apply(doc, found, anchor, false);
  }

  /**
   * As {@link #apply(NlpDoc, List, LocalDate)}; {@code rangeEnd} says the anchor is one end of a
   * publication range, where a month or day named without a year in a past clause is the latest
   * one not after the anchor (so the readings at both ends bound the truth) rather than the nearest.
   */
  static List<NlpDoc.Timex> apply(NlpDoc doc, List<NlpDoc.Timex> found, LocalDate anchor, boolean rangeEnd) {
    List<NlpDoc.Timex> out = new ArrayList<>(found.size());
    for (NlpDoc.Timex t : TimexExtents.fix(doc, found, anchor)) {
      String text = t.text().trim();
      if (NotATime.test(doc, t, text)) {
        continue;
      }
      String v = t.value();
      if (anchor != null && v != null) {
        v = relative(doc, t, text, v, anchor, rangeEnd, Quarters.named(out, anchor));
      } else if ("YEAR_EARLIER".equals(v)) {
        v = "XXXX"; // a year before a day not known
      }
      v = ClockTimes.withoutZone(v);
      out.add(v == null || v.equals(t.value()) ? t : new NlpDoc.Timex(t.start(), t.end(), t.text(), t.type(), v));
    }
    return ClockTimes.onNamedDay(doc, out, anchor);
  }

  /** The value of {@code t} (read by the tagger as {@code v}) against {@code anchor}, by the first rule that fits. */
  private static String relative(NlpDoc doc, NlpDoc.Timex t, String text, String v, LocalDate anchor,
      boolean rangeEnd, String named) {
    Matcher span = VAGUE_SPAN.matcher(text);
    if (v.contains("/") && span.find()) {
      // "the next several days": some days, not the tagger's made-up interval
      return "PX" + span.group(1).toUpperCase(Locale.ROOT).charAt(0);
    }
    Matcher half = HALF.matcher(text);
    if (half.matches() && v.matches("^\\d{4}$")) {
      return v + (half.group(1).equalsIgnoreCase("first") ? "-H1" : "-H2"); // "the last half of 1989"
    }
    if (text.matches("(?i)^the\\s+past\\s+year$") && v.matches("^\\d{4}$")) {
      return String.valueOf(anchor.getYear() - 1); // as "last year"
    }
    String q = Quarters.value(doc, t, text, v, anchor, named);
    if (q != null) {
      return q;
    }
    String w = Weekdays.value(doc, t, text, v, anchor);
    if (w != null) {
      return w;
    }
    String h = Holidays.resolve(text, v, anchor, Tense.future(doc, t));
    if (h != null) {
      return h;
    }
    if (!rangeEnd && v.matches("^\\d{4}-\\d{2}-\\d{2}$")) {
      // "Friday, April 5": the year, next to the publication day, whose April 5 is a Friday
      LocalDate onWeekday = Weekdays.weekdayDate(doc, t, anchor.minusYears(1), anchor.plusYears(1));
      if (onWeekday != null) {
        return onWeekday.toString();
      }
    }
    String m = Months.value(doc, t, text, v, anchor, rangeEnd);
    if (m != null) {
      return m;
    }
    if (v.matches("^\\d{3}X$") || v.matches("^\\d{2}XX$")) {
      return v.replace("X", ""); // TIMEX3 writes a decade "199", a century "19"
    }
    if (YEARS_AGO.matcher(text).find() && DAY_VALUE.matcher(v).find()) {
      return v.substring(0, 4); // "N years ago" names a year, not a day
    }
    if (MONTHS_AGO.matcher(text).find() && DAY_VALUE.matcher(v).find()) {
      return v.substring(0, 7);
    }
    return v;
  }
}
