package dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dossier.model.Article;
import dossier.model.DateRange;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Time expressions of invented sentences against a publication day (Wednesday 10 March 2021). */
class TimeNormalizerTest {
  private static final LocalDate WED = LocalDate.of(2021, 3, 10);

  private static List<TimeExpression> times(String text, DateRange published) {
    return TimeNormalizer.normalize("t", CoreNlpEngine.standard().annotate(text), published);
  }

  private static TimeExpression find(List<TimeExpression> ts, String text) {
    return ts.stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no '" + text + "' in " + ts));
  }

  @Test
  void relativeExpressionsResolveAgainstThePublicationDay() {
    List<TimeExpression> ts = times("Shelling hit the town late last month. The envoy arrived on Monday"
        + " and met the mayor yesterday. The talks began in early April 2019.", DateRange.exact(WED));
    TimeExpression late = find(ts, "late last month");
    assertEquals("2021-02", late.value());
    assertEquals(DateRange.between(LocalDate.of(2021, 2, 16), LocalDate.of(2021, 2, 28)), late.range());
    assertEquals("2021-03-08", find(ts, "Monday").value(), "a past Monday in narrative");
    assertEquals("2021-03-09", find(ts, "yesterday").value());
    TimeExpression april = find(ts, "early April 2019");
    assertEquals(LocalDate.of(2019, 4, 1), april.range().earliest());
    assertEquals(LocalDate.of(2019, 4, 13), april.range().latest());
  }

  @Test
  void futureClausesLookAhead() {
    List<TimeExpression> ts = times("The ministers will meet again on Friday.", DateRange.exact(WED));
    assertEquals("2021-03-12", find(ts, "Friday").value());
    List<TimeExpression> said = times("Officials said Friday they will send more troops.", DateRange.exact(WED));
    assertEquals("2021-03-05", find(said, "Friday").value(), "'said' ends the look back");
  }

  @Test
  void decadesAndSeasons() {
    List<TimeExpression> ts = times("The war of the early 1990s ended in a truce. Fighting resumed last summer.",
        DateRange.exact(WED));
    TimeExpression nineties = find(ts, "the early 1990s");
    assertEquals("199", nineties.value());
    assertEquals(LocalDate.of(1990, 1, 1), nineties.range().earliest());
    TimeExpression summer = find(ts, "last summer");
    assertEquals("2020-SU", summer.value());
    assertEquals(2020, summer.range().earliest().getYear());
  }

