package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Participant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Events in clauses that leave their doer or undergoer implicit (relative clauses, participles,
 * adjuncts), events under control verbs (threats, orders, refusals), and headlines in capitals.
 */
class ClausesTest {
  private static final LocalDate DAY = LocalDate.parse("2024-09-16");
  private static final List<Entity> ENTITIES = List.of(
      new Entity("marlo", "Tomas Marlo", "PERSON", null),
      new Entity("brenn", "Brenn", "CITY", null),
      new Entity("kessar", "Kessar", "COUNTRY", null));

  private static List<Event> events(String text) {
    return ActsFixture.events(text, DAY, ENTITIES, Map.of());
  }

  private List<String> types(String text) {
    return events(text).stream().map(Event::type).sorted().toList();
  }

  private Event only(String text, String type) {
    List<Event> es = events(text).stream().filter(e -> e.type().equals(type)).toList();
    assertEquals(1, es.size(), () -> type + " in: " + text + " -> " + events(text));
    return es.get(0);
  }

  private static List<String> ids(Event e) {
    return e.participants().stream().map(Participant::entityId).sorted().toList();
  }

  @Test
  void relativeClausesAndParticiplesGiveTheirNounToTheEvent() {
    assertEquals(List.of("ACCUSE"), types("Police named a woman who was charged with arson "
        + "after the fire in Brenn."));
    assertEquals(List.of("marlo"), ids(only("Tomas Marlo, arrested in Brenn on Sunday, "
        + "appeared in court.", "COERCE")));
    assertEquals(List.of("marlo"), ids(only("Tomas Marlo, accused of fraud, resigned on "
        + "Monday.", "ACCUSE")));
    assertEquals(List.of("marlo"), ids(only("Two men were found dead in Brenn on Sunday, with "
        + "Tomas Marlo arrested shortly after.", "COERCE")));
  }

  @Test
  void bareParticiplesBeforeTheirNounStayModifiers() {
    assertEquals(List.of(), types("The disputed border near Brenn was quiet on Sunday."));
    assertEquals(List.of(), types("Tomas Marlo visited the bombed-out museum with friends."));
  }

  @Test
  void anAdjunctClauseTakesTheSubjectOfItsClause() {
    assertEquals(List.of("PROTEST"), types("After rallying outside the town hall, thousands of "
        + "nurses walked to the ministry in Brenn."));
    assertEquals(List.of("PROTEST"), types("Tens of thousands angry farmers demonstrate in "
        + "Brenn against the new tax."));
  }

  @Test
  void aThreatIsAThreatNotTheActThreatened() {
    assertEquals(List.of("THREATEN"), types("The gang kept the family in a cellar while "
        + "threatening to kill them."));
    assertEquals(List.of("THREATEN"), types("The rebels vowed to attack Brenn before the "
        + "election."));
    assertEquals(List.of("THREATEN"), types("Tomas Marlo warned that Kessar will respond if "
        + "its border posts are attacked again."));
    assertEquals(List.of(), types("Forecasters warned that more rain will fall if the wind "
        + "turns."));
  }

  @Test
  void anOrderedAttackIsPlannedAndARefusedWithdrawalDenied() {
    assertEquals("planned", only("Tomas Marlo ordered troops to attack Brenn at dawn.",
        "ASSAULT").status());
    // a refused withdrawal did not happen: the refusal is the event, the withdrawal none
    assertTrue(events("Kessar refused to withdraw its troops from Brenn.").stream()
        .noneMatch(e -> e.type().equals("RETREAT")));
    assertEquals(List.of(), types("Tomas Marlo is likely to deploy troops to Brenn."));
    assertEquals(List.of(), types("Kessar has been training rebels to fight against Tomas "
        + "Marlo."));
  }

  @Test
  void anInvitedVisitHasNotHappenedAndACapacityIsNoAct() {
    for (String text : List.of("Velmora has invited Tomas Marlo to visit Dastria next month.",
        "Tomas Marlo visited Dastria on Monday.")) {
      List<String> consult = ActsFixture.events(text).stream()
          .filter(e -> e.type().equals("CONSULT")).map(Event::status).toList();
      // the invitation is the codebook's AGREE; the visit it asks for is yet to come
      assertEquals(text.contains("invited") ? List.of() : List.of("happened"), consult, text);
    }
    assertEquals(List.of(), types("Kessar says its navy is adequate to carry out a blockade and "
        + "support a war against Tomas Marlo if necessary."));
  }

