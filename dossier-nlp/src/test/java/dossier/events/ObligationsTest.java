package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "X says Y has to / needs to / must do Z": X's demand on Y ({@code StatementClauses}). */
class ObligationsTest {
  private static List<Event> of(String text, String type) {
    return ActsFixture.events(text).stream().filter(e -> e.type().equals(type)).toList();
  }

  private static List<String> role(Event e, String role) {
    return e.participants().stream().filter(p -> p.role().equals(role) && p.entityId() != null)
        .map(p -> p.entityId()).sorted().toList();
  }

  @Test
  void haveToAndNeedToAreDemandsOnTheNamedSide() {
    for (String text : List.of("Velmora says Dastria has to stop the shelling.",
        "Velmora says Dastria needs to withdraw its troops.")) {
      List<Event> rs = of(text, "REQUEST");
      assertEquals(1, rs.size(), () -> text + " -> " + ActsFixture.events(text));
      assertEquals(List.of("velmora"), role(rs.get(0), "SOURCE"));
      assertEquals(List.of("dastria"), role(rs.get(0), "TARGET"));
    }
  }

  @Test
  void aDemandedWithdrawalIsNoWithdrawalDone() {
    for (Event e : of("Velmora says Dastria needs to withdraw its troops.", "RETREAT")) {
      assertTrue(!e.status().equals("happened") && !e.status().equals("claimed"), e::toString);
    }
  }

  @Test
  void aPastObligationOrAPriceIsNoDemand() {
    assertEquals(List.of(), of("Velmora said Dastria had to leave the talks early.", "REQUEST"));
    assertEquals(List.of(), of("Velmora says Dastria does not have to leave the talks.",
        "REQUEST"));
  }

  @Test
  void theSpeakersOwnNeedIsNoDemand() {
    assertEquals(List.of(), of("The coalition forces said they need to undertake a security "
        + "review before they enter Brenn.", "REQUEST"));
  }
}
