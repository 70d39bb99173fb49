package dossier.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateTextTest {
  private static LocalDate first(String s, boolean us) {
    List<DateText.Found> f = DateText.find(s, us);
    return f.isEmpty() ? null : f.get(0).date();
  }

  @Test
  void readsCommonForms() {
    assertEquals(LocalDate.of(2020, 10, 9), first("Updated 2020-10-09 14:00", false));
    assertEquals(LocalDate.of(2020, 10, 9), first("am 09.10.2020 um 14 Uhr", false));
    assertEquals(LocalDate.of(2020, 10, 9), first("9. Oktober 2020", false));
    assertEquals(LocalDate.of(2020, 10, 9), first("Friday 9th October 2020", false));
    assertEquals(LocalDate.of(2020, 10, 9), first("Oct. 9, 2020", false));
    assertEquals(LocalDate.of(2021, 3, 2), first("2. Mär 2021", false));
    assertEquals(LocalDate.of(2020, 10, 9), first("10/09/2020", true));
    assertEquals(LocalDate.of(2020, 9, 10), first("10/09/2020", false));
  }

  @Test
  void readsMonthNamesOfOtherLanguages() {
    assertEquals(LocalDate.of(2018, 6, 5), first("mardi 5 juin 2018", false));
    assertEquals(LocalDate.of(2019, 7, 1), first("Publié le 1er juillet 2019", false));
    assertEquals(LocalDate.of(2020, 1, 14), first("14 de enero de 2020", false));
    assertEquals(LocalDate.of(2020, 1, 14), first("Notizia del 14 Gennaio 2020", false));
    assertEquals(LocalDate.of(2016, 8, 15), first("15 августа 2016, 13:43", false));
    // A month name inside a longer word is no month: "Marsch 3 2019" has no date.
    assertNull(first("Marsch 3 2019", false));
  }

  @Test
  void rejectsImpossibleDaysAndKeepsMonths() {
    assertNull(first("31.02.2020", false));
    DateText.Found m = DateText.find("Ausgabe Juni 2019", false).get(0);
    assertFalse(m.day());
    assertEquals(6, m.date().getMonthValue());
  }

  @Test
  void metadataValues() {
    assertEquals(LocalDate.of(2020, 10, 9), DateText.value("20201009").date());
    assertEquals(LocalDate.of(2020, 10, 9), DateText.value("2020-10-09T23:59:00-05:00").date());
    assertNull(DateText.value("not a date"));
  }
}
