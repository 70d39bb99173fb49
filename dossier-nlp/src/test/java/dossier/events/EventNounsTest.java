package dossier.events;

import static dossier.events.ActsFixture.events;
import static dossier.events.ActsFixture.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import dossier.model.Participant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events told as nouns: made by a named speaker or light verb, received by a named target; not generic. */
class EventNounsTest {
  private static String roles(Event e) {
    return e.participants().stream().filter(p -> p.entityId() != null).map(p -> p.entityId() + ":" + p.role()).sorted()
        .reduce((a, b) -> a + "," + b).orElse("");
  }

  private static Event only(String text, String type) {
    List<Event> es = events(text).stream().filter(e -> e.type().equals(type)).toList();
    assertEquals(1, es.size(), text + " -> " + types(text));
    return es.get(0);
  }

  @Test
  void accusationsMadeOrReceived() {
    Event e = only("Velmora made fresh accusations against Dastria on Tuesday.", "ACCUSE");
    assertEquals("dastria:TARGET,velmora:SOURCE", roles(e));
    assertEquals("happened", e.status());
    e = only("Dastria came under criticism from Velmora for the arrests.", "ACCUSE");
    assertEquals("dastria:TARGET,velmora:SOURCE", roles(e));
    e = only("Prosecutors filed charges against Tomas Marlo on Monday.", "ACCUSE");
    assertEquals("marlo:TARGET", roles(e));
    e = only("Tomas Marlo is under investigation in Brenn.", "ACCUSE");
    assertEquals("marlo:TARGET", roles(e));
    e = only("The Justice Ministry filed a lawsuit against Tomas Marlo in Brenn.", "ACCUSE");
    assertEquals("marlo:TARGET,ministry:SOURCE", roles(e));
  }

  @Test
  void criticismToldAsTheMannerOfAnAct() {
    Event e = only("He made the remark in criticism of Velmora's border policy.", "ACCUSE");
    assertEquals("velmora:TARGET", roles(e));
    assertEquals(List.of(), types("He lives in fear of Velmora's border policy."));
  }

  @Test
  void sanctionsImposedAndLifted() {
    Event e = only("Velmora imposed sanctions on Dastria last week.", "SANCTION");
    assertEquals("dastria:TARGET,velmora:SOURCE", roles(e));
    e = only("Velmora lifted the sanctions on Dastria on Friday.", "CONCEDE");
    assertEquals("dastria:TARGET,velmora:SOURCE", roles(e));
  }

  @Test
  void threatsAndWarningsWithTheirMaker() {
    Event e = only("Velmora issued a warning to Dastria over the troop build-up.", "THREATEN");
    assertEquals("dastria:TARGET,velmora:SOURCE", roles(e));
    e = only("Velmora's threats against Dastria alarmed traders in Brenn.", "THREATEN");
    assertEquals("dastria:TARGET,velmora:SOURCE", roles(e));
    e = only("Tomas Marlo received death threats after the vote in Brenn.", "THREATEN");
    assertEquals("marlo:TARGET", roles(e));
    assertEquals(List.of(), types("Tomas Marlo faces the threat of eviction from his flat."));
  }

  @Test
  void callsForSomethingAreRequestsAndWhatIsCalledForIsNotDone() {
    Event e = only("Velmora renewed its calls for Dastria to release the prisoners.", "REQUEST");
    assertEquals("dastria:TARGET,velmora:SOURCE", roles(e));
    e = only("Velmora renewed its calls for Dastria to release the prisoners.", "RETREAT");
    assertEquals("hoped", e.status()); // asked for, as "urged Dastria to release" is
  }

  @Test
  void callsAndTripsBetweenSidesAreConsultations() {
    Event e = only("A phone call between Tomas Marlo and the Justice Ministry lasted an hour.",
        "CONSULT");
    assertEquals("marlo:SOURCE,ministry:SOURCE", roles(e));
    e = only("Tomas Marlo's trip to Dastria was his first abroad.", "CONSULT");
    assertEquals("dastria:TARGET,marlo:SOURCE", roles(e));
  }

  @Test
  void aWithdrawalOfForces() {
    Event e = only("The withdrawal of Velmoran troops from Brenn began on Sunday.", "RETREAT");
    assertTrue(roles(e).contains("velmora:SOURCE"), roles(e));
  }

  @Test
  void genericMentionsAssessmentsAndWishesAreNoEvents() {
    assertEquals(List.of(), types("Calls for reform are growing in Brenn."));
    assertEquals(List.of(), types("Velmora's ban on smoking in bars took effect in May."));
    assertEquals(List.of(), types("The threat of rain kept the crowds away from Brenn."));
    assertEquals(List.of(), types("Velmora is the biggest threat to Dastria."));
    assertEquals(List.of(), types("Velmora made no threats against Dastria."));
    assertEquals(List.of(), types("Dastria's demand for oil rose sharply last year."));
    assertEquals(List.of(), types("If Velmora imposes sanctions on Dastria, prices will rise."));
    assertEquals(List.of(), types("Velmora could face sanctions over the dispute."));
    assertEquals(List.of(), types("Tomas Marlo took a ski trip to Dastria."));
    assertEquals(List.of(), types("Tomas Marlo made a trip to the Justice Ministry clinic."));
    assertEquals(List.of(), types("Tomas Marlo is in charge of the Justice Ministry."));
    assertEquals(List.of(), types("Tomas Marlo feared the Justice Ministry was too close to "
        + "Velmora to conduct a fair investigation into Dastria."));
    assertEquals(List.of("SANCTION"), types("The Velmoran parliament voted to impose sanctions "
        + "on Dastria."));
    assertEquals(List.of("SANCTION"), types("Velmora defended its decision to impose sanctions "
        + "on Dastria."));
    assertEquals(List.of("REQUEST"), types("Velmora demanded the withdrawal of Dastrian "
        + "troops."));
  }

  @Test
  void aClaimCalledFalseIsRejected() {
    Event e = only("A spokesman for the Justice Ministry said that Velmora's claim \"is simply "
        + "false,\" and that talks would go on.", "REJECT");
    assertEquals("ministry:SOURCE,velmora:TARGET", roles(e));
    assertEquals(List.of(), types("Velmora's claim is false, a reader wrote in a letter."));
    assertEquals(List.of(), types("Tomas Marlo said the report was not false."));
  }

  @Test
  void marchesAndClashesBetweenSides() {
    assertEquals(List.of("PROTEST"), types("Thousands of students launched marches through "
        + "Brenn on Saturday."));
    assertEquals(List.of(), types("The talks in Brenn were held in March."));
    assertEquals(List.of("ASSAULT"), types("A man was hurt by a stone during a clash between "
        + "police and students in Brenn."));
    assertEquals(List.of(), types("Decades of clashes between farmers and herders have shaped "
        + "the region."));
  }

  @Test
  void sanctionsFacedByANamedTarget() {
    Event e = only("Dastria faces new sanctions over its nuclear programme.", "SANCTION");
    assertEquals("dastria:TARGET", roles(e));
  }

  @Test
  void sportsNewsHasNoCharges() {
    assertEquals(List.of(), types("Tomas Marlo led the charge for Velmora in the league match "
        + "against Dastria."));
  }
}
