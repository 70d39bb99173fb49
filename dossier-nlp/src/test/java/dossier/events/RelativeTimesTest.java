package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Mention;
import dossier.model.PublicationDate;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeTimesTest {
  private static final LocalDate DAY = LocalDate.parse("2024-06-10");
  private static final List<Entity> ENTITIES = List.of(
      new Entity("velmora", "Velmora", "COUNTRY", null),
      new Entity("dastria", "Dastria", "COUNTRY", null));

  /** The events of {@code text}, with {@code when} a time expression worth {@code range}. */
  private static List<Event> events(String text, String when, DateRange range) {
    Article a = new Article(ArticleIds.of("r.txt", text), "r.txt", null, null, text, null, null,
        List.of(), null, null, null,
        new PublicationDate(DateRange.exact(DAY), DateBasis.STATED, null, 0.9), "en", null);
    List<Mention> mentions = new ArrayList<>();
    for (Entity e : ENTITIES) {
      for (int at = text.indexOf(e.name()); at >= 0; at = text.indexOf(e.name(), at + 1)) {
        mentions.add(new Mention(a.id(), at, at + e.name().length(), e.name(), "X", e.id()));
      }
    }
    int at = text.indexOf(when);
    List<TimeExpression> times = List.of(new TimeExpression(a.id(), at, at + when.length(), when,
        "DATE", "2024-07", range));
    return EventStage.run(List.of(a), ENTITIES, mentions, times);
  }

  @Test
  void aTimeInARelativeClauseDoesNotDateTheMainEvent() {
    DateRange july = new DateRange(null, LocalDate.parse("2024-07-01"),
        LocalDate.parse("2024-07-31"));
    List<Event> es = events("Velmora, whose mandate on the council runs out in July, met Dastria "
        + "in the border town.", "July", july);
    assertTrue(es.stream().anyMatch(e -> e.type().equals("CONSULT")
        && e.status().equals("happened")), es.toString());
  }

  @Test
  void aTimeOfTheEventItselfStillDatesIt() {
    DateRange july = new DateRange(null, LocalDate.parse("2024-07-01"),
        LocalDate.parse("2024-07-31"));
    List<Event> es = events("Velmora will meet Dastria in July in the border town.", "July", july);
    assertEquals(1, es.size(), es.toString());
    assertEquals(july, es.get(0).date());
  }

  // the report is of Monday 10 June; the time layer, with no tags, puts a bare "Thursday" on the 6th
  private static final DateRange LAST_THURSDAY = DateRange.exact(LocalDate.parse("2024-06-06"));

  @Test
  void aPresentTenseWithAWeekdaySchedulesTheAct() {
    List<Event> es = events("The leaders of Velmora and Dastria meet separately Thursday in the "
        + "border town.", "Thursday", LAST_THURSDAY);
    assertEquals(1, es.size(), es.toString());
    assertEquals(DateRange.exact(LocalDate.parse("2024-06-13")), es.get(0).date());
    assertEquals("planned", es.get(0).status());
    assertEquals("AGREE", es.get(0).type()); // PLOVER: a meeting still to come
    List<Event> base = events("He and the leader of Dastria meet separately Thursday with "
        + "Velmora's foreign minister.", "Thursday", LAST_THURSDAY); // "meet" tagged VB
    assertEquals("planned", base.get(0).status(), base.toString());
  }

  @Test
  void aPastTenseOrASayingWithAWeekdayStaysInThePast() {
    List<Event> met = events("The leaders of Velmora and Dastria met separately Thursday in the "
        + "border town.", "Thursday", LAST_THURSDAY);
    assertEquals(LAST_THURSDAY, met.get(0).date(), met.toString());
    assertEquals("happened", met.get(0).status());
    List<Event> says = events("Velmora says Thursday that Dastria shelled the border town.",
        "Thursday", LAST_THURSDAY);
    assertTrue(says.stream().noneMatch(e -> e.date().value() != null
        && e.date().value().isAfter(DAY)), says.toString());
  }

  @Test
  void aTimeWordInsideAHyphenatedModifierDatesNothing() {
    // SUTime reads "third day" in "third day-long meeting" as a day two days after the report
    DateRange later = DateRange.exact(DAY.plusDays(2));
    List<Event> es = events("Velmora held a third day-long meeting with Dastria on the border.",
        "third day", later);
    assertEquals(1, es.size(), es.toString());
    assertEquals("CONSULT", es.get(0).type());
    assertEquals("happened", es.get(0).status());
    // no time of its own: the report's day or, told in the past, the day before
    assertEquals(DateRange.between(DAY.minusDays(1), DAY), es.get(0).date());
  }

  @Test
  void aYearThatOnlyNamesAThingDatesNoEvent() {
    DateRange year = DateRange.between(LocalDate.parse("1998-01-01"),
        LocalDate.parse("1998-12-31"));
    List<Event> es = events("Velmora urged Dastria to respect the 1998 ceasefire line.", "1998",
        year);
    assertEquals(1, es.size(), es.toString());
    assertEquals("REQUEST", es.get(0).type());
    assertEquals(DateRange.between(DAY.minusDays(1), DAY), es.get(0).date(),
        "the report's days, not the line's year");
    // the thing signed is one arc from the signing: its day is the signing's
    DateRange feb23 = DateRange.exact(LocalDate.parse("2024-02-23"));
    List<Event> signed = events("Inspectors must follow the Feb. 23 accord signed by Velmora and "
        + "Dastria.", "Feb. 23", feb23);
    assertEquals(feb23, signed.get(0).date(), signed.toString());
  }
}
