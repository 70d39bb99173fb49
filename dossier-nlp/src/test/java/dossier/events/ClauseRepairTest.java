package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import dossier.model.Participant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Acts in clauses the parser hangs wrongly or leaves without their doer ({@link ClauseRepair}). */
class ClauseRepairTest {
  private static List<String> types(String text) {
    return ActsFixture.types(text);
  }

  private static Event only(String text, String type) {
    List<Event> es = ActsFixture.events(text).stream().filter(e -> e.type().equals(type))
        .toList();
    assertEquals(1, es.size(), () -> type + " in: " + text + " -> " + ActsFixture.events(text));
    return es.get(0);
  }

  private static List<String> role(Event e, String role) {
    return e.participants().stream().filter(p -> p.role().equals(role))
        .map(p -> p.entityId() != null ? p.entityId() : p.actor().label()).sorted().toList();
  }

  @Test
  void anIngClauseAfterByOrWhileIsTheSubjectsAct() {
    Event s = only("Velmora responded by imposing sanctions on Dastria.", "SANCTION");
    assertEquals(List.of("velmora"), role(s, "SOURCE"));
    assertEquals(List.of("dastria"), role(s, "TARGET"));
    Event a = only("Tomas Marlo made headlines by accusing Dastria of hiding its arms.", "ACCUSE");
    assertEquals(List.of("marlo"), role(a, "SOURCE"));
    assertEquals(List.of("dastria"), role(a, "TARGET"));
    assertEquals(List.of("marlo"), role(only("Tomas Marlo ended the meeting by condemning "
        + "Dastria for the raid.", "ACCUSE"), "SOURCE"));
    assertEquals(List.of("marlo"), role(only("Tomas Marlo entered the debate last week by "
        + "warning lawmakers against cutting the budget.", "REQUEST"), "SOURCE"));
    assertEquals(List.of("marlo"), role(only("Tomas Marlo shocked the party while attacking "
        + "the budget plan in a speech.", "ACCUSE"), "SOURCE"));
  }

  @Test
  void anIngFormThatIsNoActOfTheSubjectMakesNone() {
    assertEquals(List.of(), types("Three people were injured by falling debris in Brenn."));
    assertEquals(List.of(), types("The firm grew by buying smaller rivals in Velmora."));
    assertEquals(List.of(), types("Velmora marked the anniversary by holding a parade in Brenn."));
    // "say" read as an auxiliary: the sayers are not the ones demanding
    for (Event e : ActsFixture.events("The panel heard testimony in the inquiry against "
        + "President Tomas Marlo, whom lawmakers say held back aid for Dastria while demanding "
        + "it investigate his rivals.")) {
      assertTrue(!e.type().equals("REQUEST") || !role(e, "SOURCE").contains("lawmakers"),
          e::toString);
    }
  }

  @Test
  void aPassiveOrPerfectParticipleAdjunctIsAboutTheSubject() {
    assertEquals(List.of("marlo"), role(only("Tomas Marlo resigned after being charged with "
        + "fraud.", "ACCUSE"), "TARGET"));
    Event c = only("Tomas Marlo was released on bail after being arrested by police in Brenn.",
        "COERCE");
    assertEquals(List.of("marlo"), role(c, "TARGET"));
    assertEquals(List.of("marlo"), role(only("Tomas Marlo became famous after being arrested in "
        + "1990.", "COERCE"), "TARGET"));
    assertEquals(List.of(), types("The bill passed after being amended twice by the Justice "
        + "Ministry."));
  }

  @Test
  void theDeciderDoesWhatTheDecisionSays() {
    assertEquals(List.of("marlo"), role(only("Prosecutor Tomas Marlo took the decision to drop "
        + "the investigation into the bank.", "CONCEDE"), "SOURCE"));
    assertEquals(List.of("ministry"), role(only("The Justice Ministry took the decision to "
        + "suspend the inquiry.", "CONCEDE"), "SOURCE"));
    assertTrue(role(only("Velmora made the decision to withdraw its troops from the border.",
        "RETREAT"), "SOURCE").contains("velmora"));
    assertEquals(List.of(), types("Tomas Marlo made the decision to retire from politics."));
    assertEquals(List.of("velmora"), role(only("Velmora took the step of expelling two "
        + "diplomats from Dastria.", "SANCTION"), "SOURCE"));
  }

  @Test
  void whatIsCalledForMayBeAClause() {
    assertEquals(List.of("marlo"), role(only("Tomas Marlo called for the prisoners to be "
        + "released.", "REQUEST"), "SOURCE"));
    assertEquals(List.of("velmora"), role(only("Velmora called for the talks to be held in "
        + "Brenn.", "REQUEST"), "SOURCE"));
    assertEquals(List.of(), types("The weather service called for rain to fall on Brenn."));
  }

