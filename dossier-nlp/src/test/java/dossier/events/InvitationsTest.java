package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvitationsTest {
  @Test
  void anInvitationToComeOrTalkIsAnAgreementAsTheCodebookSays() {
    List<Event> visit = ActsFixture.events("Tomas Marlo invited Dastria to visit Brenn in spring.");
    assertTrue(visit.stream().anyMatch(e -> e.type().equals("AGREE")), visit.toString());
    assertTrue(ActsFixture.types("Velmora invited Dastria to return to the negotiating table.")
        .contains("AGREE"));
    assertTrue(ActsFixture.types("Tomas Marlo has invited Dastria for talks on the border.")
        .contains("AGREE"));
  }

  @Test
  void anInvitationToAnythingElseIsNone() {
    // joining a union is membership offered (PoliticalPatternsTest); joining a party is not
    assertEquals(List.of(), ActsFixture.types("Velmora invited Dastria to join the celebrations."));
    assertEquals(List.of(), ActsFixture.types("The Justice Ministry invited bids for the new prison."));
  }

  @Test
  void anInvitationToJoinIsTheInvitersActNotTheInvitees() {
    // the meeting the invitees would join is the invitation itself: its source is the inviter
    List<Event> es = ActsFixture.events("The Justice Ministry invited Velmora and Dastria to join "
        + "the talks.");
    assertEquals(List.of("AGREE"), es.stream().map(Event::type).toList(), es.toString());
    Event e = es.get(0);
    assertTrue(ActsFixture.role(e, "ministry", "SOURCE") && ActsFixture.role(e, "velmora", "TARGET")
        && ActsFixture.role(e, "dastria", "TARGET"), e.toString());
    assertEquals("happened", e.status());
    // "at the summit" on "join": the inviter's act still, never the joiners' own agreement
    es = ActsFixture.events("Tomas Marlo invited Velmora to join the alliance at the summit.");
    assertTrue(es.stream().allMatch(x -> !ActsFixture.role(x, "velmora", "SOURCE")), es.toString());
    assertTrue(es.stream().anyMatch(x -> x.type().equals("AGREE")
        && ActsFixture.role(x, "marlo", "SOURCE") && ActsFixture.role(x, "velmora", "TARGET")),
        es.toString());
  }
}
