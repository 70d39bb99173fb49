package dossier.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BuildupsTest {
  @Test
  void forcesIncreasedOrExpandedAreAMobilisation() {
    assertTrue(ActsFixture.types("A spokesman said Velmora has steadily increased its armed "
        + "forces along the border.").contains("MOBILIZE"));
    assertTrue(ActsFixture.types("Velmora expanded its troop presence on the island last month.")
        .contains("MOBILIZE"));
    assertTrue(ActsFixture.types("Dastria doubled its naval presence in the strait.")
        .contains("MOBILIZE"));
  }

  @Test
  void otherIncreasesAreNone() {
    ActsFixture.none("Velmora increased its exports to Dastria by a tenth last year.");
    ActsFixture.none("The Justice Ministry expanded its presence in Brenn with a new office.");
    assertFalse(TriggerWords.mayHold("Sales increased sharply in the third quarter.", 0, 45));
  }
}
