package dossier.nlp;

import dossier.model.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weekday an article says it was written on: a dateline naming one ("VIENNA, Monday (AFP) —")
 * or "today" set beside a weekday ("today (Monday)", "Monday, today"). A publication range then
 * keeps only the days of that weekday at its ends. A weekday alone ("talks on Friday") says nothing
 * of the reporting day (it may be any of the six days after), so it is not used.
 */
final class ReportingDay {
  private static final String DAY = "(mon|tues|wednes|thurs|fri|satur|sun)day";
  private static final Pattern DATELINE = Pattern.compile("(?i)^[^,]{2,40},\\s*" + DAY + "\\b");
  private static final Pattern TODAY = Pattern.compile("(?i)\\btoday\\s*[(,]\\s*" + DAY + "\\b|\\b" + DAY
      + "\\s*[(,]\\s*today\\b");

  private ReportingDay() {}

  /** The weekday {@code dateline} or {@code text} names as the day of writing, or null. */
  static DayOfWeek of(String dateline, String text) {
    if (dateline != null) {
      Matcher d = DATELINE.matcher(dateline.trim());
      if (d.find()) {
        return Weekdays.weekday(d.group(1));
      }
    }
    Matcher t = TODAY.matcher(text == null ? "" : text);
    if (t.find()) {
      return Weekdays.weekday(t.group(1) != null ? t.group(1) : t.group(2));
    }
    return null;
  }

  /**
   * {@code r} with each known end moved inwards to the nearest {@code day}; {@code r} itself when
   * no such day lies in it (the evidence disagrees, so it narrows nothing) or it is exact.
   */
  static DateRange narrow(DateRange r, DayOfWeek day) {
    if (day == null || r.isExact() || !r.isKnown()) {
      return r;
    }
    LocalDate e = r.earliest() == null ? null : r.earliest().with(TemporalAdjusters.nextOrSame(day));
    LocalDate l = r.latest() == null ? null : r.latest().with(TemporalAdjusters.previousOrSame(day));
    if (e != null && l != null && e.isAfter(l)) {
      return r;
    }
    return DateRange.between(e, l);
  }
}
