package dossier.nlp;

import static dossier.nlp.TimexContext.firstTokenOf;
import static dossier.nlp.TimexContext.tokens;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekdays, weekends and dates named with their weekday. News narrates the past: a bare weekday
 * is the latest one on or before the publication day unless its clause speaks of the future
 * ({@link Tense}); "Friday, April 5" is the year whose April 5 is a Friday.
 */
final class Weekdays {
  static final Pattern WEEKDAY = Pattern.compile(
      "(?i)^(?:on\\s+|last\\s+|this\\s+|this\\s+past\\s+|early\\s+|late\\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day"
          + "(?:\\s+(?:morning|afternoon|evening|night))?$");
  private static final Pattern WEEKDAY_WORD = Pattern.compile("(?i)^(mon|tues|wednes|thurs|fri|satur|sun)day$");
  private static final Pattern WEEKEND = Pattern.compile("(?i)^(?:the|this|over\\s+the)\\s+weekend$");
  private static final Pattern WEEKEND_VALUE = Pattern.compile("^\\d{4}-W\\d{2}-WE$");
  private static final Pattern WEEKDAY_DATE = Pattern.compile(
      "(?i)^(?:on\\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
          + "\\s+(\\d{1,2})(?:st|nd|rd|th)?$");
  private static final Pattern BARE_DATE = Pattern.compile(
      "(?i)^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?$");

  private Weekdays() {}

  /**
   * The value of a weekday ("last Wednesday", "Friday night") or of "the weekend" the tagger read
   * as {@code v} against {@code anchor}, or null when {@code text} names neither.
   */
  static String value(NlpDoc doc, NlpDoc.Timex t, String text, String v, LocalDate anchor) {
    Matcher w = WEEKDAY.matcher(text);
    if (w.matches() && TimexRules.DAY_VALUE.matcher(v).find()) {
      DayOfWeek day = weekday(w.group(1));
      boolean last = text.toLowerCase(Locale.ROOT).startsWith("last");
      boolean future = !last && Tense.future(doc, t);
      // "last Wednesday" written on a Wednesday is the one a week before
      LocalDate d = future ? nextAfter(anchor, day) : lastOnOrBefore(last ? anchor.minusDays(1) : anchor, day);
      int part = v.indexOf('T');
      return d + (part > 0 && v.matches("^\\d{4}-\\d{2}-\\d{2}T[A-Z]{2}$") ? v.substring(part) : "");
    }
    if (WEEKEND_VALUE.matcher(v).matches() && WEEKEND.matcher(text).matches()) {
      return weekend(anchor, Tense.future(doc, t));
    }
    return null;
  }

  /**
   * A date named with its weekday and no year ("Friday, April 5", or "Friday" right before "April
   * 5"): the one day from {@code from} to {@code to} that is that weekday, or null when none or
   * several are.
   */
  static LocalDate weekdayDate(NlpDoc doc, NlpDoc.Timex t, LocalDate from, LocalDate to) {
    String text = t.text().trim();
    String stem;
    String month;
    String day;
    Matcher w = WEEKDAY_DATE.matcher(text);
    Matcher b = BARE_DATE.matcher(text);
    if (w.matches()) {
      stem = w.group(1);
      month = w.group(2);
      day = w.group(3);
    } else if (b.matches() && weekdayBefore(doc, t) != null) {
      stem = weekdayBefore(doc, t);
      month = b.group(1);
      day = b.group(2);
    } else {
      return null;
    }
    int m = Months.number(month);
    int d = Integer.parseInt(day);
    DayOfWeek dow = weekday(stem);
    LocalDate found = null;
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      if (d > YearMonth.of(y, m).lengthOfMonth()) {
        continue;
      }
      LocalDate c = LocalDate.of(y, m, d);
      if (c.getDayOfWeek() == dow && !c.isBefore(from) && !c.isAfter(to)) {
        if (found != null) {
          return null;
        }
        found = c;
      }
    }
    return found;
  }

  /** The stem of a weekday written right before {@code t} ("Friday, April 5"), or null. */
  private static String weekdayBefore(NlpDoc doc, NlpDoc.Timex t) {
    List<NlpDoc.Token> ts = tokens(doc, t);
    int i = firstTokenOf(ts, t) - 1;
    if (i >= 0 && ts.get(i).word().equals(",")) {
      i--;
    }
    if (i < 0 || t.start() - ts.get(i).end() > 3) {
      return null;
    }
    Matcher w = WEEKDAY_WORD.matcher(ts.get(i).word());
    return w.matches() ? w.group(1) : null;
  }

  /** The weekday of a stem ("mon", "tues", ..., "satur", else Sunday). */
  static DayOfWeek weekday(String stem) {
    return switch (stem.toLowerCase(Locale.ROOT)) {
      case "mon" -> DayOfWeek.MONDAY;
      case "tues" -> DayOfWeek.TUESDAY;
      case "wednes" -> DayOfWeek.WEDNESDAY;
      case "thurs" -> DayOfWeek.THURSDAY;
      case "fri" -> DayOfWeek.FRIDAY;
      case "satur" -> DayOfWeek.SATURDAY;
      default -> DayOfWeek.SUNDAY;
    };
  }

  /**
   * "The weekend" of a past clause is the last one begun by the publication day, of a future
   * clause the next one not yet over (the tagger always takes the publication day's ISO week).
   */
  private static String weekend(LocalDate anchor, boolean future) {
    boolean inWeekend = anchor.getDayOfWeek().getValue() >= 6;
    LocalDate d = future || inWeekend ? anchor : anchor.minusWeeks(1);
    return String.format(Locale.ROOT, "%d-W%02d-WE", d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static LocalDate lastOnOrBefore(LocalDate d, DayOfWeek day) {
    return d.minusDays((d.getDayOfWeek().getValue() - day.getValue() + 7) % 7);
  }

  private static LocalDate nextAfter(LocalDate d, DayOfWeek day) {
    int ahead = (day.getValue() - d.getDayOfWeek().getValue() + 7) % 7;
    return d.plusDays(ahead == 0 ? 7 : ahead);
  }
}
