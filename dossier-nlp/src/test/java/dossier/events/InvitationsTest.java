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
    assertEquals(List.of(), ActsFixture.types("Velmora invited Dastria to join the customs union."));
    assertEquals(List.of(), ActsFixture.types("The Justice Ministry invited bids for the new prison."));
  }
}
