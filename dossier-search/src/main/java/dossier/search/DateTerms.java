package dossier.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

/**
 * Dates in a query: a year (2020), a month (2020-10) or a day (2020-10-05), alone or as the ends of
 * a range; a record matches when its date range intersects the one asked for.
 */
final class DateTerms {
  private DateTerms() {}

  /** Everything a date term may denote: the whole year, month or day. */
  static Query of(String text) throws ParseException {
    LocalDate[] span = span(text);
    return intersects(span[0], span[1]);
  }

  /** {@code [a TO b]}; an open end is null or "*"; exclusive ends leave out the day, month or year named. */
  static Query range(String a, String b, boolean fromInclusive, boolean toInclusive) throws ParseException {
    LocalDate lo = LocalDate.of(1, 1, 1);
    LocalDate hi = LocalDate.of(9999, 12, 31);
    if (!open(a)) {
      LocalDate[] s = span(a);
      lo = fromInclusive ? s[0] : s[1].plusDays(1);
    }
    if (!open(b)) {
      LocalDate[] s = span(b);
      hi = toInclusive ? s[1] : s[0].minusDays(1);
    }
    if (hi.isBefore(lo)) {
      throw new ParseException("the date range " + a + " TO " + b + " is empty");
    }
    return intersects(lo, hi);
  }

  private static boolean open(String s) {
    return s == null || s.equals("*") || s.isEmpty();
  }

  private static Query intersects(LocalDate lo, LocalDate hi) {
    return IntRange.newIntersectsQuery(Fields.PUBLISHED, new int[] {(int) lo.toEpochDay()},
        new int[] {(int) hi.toEpochDay()});
  }

  private static LocalDate[] span(String text) throws ParseException {
    String t = text.strip();
    try {
      if (t.matches("\\d{4}")) {
        int y = Integer.parseInt(t);
        return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(t);
        return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate d = LocalDate.parse(t);
        return new LocalDate[] {d, d};
      }
    } catch (DateTimeParseException e) {
      // falls through to the message below
    }
    throw new ParseException("'" + abbreviate(t) + "' is not a date: write 2020, 2020-10 or 2020-10-05");
  }

  static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
