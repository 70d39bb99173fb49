package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A retreat from a stance is no RETREAT ({@link Stances}); a retreat of forces still is. */
class StancesTest {
  @Test
  void retreatingFromAStanceIsNoWithdrawal() {
    ActsFixture.none("The Justice Ministry retreated from its position in the tax dispute on "
        + "Monday.");
    ActsFixture.none("Velmora withdrew from its demand for a new border survey.");
  }

  @Test
  void forcesRetreatingFromTheirPositionsStillRetreat() {
    assertEquals(List.of("RETREAT"), ActsFixture.types("Velmoran troops retreated from their "
        + "positions near Brenn on Monday."));
    assertEquals(List.of("RETREAT"), ActsFixture.types("Velmora withdrew its troops from Brenn "
        + "on Monday."));
  }
}
