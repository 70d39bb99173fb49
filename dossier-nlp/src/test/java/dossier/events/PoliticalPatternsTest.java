package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Entity;
import dossier.model.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Constructions of political news that tell an event without the two named sides or the plain
 * clause the other doors read: visits, reduced relative clauses, threats to answer any attack,
 * invitations to join, ratifications and statements of support by a body.
 */
class PoliticalPatternsTest {
  private static final List<Entity> ENTITIES = List.of(
      new Entity("marlo", "Tomas Marlo", "PERSON", null),
      new Entity("roll", "Ana Roll", "PERSON", null),
      new Entity("velmora", "Velmora", "COUNTRY", null),
      new Entity("dastria", "Dastria", "COUNTRY", null),
      new Entity("council", "Ostrig Council", "ORGANIZATION", null),
      new Entity("brenn", "Brenn", "CITY", null));
  private static final Map<String, String> NATIONALITIES = Map.of("Velmoran", "velmora");

  private static List<Event> events(String text) {
    return ActsFixture.events(text, LocalDate.parse("2024-06-10"), ENTITIES, NATIONALITIES);
  }

  private static Event only(String type, String text) {
    List<Event> es = events(text);
    return es.stream().filter(e -> e.type().equals(type)).findFirst()
        .orElseThrow(() -> new AssertionError(text + " " + es));
  }

  private static boolean has(String type, String text) {
    return events(text).stream().anyMatch(e -> e.type().equals(type));
  }

  @Test
  void aVisitByAPoliticalActorIsAConsultation() {
    Event country = only("CONSULT", "Velmora visited Dastria on Monday.");
    assertTrue(ActsFixture.role(country, "dastria", "TARGET"), country.toString());
    Event city = only("CONSULT", "Velmoran President Tomas Marlo visited Brenn on Monday.");
    assertTrue(ActsFixture.role(city, "marlo", "SOURCE"), city.toString());
    assertEquals("brenn", city.locationId(), city.toString()); // a city is where, not a host
    Event noun = only("CONSULT", "President Tomas Marlo's visit to Dastria ended on Tuesday.");
    assertTrue(ActsFixture.role(noun, "marlo", "SOURCE"), noun.toString());
    assertTrue(ActsFixture.role(noun, "dastria", "TARGET"), noun.toString()); // the host
    Event during = only("CONSULT",
        "During a visit to Dastria, Prime Minister Tomas Marlo signed a trade pact.");
    assertTrue(ActsFixture.role(during, "dastria", "TARGET"), during.toString());
    // a town named with its country: that country hosts
    Event named = only("CONSULT", "President Tomas Marlo visited Brenn, Dastria, on Monday.");
    assertTrue(ActsFixture.role(named, "dastria", "TARGET"), named.toString());
    Event capital = only("CONSULT", "Dastria's President Tomas Marlo visited the Velmoran "
        + "capital Brenn on Monday.");
    assertTrue(ActsFixture.role(capital, "velmora", "TARGET"), capital.toString());
    Event made = only("CONSULT", "Foreign Minister Tomas Marlo spoke during a visit to Brenn.");
    assertTrue(ActsFixture.role(made, "marlo", "SOURCE"), made.toString());
  }

  @Test
  void aVisitByNoPoliticalActorOrToNoPlaceIsNone() {
    assertFalse(has("CONSULT", "The singer Ana Roll visited Brenn on Monday."));
    assertFalse(has("CONSULT", "The singer Ana Roll's visit to Dastria ended on Monday."));
    assertFalse(has("CONSULT", "The Velmoran football team visited Brenn last week."));
    assertFalse(has("CONSULT", "Tourists visited Dastria in record numbers."));
    assertFalse(has("CONSULT", "President Tomas Marlo visited flood victims in Brenn."));
  }