  @Test
  void notUntilTellsWhenTheActHappened() {
    assertEquals("happened", only("Kessar did not withdraw its troops from Brenn until 1998.",
        "RETREAT").status());
    assertTrue(events("Kessar did not withdraw its troops from Brenn in 1998.").stream()
        .noneMatch(e -> e.type().equals("RETREAT")));
  }

  @Test
  void neitherNorDeniesBothActs() {
    // acts told as not done, by no one who denies them, are no events (PLOVER codes none)
    assertEquals(List.of(), events("Kessar neither accepted nor rejected the plan Tomas Marlo "
        + "put forward."));
    assertTrue(events("Kessar has not withdrawn its troops, nor has Kessar attacked Brenn.")
        .stream().noneMatch(e -> e.type().equals("ASSAULT") || e.type().equals("RETREAT")));
    assertEquals("happened", only("Kessar rejected the plan, and Tomas Marlo welcomed the "
        + "decision.", "REJECT").status());
  }

  @Test
  void heldInCustodyIsAnArrest() {
    assertEquals(List.of("COERCE"), types("The driver was ordered held without bail until his "
        + "trial."));
    assertEquals(List.of(), types("The festival was held in Brenn without a hitch."));
  }

  @Test
  void aHeadlineInCapitalsIsReadAsASentence() {
    assertEquals(List.of("COERCE"), types("POLICE ARREST TWO MEN AFTER SHOOTING AT MALL"));
    assertTrue(types("WEATHER: SUNNY SPELLS AND LIGHT WINDS EXPECTED").isEmpty());
  }

  @Test
  void aVisitToATownAndAMeetingInSportAreNoDiplomacy() {
    assertEquals(List.of(), types("Tomas Marlo visited Brenn on Tuesday to inspect the flood "
        + "defences."));
    assertEquals(List.of("CONSULT"), types("Tomas Marlo visited Kessar on Tuesday for talks on "
        + "trade."));
    assertEquals(List.of(), types("The club's head coach met Tomas Marlo on Monday to discuss a "
        + "new contract."));
  }

  @Test
  void arrestsToldByTheirNounOrByForceAndFiringAtPeople() {
    assertEquals(List.of("COERCE"), types("Tomas Marlo hanged himself in a cell in Brenn hours "
        + "after his arrest, police said."));
    assertEquals(List.of(), types("A judge issued a warrant for his arrest on Monday."));
    assertEquals(List.of("COERCE"), types("Tomas Marlo was dragged out of the embassy by police "
        + "in April."));
    assertEquals(List.of("ASSAULT"), types("Soldiers fired on the crowd in Brenn."));
    assertEquals(List.of(), types("The firm fired its chief executive on Monday."));
    assertEquals(List.of(), types("People are not usually held in custody for long, the agency "
        + "said."));
  }

  @Test
  void settingOnFireAndSentencesOfPeopleToldByAge() {
    assertEquals(List.of("ASSAULT"), types("A man was set on fire in Brenn last week, apparently "
        + "by a protester."));
    assertEquals(List.of(), types("The new rules set the stage for a fight over fire safety."));
    assertEquals(List.of("SANCTION"), types("The 34-year-old was sentenced to ten years in jail "
        + "on Monday."));
  }

  @Test
  void whatSomeoneHadToDoTheyDid() {
    // the parser hangs "had" on the verb as an auxiliary, like a headline's "to hold talks"
    Event e = only("In one case, riot police had to use tear gas to clear the crowd in Brenn.",
        "ASSAULT");
    assertEquals("happened", e.status());
    assertEquals("planned", only("Kessar to hold talks with Tomas Marlo in Brenn", "AGREE")
        .status(), "a headline's bare infinitive stays planned");
  }

  @Test
  void deploringAndExhortingAreAccusingAndAsking() {
    Event deplored = only("Kessar deplored on Friday the bomb blasts in Brenn.", "ACCUSE");
    assertEquals(List.of("kessar"), ids(deplored));
    Event decried = only("Kessar decried the arrest of Tomas Marlo.", "ACCUSE");
    assertTrue(ids(decried).contains("kessar"), decried.toString());
    Event asked = only("Kessar exhorted Tomas Marlo to keep rallying in Brenn.", "REQUEST");
    assertTrue(ids(asked).containsAll(List.of("kessar", "marlo")), asked.toString());
    // what is asked is hoped for, not done
    assertTrue(events("Kessar exhorted Tomas Marlo to keep rallying in Brenn.").stream()
        .filter(x -> x.type().equals("PROTEST")).allMatch(x -> x.status().equals("hoped")));
  }
}
