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

  @Test
  void theLatestPeriodAndTheYearPeriodOfAResultsReport() {
    List<TimeExpression> ts = times("The maker earned $4 million in the fourth quarter. Sales in the latest period"
        + " rose 5%. In the 2020 period, the company lost $1 million.");
    assertTrue(ts.stream().anyMatch(t -> t.text().equals("the latest period") && "2020-Q4".equals(t.value())), ts.toString());
    assertTrue(ts.stream().anyMatch(t -> t.text().equals("the 2020 period") && "2020-Q4".equals(t.value())), ts.toString());
  }

  @Test
  void untilOpeningASentenceAndMonthsOfPastClauses() {
    assertEquals("2021-03-09", value("Until Tuesday, the police had not named a suspect.", "Tuesday"));
    assertEquals("2020-12", value("Since the fund bought the mill in December, output has doubled.", "December"));
    assertEquals("2021-05", value("The fund will buy the mill in May.", "May"), "a future clause keeps the next May");
    assertEquals("2021-04-14", value("Officials gave no reason for the April 14 deadline.", "April 14"),
        "a date naming a deadline is not the past verb's day");
  }

  @Test
  void monthsTheTaggerMissesWithoutTags() {
    assertEquals("2020-11", value("The chairman stepped down in March for health reasons, and talks resumed in"
        + " mid-November.", "mid-November"));
    assertTrue(times("This march was the largest since the protest in may.").stream()
        .noneMatch(t -> t.text().toLowerCase().contains("march") || t.text().equals("may")));
  }

  @Test
  void ratesFractionsAndTheAgeAreNoTimes() {
    List<TimeExpression> ts = times("The airline flies four flights a week and earns $2 million a year from more"
        + " than a quarter of the route, which shapes today's world.");
    assertEquals(List.of(), ts);
  }

  @Test
  void aLengthBeforeAnEventAndClockTimesOnTheirDay() {
    List<TimeExpression> ts = times("Three days later, the rebels left.");
    assertTrue(ts.stream().anyMatch(t -> t.text().equals("Three days") && "P3D".equals(t.value())), ts.toString());
    List<TimeExpression> clock = times("The blast occurred at 10:35 a.m. (0735 GMT) Friday, officials said.");
    assertTrue(clock.stream().anyMatch(t -> t.text().endsWith("10:35 a.m.") && "2021-03-05T10:35".equals(t.value())),
        clock.toString());
    assertEquals("2021-03-11T17:00", value("The offer was extended until 5 p.m. EST, March 11.", "5 p.m. EST, March 11"));
  }
}
