package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.DateRange;
import dossier.model.Entity;
import dossier.model.Event;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One verb with several objects, each on its own day or in its own place ("met A on Monday and B
 * on Tuesday"): one event per object, with that object's date and place, from one sentence.
 */
class ConjunctsTest {
  private static final List<Entity> ENTITIES = List.of(
      new Entity("marlo", "Tomas Marlo", "PERSON", null),
      new Entity("velmora", "Velmora", "COUNTRY", null),
      new Entity("dastria", "Dastria", "COUNTRY", null),
      new Entity("brenn", "Brenn", "COUNTRY", null),
      new Entity("ostrig", "Ostrig", "CITY", null),
      new Entity("kaleth", "Kaleth", "CITY", null));
  private static final Map<String, String> NATIONALITIES = Map.of("Velmoran", "velmora",
      "Dastrian", "dastria");

  private static List<Event> consults(String text) {
    List<Event> es = ActsFixture.dated(text, ENTITIES, NATIONALITIES).stream()
        .filter(e -> e.type().equals("CONSULT")).toList();
    System.out.println("CONJUNCTS " + text + "\n   -> " + es);
    return es;
  }

  /** The one event of {@code es} with {@code id} as its target. */
  private static Event with(List<Event> es, String id) {
    List<Event> hits = es.stream().filter(e -> ActsFixture.role(e, id, "TARGET")).toList();
    assertEquals(1, hits.size(), id + " in " + es);
    return hits.get(0);
  }

  private static DateRange on(String weekday) {
    return DateRange.exact(ActsFixture.weekday(weekday));
  }

  @Test
  void twoObjectsOnTwoDaysAreTwoMeetings() {
    String text = "Velmora's foreign minister met the Dastrian premier on Monday and the Brenn "
        + "envoy on Tuesday.";
    List<Event> es = consults(text);
    assertEquals(2, es.size(), es.toString());
    Event monday = with(es, "dastria");
    Event tuesday = with(es, "brenn");
    assertEquals(on("Monday"), monday.date());
    assertEquals(on("Tuesday"), tuesday.date());
    assertTrue(ActsFixture.role(monday, "velmora", "SOURCE"), monday.toString());
    assertTrue(ActsFixture.role(tuesday, "velmora", "SOURCE"), tuesday.toString());
    assertTrue(!ActsFixture.role(monday, "brenn", "TARGET") && !ActsFixture.role(tuesday,
        "dastria", "TARGET"), es.toString());
    for (Event e : es) { // both told by the one sentence
      assertEquals(1, e.sources().size());
      assertEquals(0, e.sources().get(0).start());
      assertEquals(text.length(), e.sources().get(0).end());
    }
  }

  @Test
  void eachObjectKeepsItsOwnPlace() {
    List<Event> es = consults("Tomas Marlo met the Dastrian premier in Ostrig on Monday and the "
        + "Velmoran envoy in Kaleth on Tuesday.");
    assertEquals(2, es.size(), es.toString());
    Event monday = with(es, "dastria");
    Event tuesday = with(es, "velmora");
    assertEquals(on("Monday"), monday.date());
    assertEquals("ostrig", monday.locationId());
    assertEquals(on("Tuesday"), tuesday.date());
    assertEquals("kaleth", tuesday.locationId());
    assertTrue(ActsFixture.role(tuesday, "marlo", "SOURCE"), tuesday.toString());
  }

  @Test
  void twoObjectsInTwoPlacesAreTwoMeetings() {
    List<Event> es = consults("Tomas Marlo met the Dastrian premier in Ostrig and the Velmoran "
        + "envoy in Kaleth.");
    assertEquals(2, es.size(), es.toString());
    assertEquals("ostrig", with(es, "dastria").locationId());
    assertEquals("kaleth", with(es, "velmora").locationId());
  }

  @Test
  void twoVerbsOfOneSubjectOnTwoDaysAreTwoEvents() {
    List<Event> es = consults("Tomas Marlo met the Dastrian premier on Monday and visited "
        + "Velmora on Wednesday.");
    assertEquals(2, es.size(), es.toString());
    assertEquals(on("Monday"), with(es, "dastria").date());
    assertEquals(on("Wednesday"), with(es, "velmora").date());
  }

  @Test
  void eachMeetingMergesWithItsOwnReportElsewhere() {
    List<Event> es = ActsFixture.dated(List.of(
        "Tomas Marlo met the Dastrian premier on Monday and the Velmoran envoy on Tuesday.",
        "Tomas Marlo met the Velmoran envoy in Kaleth on Tuesday."), ENTITIES, NATIONALITIES)
        .stream().filter(e -> e.type().equals("CONSULT")).toList();
    assertEquals(2, es.size(), es.toString());
    assertEquals(1, with(es, "dastria").sources().size());
    Event tuesday = with(es, "velmora");
    assertEquals(2, tuesday.sources().size(), tuesday.toString());
    assertEquals(on("Tuesday"), tuesday.date());
  }

  @Test
  void twoObjectsOnOneDayAreOneMeeting() {
    List<Event> es = consults("Tomas Marlo met the Dastrian premier and the Velmoran envoy on "
        + "Monday.");
    assertEquals(1, es.size(), es.toString());
    assertTrue(ActsFixture.role(es.get(0), "dastria", "TARGET")
        && ActsFixture.role(es.get(0), "velmora", "TARGET"), es.toString());
    assertEquals(on("Monday"), es.get(0).date());
  }

  @Test
  void eachMeetingOfAClaimKeepsItsClaimant() {
    List<Event> es = consults("Tomas Marlo said Velmora's foreign minister met the Dastrian "
        + "premier on Monday and the Brenn envoy on Tuesday.");
    assertEquals(2, es.size(), es.toString());
    for (Event e : es) {
      assertEquals("claimed", e.status(), e.toString());
      assertEquals(1, e.claims().size(), e.toString());
      assertEquals("marlo", e.claims().get(0).claimantId(), e.toString());
    }
  }
}
