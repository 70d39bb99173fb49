package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import dossier.model.GenericActor;
import dossier.model.Participant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sides the text gives without a name: controllers, bodies of parties, proxies, crowds. */
class SidesTest {
  /** The one event of {@code type} in {@code text}. */
  private static Event one(String text, String type) {
    List<Event> es = ActsFixture.events(text).stream().filter(e -> e.type().equals(type)).toList();
    assertEquals(1, es.size(), text + " " + ActsFixture.events(text));
    return es.get(0);
  }

  /** The generic actor taking part in {@code e}, or null. */
  private static GenericActor generic(Event e) {
    return e.participants().stream().filter(Participant::isGeneric).map(Participant::actor)
        .findFirst().orElse(null);
  }

  @Test
  void byGerundTakesTheDoerOfTheClauseAbove() {
    String text = "Tomas Marlo ended the standoff on Monday by promising to withdraw from the "
        + "hills along the Dastrian frontier.";
    assertTrue(ActsFixture.role(one(text, "AGREE"), "marlo", "SOURCE"));
    assertTrue(ActsFixture.role(one(text, "RETREAT"), "marlo", "SOURCE"));
  }

  @Test
  void aPassiveControllerNamesNoDoer() {
    // the one who forced the withdrawal is not named: no side
    ActsFixture.none("The garrison was forced to withdraw from the old fortress by winter.");
  }

  @Test
  void aBodyOfPartiesAgreesAlone() {
    Event e = one("Foreign ministers of the member states agreed on Tuesday to create a small "
        + "board to audit the fund.", "AGREE");
    assertEquals("ministers", generic(e).label());
  }

  @Test
  void aBodyOfPartiesBesideANameIsTheSecondSide() {
    Event e = one("Northern countries and the Justice Ministry agreed to lend Velmora large sums "
        + "at low rates.", "AGREE");
    assertTrue(ActsFixture.role(e, "ministry", "SOURCE"));
    GenericActor g = generic(e);
    assertEquals("countries", g.label());
    assertNull(g.affiliationId(), "a conjunct is no tie");
  }

  @Test
  void twoOfThemOrSomeOfThemAreNoBody() {
    // "the two leaders" stand for two named parties (resolved elsewhere); "some" is a kind
    assertEquals(List.of(), ActsFixture.types("Some countries agreed to cut their tariffs."));
    assertEquals(List.of(), ActsFixture.types("The two leaders agreed to cut their tariffs."));
  }

  @Test
  void aRequestToSignIsNoAgreement() {
    assertEquals(List.of("REQUEST"),
        ActsFixture.types("Velmora urged all northern states to sign a pact on river traffic."));
  }

  @Test
  void someoneCloseToAnOfficeHolderMeets() {
    Event e = one("A source said the governor's nephew met with Tomas Marlo last week.", "CONSULT");
    assertTrue(ActsFixture.role(e, "marlo", "TARGET"));
    assertEquals("relative", generic(e).label());
    assertEquals("the governor's nephew", generic(e).text());
  }

  @Test
  void aFamilyVisitIsNoMeeting() {
    ActsFixture.none("Tomas Marlo was visiting his mum in Brenn when the storm came.");
    ActsFixture.none("Her brother met with Tomas Marlo at the station.");
  }

  @Test
  void aCrowdDenouncesWhateverItsCount() {
    Event e = one("Many local villagers condemned the vandalism, but the quarrel then moved "
        + "to the courts.", "ACCUSE");
    assertEquals("CVL", generic(e).sector());
  }

  @Test
  void aCrowdThatOnlySpeaksOrHopesMakesNoAccusation() {
    ActsFixture.none("Many residents said the vandalism was a shame.");
    ActsFixture.none("Many villagers wanted to condemn the vandalism.");
  }
}
