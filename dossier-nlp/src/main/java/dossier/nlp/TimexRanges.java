package dossier.nlp;

import dossier.model.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a TIMEX3 value may denote: "2016-05-16" one day, "2016-05" a month, "2016-W20" a week,
 * "2016-Q2" a quarter, "2016-SU" a summer, "199" or "199X" a decade, "19" a century; "PRESENT_REF"
 * the anchor, "PAST_REF" anything before it. A modifier in the text ("early", "mid", "late", "the
 * end of") keeps the matching third of a month, year or decade. Values it cannot place are unknown.
 */
public final class TimexRanges {
  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?$");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  private static final Pattern DECADE = Pattern.compile("^(\\d{3})X?$");
  private static final Pattern CENTURY = Pattern.compile("^(\\d{2})(?:XX)?$");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})(-WE)?$");
  private static final Pattern PART = Pattern.compile("^(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$");
  private static final Pattern EARLY = Pattern.compile("(?i)^(?:the\\s+)?(?:early|beginning of|start of)\\b");
  private static final Pattern MID = Pattern.compile("(?i)^(?:the\\s+)?(?:mid|middle of)\\b");
  private static final Pattern LATE = Pattern.compile("(?i)^(?:the\\s+)?(?:late|end of|close of)\\b");

  private TimexRanges() {}

  /**
   * The days {@code value} may denote, narrowed by a modifier in {@code text}; {@code anchor} is
   * the publication day the value was resolved against, for the PRESENT/PAST/FUTURE references.
   */
  public static DateRange range(String value, String text, LocalDate anchor) {
    if (value == null) {
      return DateRange.unknown();
    }
    String v = value.toUpperCase(Locale.ROOT);
    switch (v) {
      case "PRESENT_REF" -> {
        return anchor == null ? DateRange.unknown() : DateRange.exact(anchor);
      }
      case "PAST_REF" -> {
        return anchor == null ? DateRange.unknown() : DateRange.between(null, anchor);
      }
      case "FUTURE_REF" -> {
        return anchor == null ? DateRange.unknown() : DateRange.between(anchor, null);
      }
      default -> { }
    }
    DateRange r = plain(v);
    return r == null ? DateRange.unknown() : modify(r, text == null ? "" : text.trim(), !DAY.matcher(v).matches());
  }

  private static DateRange plain(String v) {
    try {
      Matcher m;
      if ((m = DAY.matcher(v)).matches()) {
        return DateRange.exact(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
      }
      if ((m = MONTH.matcher(v)).matches()) {
        YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
        return DateRange.between(ym.atDay(1), ym.atEndOfMonth());
      }
      if ((m = YEAR.matcher(v)).matches()) {
        return years(num(m, 1), 1);
      }
      if ((m = DECADE.matcher(v)).matches()) {
        return years(num(m, 1) * 10, 10);
      }
      if ((m = CENTURY.matcher(v)).matches()) {
        return years(num(m, 1) * 100, 100);
      }
      if ((m = WEEK.matcher(v)).matches()) {
        LocalDate monday = LocalDate.of(num(m, 1), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return m.group(3) != null ? DateRange.between(monday.plusDays(5), monday.plusDays(6))
            : DateRange.between(monday, monday.plusDays(6));
      }
      if ((m = PART.matcher(v)).matches()) {
        return part(num(m, 1), m.group(2));
      }
    } catch (java.time.DateTimeException e) {
      return null; // a month 13 or a week 54: not a day we can place
    }
    return null;
  }

  private static DateRange part(int y, String p) {
    return switch (p) {
      case "Q1" -> months(y, 1, 3);
      case "Q2" -> months(y, 4, 6);
      case "Q3" -> months(y, 7, 9);
      case "Q4" -> months(y, 10, 12);
      case "H1" -> months(y, 1, 6);
      case "H2" -> months(y, 7, 12);
      // seasons: the hull of the astronomical and the meteorological season
      case "SP" -> DateRange.between(LocalDate.of(y, 3, 1), LocalDate.of(y, 6, 21));
      case "SU" -> DateRange.between(LocalDate.of(y, 6, 1), LocalDate.of(y, 9, 23));
      case "FA" -> DateRange.between(LocalDate.of(y, 9, 1), LocalDate.of(y, 12, 21));
      default -> DateRange.between(LocalDate.of(y, 12, 1), LocalDate.of(y + 1, 3, 20));
    };
  }

  private static DateRange months(int y, int from, int to) {
    return DateRange.between(LocalDate.of(y, from, 1), YearMonth.of(y, to).atEndOfMonth());
  }

  private static DateRange years(int first, int count) {
    return DateRange.between(LocalDate.of(first, 1, 1), LocalDate.of(first + count - 1, 12, 31));
  }

  /** "early" keeps the first third of a span, "mid" the middle third, "late" the last third. */
  private static DateRange modify(DateRange r, String text, boolean span) {
    if (!span || r.earliest() == null || r.latest() == null) {
      return r;
    }
    long days = r.latest().toEpochDay() - r.earliest().toEpochDay() + 1;
    long third = days / 3;
    if (EARLY.matcher(text).find()) {
      return DateRange.between(r.earliest(), r.earliest().plusDays(days - 2 * third - 1 + third / 3));
    }
    if (MID.matcher(text).find()) {
      return DateRange.between(r.earliest().plusDays(third - third / 3), r.latest().minusDays(third - third / 3));
    }
    if (LATE.matcher(text).find()) {
      return DateRange.between(r.latest().minusDays(days - 2 * third - 1 + third / 3), r.latest());
    }
    return r;
  }

  private static int num(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }
}
