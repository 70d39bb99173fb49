package dossier.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissionsTest {
  private static Event consult(String text) {
    List<Event> es = ActsFixture.events(text);
    return es.stream().filter(e -> e.type().equals("CONSULT")).findFirst()
        .orElseThrow(() -> new AssertionError(text + " " + es));
  }

  @Test
  void anEnvoySentIsAVisitOfTheSender() {
    Event sent = consult("Velmora said it had sent an envoy to Dastria to discuss the dispute.");
    assertTrue(ActsFixture.role(sent, "velmora", "SOURCE"), sent.toString());
    Event region = consult("Velmora dispatched a delegation to Brenn on Tuesday.");
    assertTrue(ActsFixture.role(region, "velmora", "SOURCE"), region.toString());
    assertTrue(ActsFixture.types("Velmora will send its foreign minister to Dastria next week.")
        .contains("AGREE")); // a visit to come: PLOVER's AGREE
  }

  @Test
  void anEnvoyTravellingOrArrivingIsAVisit() {
    Event route = consult("A Velmoran delegation was en route to Brenn with a message for "
        + "the council.");
    assertTrue(ActsFixture.role(route, "velmora", "SOURCE"), route.toString());
    consult("Dastria's envoy arrived in Brenn on Monday.");
    Event flew = consult("An envoy from Velmora flew to Dastria on Sunday.");
    assertTrue(ActsFixture.role(flew, "velmora", "SOURCE"), flew.toString());
  }

  @Test
  void otherSendingsAndEnvoysWhoOnlySpeakAreNoVisit() {
    assertFalse(ActsFixture.types("Velmora sent troops to the Dastrian border.")
        .contains("CONSULT"));
    ActsFixture.none("Velmora sent a letter to Dastria on Monday.");
    ActsFixture.none("Velmora's envoy said the weather in Brenn was mild.");
    assertFalse(ActsFixture.types("Velmora did not send an envoy to Dastria.")
        .contains("CONSULT"));
    assertFalse(ActsFixture.types("The new road runs en route to Brenn from Dastria.")
        .contains("CONSULT"));
  }
}
