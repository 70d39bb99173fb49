package dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.DateRange;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value and extent rules on invented sentences, published on Wednesday 10 March 2021. */
class TimexRulesTest {
  private static final DateRange WED = DateRange.exact(LocalDate.of(2021, 3, 10));

  private static List<TimeExpression> times(String text) {
    return TimeNormalizer.normalize("t", CoreNlpEngine.standard().annotate(text), WED);
  }

  private static String value(String text, String expression) {
    return times(text).stream().filter(t -> t.text().equals(expression)).findFirst()
        .orElseThrow(() -> new AssertionError("no '" + expression + "' in " + times(text))).value();
  }

  @Test
  void aPlanAlreadyPastAndNotUntilAreNotFuture() {
    assertEquals("2021-03-05", value("The offer had been due to expire Friday.", "Friday"));
    assertEquals("2021-03-09", value("It was not until Tuesday that the minister spoke.", "Tuesday"));
    assertEquals("2021-03-12", value("The offer is due to expire Friday.", "Friday"), "a plan still ahead");
  }

  @Test
  void aPeriodEndedOnADayIsPast() {
    assertEquals("2020-03-31", value("Sales were $5 million in the year ended March 31.", "March 31"));
  }

  @Test
  void lastWeekdayWrittenOnThatWeekdayIsTheWeekBefore() {
    assertEquals("2021-03-03", value("The board met last Wednesday.", "last Wednesday"));
  }

  @Test
  void theWeekendAndHolidaysFollowTheTense() {
    assertEquals("2021-W09-WE", value("Officials met over the weekend in the capital.", "the weekend"));
    assertEquals("2020-12-25", value("Crowds gathered in the square at Christmas.", "Christmas"));
    assertEquals("2020-11-26", value("The family met at Thanksgiving.", "Thanksgiving"));
    assertEquals("2021-04-04", value("The pilgrims will arrive at Easter.", "Easter"));
  }

  @Test
  void spelledOutYearsAndTheCurrentFiscalYear() {
    assertEquals("1996", value("The treaty was signed in nineteen ninety-six.", "nineteen ninety-six"));
    assertEquals("2021", value("Sales will grow in the current fiscal year.", "the current fiscal year"));
  }

  @Test
  void yearEarlierPeriodsOfQuarterlyReports() {
    List<TimeExpression> ts = times("The maker lost $3 million in the fourth quarter, compared with a year-earlier"
        + " profit of $1 million. In the year-earlier quarter, sales were flat.");
    assertTrue(ts.stream().anyMatch(t -> t.text().equals("year-earlier") && "2019-Q4".equals(t.value())), ts.toString());
    assertTrue(ts.stream().anyMatch(t -> t.text().equals("the year-earlier quarter") && "2019-Q4".equals(t.value())),
        ts.toString());
  }

  @Test
  void agesFractionsAndOrdinalsAreNoTimes() {
    List<TimeExpression> ts = times("The 52 years old driver took about three-quarters of the votes in a second round.");
    assertEquals(List.of(), ts);
  }
}
