package dossier.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvitationsTest {
  @Test
  void anInvitationToComeOrTalkIsAConsultation() {
    List<Event> visit = ActsFixture.events("Tomas Marlo invited Dastria to visit Brenn in spring.");
    assertTrue(visit.stream().anyMatch(e -> e.type().equals("CONSULT")), visit.toString());
    assertTrue(ActsFixture.types("Velmora invited Dastria to return to the negotiating table.")
        .contains("CONSULT"));
    assertTrue(ActsFixture.types("Tomas Marlo has invited Dastria for talks on the border.")
        .contains("CONSULT"));
  }

  @Test
  void anInvitationToAnythingElseIsNone() {
    assertFalse(ActsFixture.types("Velmora invited Dastria to join the customs union.")
        .contains("CONSULT"));
    assertFalse(ActsFixture.types("The Justice Ministry invited bids for the new prison.")
        .contains("CONSULT"));
  }
}