  @Test
  void aRangeDatedArticleGetsRangesNeverAnInventedDay() {
    DateRange published = DateRange.between(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31));
    List<TimeExpression> ts = times("The envoy arrived on Monday, two days after the vote of 4 May 2019.",
        published);
    TimeExpression monday = find(ts, "Monday");
    assertFalse(monday.range().isExact(), monday.toString());
    assertEquals(LocalDate.of(2021, 3, 1), monday.range().earliest(), "1 March 2021 was a Monday");
    assertEquals(LocalDate.of(2021, 3, 29), monday.range().latest(), "Monday on or before 31 March");
    assertEquals(DateRange.exact(LocalDate.of(2019, 5, 4)), find(ts, "4 May 2019").range());
    DateRange open = DateRange.between(LocalDate.of(2021, 3, 1), null);
    TimeExpression openMonday = find(times("The envoy arrived on Monday.", open), "Monday");
    assertNull(openMonday.range().latest(), "an open end stays open");
  }

  @Test
  void countsAndAgesAreNoTimes() {
    List<TimeExpression> ts = times("A 6-year-old boy and 1200 soldiers crossed once.", DateRange.exact(WED));
    assertEquals(List.of(), ts);
  }

  @Test
  void documentDatingFromCaptionsAndPastMentions() {
    Article a = Articles.withCaption("x.txt", "Troops withdrew on 3 March 2019, officials said. In early March"
        + " the fighting was the worst in years. Elections are due in 2030.", "Soldiers at a checkpoint, 1 March 2019.",
        "2019-03-01");
    LanguageLayer.Annotated x = Articles.annotate(a);
    DateRange r = x.published().range();
    assertEquals(LocalDate.of(2019, 3, 3), r.earliest(), "the latest past date mentioned");
    assertEquals(LocalDate.of(2020, 2, 29), r.latest(), "a month without a year: within a year");
    assertEquals(dossier.model.DateBasis.CONTENT, x.published().basis());
    Article stated = Articles.dated("y.txt", "Troops withdrew on 3 March 2019.", "2019-03-05");
    assertEquals(stated.published(), Articles.annotate(stated).published(), "a stated day is kept");
  }

  @Test
  void quarterlyReportsAndFiscalYears() {
    // published in October: the third quarter has just ended
    DateRange oct = DateRange.exact(LocalDate.of(2021, 10, 20));
    List<TimeExpression> ts = times("The retailer posted a third-quarter profit of $5 million. Sales rose 8%"
        + " to $90 million. Net income was $3 million a year earlier. For the year ended June 30, the"
        + " group earned $12 million.", oct);
    assertEquals("2020-Q3", find(ts, "a year earlier").value(), "the same quarter a year before");
    assertEquals("P1Y", find(ts, "the year").value(), "a fiscal year ended: a duration");
  }

  @Test
  void dailyIsASetAndAPastVerbEndsTheFutureLookBack() {
    List<TimeExpression> ts = times("The ferry runs daily.", DateRange.exact(WED));
    assertEquals("P1D", find(ts, "daily").value());
    List<TimeExpression> past = times("Rebels who will face trial were arrested Friday.", DateRange.exact(WED));
    assertEquals("2021-03-05", find(past, "Friday").value(), "'were arrested' is past, whatever came before");
  }

  @Test
  void aYearlessDayInAPastClauseOfARangeDatedArticleIsAnHonestRange() {
    DateRange published = DateRange.between(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 6, 30));
    TimeExpression day = find(times("The envoys met in the capital on April 5 and agreed to a truce.", published),
        "April 5");
    assertNull(day.value(), "no invented year: " + day);
    assertEquals(LocalDate.of(2020, 4, 5), day.range().earliest(), "the April 5 before 1 March 2021");
    assertEquals(LocalDate.of(2021, 4, 5), day.range().latest(), "the April 5 before 30 June 2021");
  }

  @Test
  void aHalfOpenPublicationRangeLeavesRelativeExpressionsOpenOnThatSideOnly() {
    DateRange published = DateRange.between(LocalDate.of(2021, 3, 1), null);
    List<TimeExpression> ts = times("The envoys met on April 5 and signed the pact of 4 May 2019.", published);
    TimeExpression day = find(ts, "April 5");
    assertNull(day.value());
    assertEquals(LocalDate.of(2020, 4, 5), day.range().earliest());
    assertNull(day.range().latest());
    assertEquals(DateRange.exact(LocalDate.of(2019, 5, 4)), find(ts, "4 May 2019").range(), "absolute stays exact");
  }

  @Test
  void aWeekdayBesideAYearlessDatePicksItsYearInsideTheRange() {
    // 5 April was a Friday in 2019 (and in 2013 and 2024, outside the range)
    DateRange range = DateRange.between(LocalDate.of(2017, 6, 1), LocalDate.of(2020, 12, 31));
    List<TimeExpression> ts = times("The council met on Friday, April 5, and approved the budget.", range);
    TimeExpression d = ts.stream().filter(t -> t.text().contains("April 5")).findFirst()
        .orElseThrow(() -> new AssertionError(ts.toString()));
    assertEquals("2019-04-05", d.value());
    assertEquals(DateRange.exact(LocalDate.of(2019, 4, 5)), d.range());
    List<TimeExpression> wrong = times("The council met on Thursday, April 5, and approved the budget.",
        DateRange.between(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 12, 31)));
    TimeExpression w = wrong.stream().filter(t -> t.text().contains("April 5")).findFirst()
        .orElseThrow(() -> new AssertionError(wrong.toString()));
    assertFalse(w.range().isExact(), "no Thursday 5 April from June 2018 to 2019: no invented day " + w);
  }

  @Test
  void aWeekdayBesideAYearlessDateNextToAnExactDay() {
    // published Wednesday 10 March 2021; 12 March 2020 was a Thursday, 12 March 2021 a Friday
    List<TimeExpression> ts = times("The council met on Thursday, March 12, and approved the budget.",
        DateRange.exact(WED));
    TimeExpression d = ts.stream().filter(t -> t.text().contains("March 12")).findFirst()
        .orElseThrow(() -> new AssertionError(ts.toString()));
    assertEquals("2020-03-12", d.value());
  }
}
