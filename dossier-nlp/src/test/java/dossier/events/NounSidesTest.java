package dossier.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events told by nouns whose sides the parse hides or only partly names, and orders given. */
class NounSidesTest {
  private static Event of(String type, String text) {
    List<Event> es = ActsFixture.events(text);
    return es.stream().filter(e -> e.type().equals(type)).findFirst()
        .orElseThrow(() -> new AssertionError(text + " " + es));
  }

  private static boolean has(String type, String text) {
    return ActsFixture.types(text).contains(type);
  }

  @Test
  void aMeetingAtAPlaceWithBIsAMeetingWithB() {
    Event met = of("CONSULT", "After a two-hour meeting at his home with Tomas Marlo, "
        + "Dastria said the border would reopen.");
    assertTrue(ActsFixture.role(met, "marlo", "TARGET"), met.toString());
    of("CONSULT", "After a meeting at the palace with Tomas Marlo, Dastria said it would "
        + "reopen the border.");
    assertFalse(has("CONSULT", "After a meeting at a house with a garden, Tomas Marlo said "
        + "he was tired."));
  }

  @Test
  void aStateVisitOfANamedLeaderIsAVisit() {
    Event visit = of("CONSULT", "A major goal of Tomas Marlo's three-day state visit was the "
        + "signing of a trade accord.");
    assertTrue(ActsFixture.role(visit, "marlo", "SOURCE"), visit.toString());
    assertFalse(has("CONSULT", "Tomas Marlo's planned state visit was postponed."));
    assertFalse(has("CONSULT", "Tomas Marlo's visit to the museum drew a large crowd."));
    assertFalse(has("CONSULT", "Tomas Marlo's state of mind worried his aides."));
  }

  @Test
  void deathsInClashesBetweenTwoSidesAreThatFighting() {
    assertTrue(has("ASSAULT", "Twelve people were killed in clashes between Velmoran police "
        + "and ethnic Dastrians."));
    assertTrue(has("ASSAULT", "Four soldiers died in clashes between Velmoran troops and "
        + "rebels near Brenn."));
    assertFalse(has("ASSAULT", "Nobody was hurt in the clashes of opinion between Tomas "
        + "Marlo and his aides."));
    assertFalse(has("ASSAULT", "Tomas Marlo spoke about clashes between Velmoran police "
        + "and students."));
  }

  @Test
  void anOrderToAnotherPartyIsARequest() {
    Event order = of("REQUEST", "Velmoran military authorities ordered all foreigners in "
        + "Brenn to assemble at a hotel.");
    assertTrue(order.participants().stream().anyMatch(x -> x.actor() != null
        && "velmora".equals(x.actor().affiliationId())), order.toString());
    Event sent = of("REQUEST", "Velmora ordered the Dastrian ambassador to leave the country.");
    assertTrue(ActsFixture.role(sent, "velmora", "SOURCE"), sent.toString());
  }

  @Test
  void ordersToOnesOwnForcesCourtsDoctorsAndGoodsAreNoRequest() {
    assertFalse(has("REQUEST", "Tomas Marlo ordered troops to withdraw from the border."));
    assertFalse(has("REQUEST", "The court ordered Tomas Marlo to pay a fine."));
    assertFalse(has("REQUEST", "Doctors ordered Tomas Marlo to rest for a week."));
    assertFalse(has("REQUEST", "Velmora ordered fifty new aircraft from Dastria."));
    assertFalse(has("REQUEST", "Tomas Marlo did not order the rebels to disarm."));
    assertFalse(has("REQUEST", "Officials said they will order the Marlo family to hand over "
        + "the documents."));
  }

  @Test
  void aWordKeptIsTheActDoneByItsKeeper() {
    Event expel = of("SANCTION", "Velmora carried out its threat to expel the Dastrian "
        + "ambassador.");
    assertTrue(ActsFixture.role(expel, "velmora", "SOURCE"), expel.toString());
    Event kept = of("RETREAT", "Velmora kept its promise to withdraw its troops from Dastria.");
    assertTrue(ActsFixture.role(kept, "velmora", "SOURCE"), kept.toString());
    assertFalse(has("RETREAT", "Velmora broke its promise to withdraw its troops from "
        + "Dastria."));
    assertFalse(has("RETREAT", "Velmora did not keep its promise to withdraw its troops "
        + "from Dastria."));
  }
}