  @Test
  void aReducedRelativeClauseGivesTheNounItsMaker() {
    Event embargo = only("SANCTION",
        "The embargo the Ostrig Council has imposed on Dastria hurt its economy.");
    assertTrue(ActsFixture.role(embargo, "council", "SOURCE"), embargo.toString());
    assertTrue(ActsFixture.role(embargo, "dastria", "TARGET"), embargo.toString());
    Event sanctions = only("SANCTION", "Officials said the sanctions Velmora imposed on Dastria "
        + "last year have failed.");
    assertTrue(ActsFixture.role(sanctions, "velmora", "SOURCE"), sanctions.toString());
    Event aid = only("AID", "The aid Velmora sent to Dastria arrived on Friday.");
    assertTrue(ActsFixture.role(aid, "velmora", "SOURCE"), aid.toString());
    Event relative = only("SANCTION",
        "Officials discussed the sanctions that the Ostrig Council imposed on Dastria.");
    assertTrue(ActsFixture.role(relative, "council", "SOURCE"), relative.toString());
    Event passive = only("SANCTION",
        "Officials discussed the sanctions imposed on Dastria by the Ostrig Council.");
    assertTrue(ActsFixture.role(passive, "council", "SOURCE"), passive.toString());
    // a noun's relative clause of another kind leaves the noun to the clause it serves
    Event talks = only("CONSULT", "The ministers of Velmora and Dastria sat down on Thursday at "
        + "talks hosted by the Ostrig Council.");
    assertTrue(ActsFixture.role(talks, "velmora", "SOURCE"), talks.toString());
  }

  @Test
  void aVowToAnswerAnyAttackIsAThreat() {
    Event declared = only("THREATEN", "Velmora declared it will respond to any attack.");
    assertTrue(ActsFixture.role(declared, "velmora", "SOURCE"), declared.toString());
    Event by = only("THREATEN",
        "The Velmoran government said it would respond to an attack by Dastria.");
    assertTrue(ActsFixture.role(by, "dastria", "TARGET"), by.toString());
    assertTrue(has("THREATEN", "Dastria vowed to respond to any attack."));
    // an attack that came is answered, not held over anyone; a club's "attack" is words
    assertFalse(has("THREATEN", "Marlo said the army would respond to the attack on Monday."));
    assertFalse(has("THREATEN",
        "The club said it would respond to any attack on its reputation."));
    assertFalse(has("THREATEN", "Marlo said Dastria would respond to any attack."));
  }

  @Test
  void anInvitationToJoinIsAnOffer() {
    Event invited = only("AGREE", "The Ostrig Council invited three countries to join on "
        + "Tuesday.");
    assertTrue(ActsFixture.role(invited, "council", "SOURCE"), invited.toString());
    Event alliance = only("AGREE", "The Ostrig Council invited Velmora to join the alliance.");
    assertTrue(ActsFixture.role(alliance, "velmora", "TARGET"), alliance.toString());
    assertFalse(has("AGREE", "The club invited Ana Roll to join the board."));
    assertFalse(has("AGREE", "The firm invited customers to join its loyalty scheme."));
  }

  @Test
  void aRatificationOrAStatementOfSupportStandsOnOneSide() {
    Event ratified = only("AGREE", "The Velmoran parliament ratified the treaty on Monday.");
    assertTrue(ratified.participants().stream().anyMatch(x -> x.actor() != null
        && x.actor().label().equals("parliament")), ratified.toString()); // one side's act
    Event with = only("AGREE", "Velmora ratified the treaty with Dastria.");
    assertTrue(ActsFixture.role(with, "dastria", "TARGET"), with.toString());
    assertFalse(has("AGREE", "The parliament ratified the budget on Monday."));
    Event support = only("SUPPORT", "The parties issued statements supporting Tomas Marlo.");
    assertTrue(ActsFixture.role(support, "marlo", "TARGET"), support.toString());
  }

  @Test
  void helpersSentAndATownsFamiliesAreNoSideTheyAreNamedWith() {
    Event sent = only("AID", "Velmora has dispatched Ostrig Council agents to Dastria to "
        + "investigate the bombings.");
    assertFalse(ActsFixture.role(sent, "council", "TARGET"), sent.toString());
    for (Event e : events("The Brenn relatives, who are seeking asylum for the boy, will appeal.")) {
      assertFalse(ActsFixture.role(e, "brenn", "SOURCE"), e.toString());
    }
  }
}