  @Test
  void aSubjectlessVerbTakesTheNameBeforeAnAppositive() {
    assertEquals(List.of("marlo"), role(only("At a hearing of the panel that oversees the "
        + "Justice Ministry, Sen. Tomas Marlo (D-NY), chairman of the panel, pushed for "
        + "tougher penalties.", "REQUEST"), "SOURCE"));
    assertEquals(List.of(), types("Dastria, the biggest buyer of grain, cut its imports."));
    // a reported clause is no reduced relative: the soldiers reject nothing
    for (Event e : ActsFixture.events("Velmora says nine soldiers killed in border fighting, "
        + "rejects Dastria figures")) {
      assertTrue(role(e, "SOURCE").stream().noneMatch(x -> x.equals("troops")), e::toString);
    }
  }

  @Test
  void aTargetHungOnTheMissileGoesWithTheVerb() {
    assertEquals(List.of("police"), role(only("Police fired round after round of tear gas at "
        + "protesters.", "ASSAULT"), "SOURCE"));
    assertEquals(List.of(), types("Players fired shot after shot at the goal."));
    assertEquals(List.of(), types("Fans threw flowers at the feet of the singer."));
  }

  @Test
  void oneAmongThoseArrestedIsArrested() {
    assertEquals(List.of("marlo"), role(only("Tomas Marlo was among those arrested on Sunday.",
        "COERCE"), "TARGET"));
    assertEquals(List.of(), types("Tomas Marlo was among those invited to the dinner."));
  }

  @Test
  void aRelativeClauseOfSpeakingAfterANameIsTheNames() {
    Event e = only("Tomas Marlo is fighting extradition to the Republic of Dastria, which accuses "
        + "him of leaking state secrets.", "ACCUSE");
    assertEquals(List.of("marlo"), role(e, "TARGET"));
    assertTrue(role(e, "SOURCE").stream().noneMatch(x -> x.equals("marlo")), e::toString);
    assertEquals(List.of(), types("The visit to Dastria, which lasted two days, ended with a "
        + "joint statement."));
  }

  @Test
  void aSecondVerbAfterAReportedClauseIsTheReportersAct() {
    assertEquals(List.of("velmora"), role(only("Velmora said that the deal had failed its "
        + "workers, and demanded new talks with Dastria.", "REQUEST"), "SOURCE"));
    Event a = only("Dastria said that troops had withdrawn from Brenn, and accused Velmora of "
        + "lying.", "ACCUSE");
    assertEquals(List.of("dastria"), role(a, "SOURCE"));
    assertEquals(List.of("velmora"), role(a, "TARGET"));
  }

  @Test
  void aNamedPersonChargedIsAccusedWithOrWithoutTheCrime() {
    assertEquals(List.of("marlo"), role(only("Tomas Marlo was charged on Monday.", "ACCUSE"),
        "TARGET"));
    Event e = only("The Justice Ministry has charged Tomas Marlo, who denies wrongdoing.",
        "ACCUSE");
    assertEquals(List.of("ministry"), role(e, "SOURCE"));
    assertEquals(List.of("marlo"), role(e, "TARGET"));
    assertEquals(List.of(), types("Riot police charged the crowd in Brenn on Sunday."));
  }

  @Test
  void forcesAfterWhoseAreTheNamesBefore() {
    Event e = only("Velmora, whose troops shelled Brenn on Sunday, denied any role.", "ASSAULT");
    assertTrue(role(e, "SOURCE").contains("velmora"), e::toString);
  }

  @Test
  void anIngClauseOnAMessageIsItsMakersAct() {
    Event a = only("Velmora issued a statement accusing Dastria of violating the truce.",
        "ACCUSE");
    assertEquals(List.of("velmora"), role(a, "SOURCE"));
    assertEquals(List.of("dastria"), role(a, "TARGET"));
    assertEquals(List.of("ministry"), role(only("The Justice Ministry released a statement "
        + "condemning the attack on Brenn.", "ACCUSE"), "SOURCE"));
    assertEquals(List.of("marlo"), role(only("In a tweet accusing Dastria of lying, Tomas Marlo "
        + "said the talks were over.", "ACCUSE"), "SOURCE"));
    assertEquals(List.of("marlo"), role(only("Tomas Marlo wrote a letter to Dastria demanding "
        + "the release of the hostages.", "REQUEST"), "SOURCE"));
    assertEquals(List.of("velmora"), role(only("Velmora signed an order imposing sanctions on "
        + "Dastria.", "SANCTION"), "SOURCE"));
  }

  @Test
  void theReceiverOrReaderOfAMessageDidNotMakeIt() {
    assertEquals(List.of(), types("Tomas Marlo received a letter threatening his family."));
    assertEquals(List.of(), types("Tomas Marlo read a letter from a soldier describing the "
        + "fighting in Brenn."));
  }

  @Test
  void aPronounTakenAsTheObjectOfSaidIsTheClausesSubject() {
    assertTrue(types("Velmora immediately said it \"categorically\" rejects the proposals.")
        .contains("REJECT"));
    assertEquals(List.of(), types("Tomas Marlo said it again on Tuesday."));
  }

  @Test
  void sayingParsedAsAMarkIsTheResponseItself() {
    assertEquals(List.of("dastria"), role(only("The minister responded within an hour, saying "
        + "Dastria had broken international law.", "ACCUSE"), "TARGET"));
  }
}
