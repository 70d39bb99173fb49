package dossier.stories;

import dossier.model.DateRange;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an article's event happened, as story clustering compares it: its publication range when
 * that is bounded; otherwise what its own time expressions say. Two signals serve undated reports:
 * <ul>
 *   <li>a bare year the article treats as past ("the 2020 war") lifts its lower bound past that
 *       year: news style writes the year only when it is not the current one;</li>
 *   <li>an article with no upper bound is about its latest day named with month and year ("on 9
 *       October 2020"): its event lies in the fortnight from that day;</li>
 *   <li>days named without a year ("April 5", resolved to {@code XXXX-04-05}) place the event in a
 *       season: a report on fighting around April 5 is not about talks in October of any year.</li>
 * </ul>
 */
record EventTime(long lo, long hi, int dayOfYear) {
  /** No month-day known. */
  static final int NO_DAY = 0;
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
  private static final Pattern MONTH_DAY = Pattern.compile("XXXX-(\\d\\d)-(\\d\\d)");

  /** The event time of an article published in {@code published} that says {@code times}. */
  static EventTime of(DateRange published, List<TimeExpression> times) {
    LocalDate lo = published.earliest();
    LocalDate hi = published.latest();
    if (lo != null && hi != null) {
      return new EventTime(lo.toEpochDay(), hi.toEpochDay(), NO_DAY);
    }
    int lastYear = Integer.MIN_VALUE;
    LocalDate lastDay = null;
    int day = NO_DAY;
    for (TimeExpression t : times == null ? List.<TimeExpression>of() : times) {
      String v = t.value() == null ? "" : t.value();
      Matcher md = MONTH_DAY.matcher(v);
      if (YEAR.matcher(v).matches() && t.range().isKnown()) {
        lastYear = Math.max(lastYear, Integer.parseInt(v));
      } else if (DAY.matcher(v).matches() && t.range().isExact()) {
        lastDay = lastDay == null || t.range().value().isAfter(lastDay) ? t.range().value() : lastDay;
      } else if (md.matches() && "DATE".equals(t.timexType())) {
        try {
          // the latest named day: a report's own event is its most recent one
          day = Math.max(day, MonthDay.of(Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2)))
              .atYear(2001).getDayOfYear());
        } catch (java.time.DateTimeException e) {
          // an impossible day ("XXXX-02-30") says nothing
        }
      }
    }
    if (lastDay != null && (lo == null || !lastDay.isBefore(lo))) {
      return new EventTime(lastDay.toEpochDay(), lastDay.toEpochDay() + StoryDoc.REPORT_DAYS, NO_DAY);
    }
    // only a year the dating already took as past (its lower bound lies in it) is moved past
    if (lo != null && hi == null && lo.getYear() == lastYear) {
      lo = LocalDate.of(lastYear + 1, 1, 1);
    }
    return new EventTime(lo == null ? StoryDoc.UNDATED : lo.toEpochDay(),
        hi == null ? StoryDoc.UNDATED : hi.toEpochDay(), day);
  }

  /** An event time with nothing known. */
  static EventTime unknown() {
    return new EventTime(StoryDoc.UNDATED, StoryDoc.UNDATED, NO_DAY);
  }
}
