package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Participant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Descriptions of actors named before ({@link Anaphora}, {@link Descriptions}, {@link
 * TitledPeople}): "the two leaders", "the two countries", "the ministry", "the rebels", "the
 * Velmoran premier", each resolved to the named actors it stands for, and refused where two
 * readings fit. Sentences are our own; the actors are invented.
 */
class AnaphoraTest {
  private static final List<Entity> ENTITIES = List.of(
      new Entity("marlo", "Tomas Marlo", "PERSON", null),
      new Entity("varga", "Elena Varga", "PERSON", null),
      new Entity("oskar", "Karl Oskar", "PERSON", null),
      new Entity("velmora", "Velmora", "COUNTRY", null),
      new Entity("dastria", "Dastria", "COUNTRY", null),
      new Entity("korvia", "Korvia", "COUNTRY", null),
      new Entity("ministry", "Ministry of Justice", "ORGANIZATION", null),
      new Entity("health", "Ministry of Health", "ORGANIZATION", null),
      new Entity("front", "Red Dawn Front", "ORGANIZATION", null),
      new Entity("league", "Northern League", "ORGANIZATION", null),
      new Entity("brenn", "Brenn", "CITY", null));
  private static final Map<String, String> NATIONALITIES = Map.of("Velmoran", "velmora",
      "Dastrian", "dastria");

  private static List<Event> events(String text) {
    return AntecedentFixture.events(text, ENTITIES, NATIONALITIES);
  }

  private static List<Event> of(String text, String type) {
    return events(text).stream().filter(e -> e.type().equals(type)).toList();
  }

  private static Event only(String text, String type) {
    List<Event> es = of(text, type);
    assertEquals(1, es.size(), () -> type + " in: " + text + " -> " + events(text));
    return es.get(0);
  }

  private static Set<String> ids(Event e) {
    return e.participants().stream().map(Participant::entityId).filter(x -> x != null)
        .collect(Collectors.toSet());
  }

  @Test
  void theTwoLeadersAreTheTwoTitledPeopleNamedBefore() {
    String text = "Presidents Tomas Marlo of Velmora and Elena Varga of Dastria opened a trade "
        + "fair in Brenn on Friday. Their aide Karl Oskar praised the mood. Visitors crowded the "
        + "halls all day. The two leaders also pledged to meet every spring.";
    Event e = only(text, "AGREE");
    assertTrue(ids(e).containsAll(Set.of("marlo", "varga")), e.toString());
    assertTrue(!ids(e).contains("oskar"), e.toString());
  }

  @Test
  void bothLeadersIsTheSameButTwoLeadersWithNoArticleIsNotTheOnesNamed() {
    String named = "President Tomas Marlo flew to Brenn on Thursday. He was greeted there by "
        + "President Elena Varga of Dastria. ";
    Event e = only(named + "Both presidents signed a water treaty on Friday.", "AGREE");
    assertTrue(ids(e).containsAll(Set.of("marlo", "varga")), e.toString());
    String text = named + "Two presidents signed a water treaty on Friday.";
    assertTrue(of(text, "AGREE").stream().noneMatch(x -> ids(x).contains("marlo")),
        () -> events(text).toString());
  }

  @Test
  void theTwoPresidentsSignedIsAnAgreementOfBoth() {
    String text = "President Tomas Marlo flew to Brenn on Thursday. He was greeted there by "
        + "President Elena Varga of Dastria. The two presidents signed a water treaty on Friday.";
    Event e = only(text, "AGREE");
    assertTrue(ids(e).containsAll(Set.of("marlo", "varga")), e.toString());
  }

  @Test
  void theTwoCountriesAreTheTwoNamedBefore() {
    String text = "Velmora and Dastria have quarrelled over river water for a decade. On Monday "
        + "the two countries agreed to share the flow of the river.";
    Event e = only(text, "AGREE");
    assertTrue(ids(e).containsAll(Set.of("velmora", "dastria")), e.toString());
  }

  @Test
  void threeCountriesNamedForTwoIsNoAnswer() {
    // three countries in the sentence before: which two agreed is not said
    String text = "Velmora, Dastria and Korvia share the long river. The two "
        + "countries agreed to share the flow of the river.";
    assertEquals(List.of(), events(text), text);
  }

  @Test
  void aThirdLeaderMakesTheTwoLeadersAmbiguous() {
    String text = "President Tomas Marlo, President Elena Varga and Prime Minister Karl Oskar "
        + "arrived in Brenn on Friday. The two leaders pledged to meet every spring.";
    assertEquals(List.of(), of(text, "AGREE"), () -> events(text).toString());
  }

  @Test
  void theMinistryIsTheOneMinistryNamedBefore() {
    String text = "The Ministry of Justice moved into a new building in Brenn last year. On "
        + "Tuesday the ministry accused Velmora of hiding the names of the guards.";
    Event e = only(text, "ACCUSE");
    assertEquals("SOURCE", role(e, "ministry"), e.toString());
    assertEquals("TARGET", role(e, "velmora"), e.toString());
  }

  @Test
  void twoMinistriesNamedMakeTheMinistryNoAnswer() {
    String text = "The Ministry of Justice and the Ministry of Health moved into a new building in "
        + "Brenn last year. On Tuesday the ministry accused Velmora of hiding the names of "
        + "the guards.";
    assertTrue(of(text, "ACCUSE").stream().noneMatch(e -> ids(e).contains("ministry")
        || ids(e).contains("health")), () -> events(text).toString());
  }

  @Test
  void theRebelsAreTheGroupTheTextCalledRebels() {
    String text = "Red Dawn Front rebels seized two villages near Brenn last week. On Sunday "
        + "the rebels accused Velmora of shelling a market.";
    Event e = only(text, "ACCUSE");
    assertEquals("SOURCE", role(e, "front"), e.toString());
  }

  @Test
  void thePartyIsTheOrganisationTheTextCalledAParty() {
    String text = "The Northern League, a small opposition party, lost two seats in Brenn. "
        + "The party accused Velmora of rigging the count.";
    Event e = only(text, "ACCUSE");
    assertEquals("SOURCE", role(e, "league"), e.toString());
  }

  @Test
  void theNationalLeaderIsThePersonWithThatTitleAndCountry() {
    String text = "Velmoran Prime Minister Tomas Marlo and Dastrian President Elena Varga held "
        + "talks in Brenn. Later the Dastrian leader accused Korvia of arming the smugglers.";
    Event e = only(text, "ACCUSE");
    assertEquals("SOURCE", role(e, "varga"), e.toString());
    assertTrue(!ids(e).contains("marlo"), e.toString());
  }

  @Test
  void theNationalPremierWithTwoSuchPeopleIsNoAnswer() {
    String text = "Velmoran President Tomas Marlo and Velmoran President Karl Oskar met in "
        + "Brenn. The Velmoran president accused Korvia of arming the smugglers.";
    assertTrue(of(text, "ACCUSE").stream().noneMatch(e -> ids(e).contains("marlo")
        || ids(e).contains("oskar")), () -> events(text).toString());
  }

  private static String role(Event e, String id) {
    return e.participants().stream().filter(p -> id.equals(p.entityId())).findFirst()
        .map(Participant::role).orElse(null);
  }
}
