package dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dossier.model.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingDayTest {
  @Test
  void datelinesAndTodayNameTheDayOfWriting() {
    assertEquals(DayOfWeek.MONDAY, ReportingDay.of("VIENNA, Monday (AFP) \u2014", "Talks began."));
    assertEquals(DayOfWeek.FRIDAY, ReportingDay.of(null, "The minister said today (Friday) that talks failed."));
    assertEquals(DayOfWeek.SUNDAY, ReportingDay.of(null, "Crowds gathered on Sunday, today, in the square."));
    assertNull(ReportingDay.of("VIENNA \u2014", "Talks began on Monday."), "a weekday alone is no day of writing");
  }

  @Test
  void narrowsOnlyWhereTheWeekdayFits() {
    DateRange r = DateRange.between(LocalDate.of(2021, 3, 10), LocalDate.of(2021, 3, 20));
    assertEquals(DateRange.between(LocalDate.of(2021, 3, 15), LocalDate.of(2021, 3, 15)),
        ReportingDay.narrow(r, DayOfWeek.MONDAY));
    DateRange open = DateRange.between(LocalDate.of(2021, 3, 10), null);
    assertEquals(DateRange.between(LocalDate.of(2021, 3, 12), null), ReportingDay.narrow(open, DayOfWeek.FRIDAY));
    DateRange short3 = DateRange.between(LocalDate.of(2021, 3, 10), LocalDate.of(2021, 3, 12));
    assertEquals(short3, ReportingDay.narrow(short3, DayOfWeek.MONDAY), "no Monday in it: the evidence disagrees");
  }

  @Test
  void holidaysOfAYear() {
    assertEquals(LocalDate.of(2021, 4, 4), Holidays.easter(2021));
    assertEquals(LocalDate.of(2000, 4, 23), Holidays.easter(2000));
    assertEquals(LocalDate.of(1999, 11, 25), Holidays.of("thanksgiving", 1999));
  }
}
