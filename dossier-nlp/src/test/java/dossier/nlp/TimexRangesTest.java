package dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dossier.model.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimexRangesTest {
  private static final LocalDate ANCHOR = LocalDate.of(2021, 3, 10);

  private static DateRange r(String value, String text) {
    return TimexRanges.range(value, text, ANCHOR);
  }

  private static DateRange between(String a, String b) {
    return DateRange.between(LocalDate.parse(a), LocalDate.parse(b));
  }

  @Test
  void daysMonthsYearsDecadesAndCenturies() {
    assertEquals(DateRange.exact(LocalDate.of(2021, 3, 2)), r("2021-03-02", "March 2"));
    assertEquals(DateRange.exact(LocalDate.of(2021, 3, 2)), r("2021-03-02TNI", "Tuesday night"));
    assertEquals(between("2021-02-01", "2021-02-28"), r("2021-02", "February"));
    assertEquals(between("2020-01-01", "2020-12-31"), r("2020", "last year"));
    assertEquals(between("1990-01-01", "1999-12-31"), r("199", "the 1990s"));
    assertEquals(between("1990-01-01", "1999-12-31"), r("199X", "the 1990s"));
    assertEquals(between("1900-01-01", "1999-12-31"), r("19", "the 20th century"));
  }

  @Test
  void weeksQuartersHalvesAndSeasons() {
    assertEquals(between("2021-03-08", "2021-03-14"), r("2021-W10", "this week"));
    assertEquals(between("2021-03-13", "2021-03-14"), r("2021-W10-WE", "the weekend"));
    assertEquals(between("2020-10-01", "2020-12-31"), r("2020-Q4", "the fourth quarter"));
    assertEquals(between("2021-07-01", "2021-12-31"), r("2021-H2", "the second half"));
    DateRange winter = r("2020-WI", "last winter");
    assertEquals(LocalDate.of(2020, 12, 1), winter.earliest());
    assertEquals(LocalDate.of(2021, 3, 20), winter.latest());
  }

  @Test
  void modifiersKeepAThirdOfTheSpan() {
    DateRange late = r("2021-02", "late last month");
    assertEquals(LocalDate.of(2021, 2, 28), late.latest());
    assertEquals(LocalDate.of(2021, 2, 16), late.earliest());
    DateRange early = r("2021-04", "early April");
    assertEquals(LocalDate.of(2021, 4, 1), early.earliest());
    assertEquals(LocalDate.of(2021, 4, 13), early.latest());
    DateRange earlyNineties = r("199", "the early 1990s");
    assertEquals(LocalDate.of(1990, 1, 1), earlyNineties.earliest());
    assertEquals(1994, earlyNineties.latest().getYear());
    DateRange mid = r("2019", "mid-2019");
    assertEquals(between("2019-03-23", "2019-10-11"), mid, "the middle third of the year");
    assertEquals(DateRange.exact(LocalDate.of(2021, 3, 8)), r("2021-03-08", "late Monday"), "a day stays a day");
  }

  @Test
  void referencesToThePresentAndUnplaceableValues() {
    assertEquals(DateRange.exact(ANCHOR), r("PRESENT_REF", "now"));
    assertEquals(DateRange.between(null, ANCHOR), r("PAST_REF", "recently"));
    assertEquals(DateRange.unknown(), TimexRanges.range("PRESENT_REF", "now", null));
    assertFalse(r("P2W", "two weeks").isKnown());
    assertFalse(r("XXXX-04", "April").isKnown());
    assertFalse(r("2021-13", "nonsense").isKnown());
  }
}
