package dossier.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class PursuitsTest {
  /** Whether {@code text} has a THREATEN told as done, its source {@code id}. */
  private static boolean threat(String text, String id) {
    List<Event> es = ActsFixture.events(text);
    return es.stream().anyMatch(e -> e.type().equals("THREATEN") && e.status().equals("happened")
        && (id == null || ActsFixture.role(e, id, "SOURCE")));
  }

  @Test
  void aVowToHuntDownWrongdoersIsAThreat() {
    assertTrue(threat("Tomas Marlo vowed to hunt down the killers of the two officers.", "marlo"));
    assertTrue(threat("Tomas Marlo vowed to hunt down and bring to justice those who were "
        + "responsible for the attack on Brenn.", "marlo"));
    assertTrue(threat("Tomas Marlo vowed to track down those behind the bombing.", "marlo"));
    assertTrue(threat("Marlo vows to hunt down embassy bombers", "marlo"));
  }

  @Test
  void bringingToJusticeIsAThreatWhoeverIsBrought() {
    assertTrue(threat("The Velmoran government swore to bring the attackers to justice.", null));
    assertTrue(threat("Tomas Marlo vowed to bring them to justice.", "marlo"));
  }

  @Test
  void otherPursuitsAreNone() {
    assertFalse(threat("Tomas Marlo vowed to track down her birth mother.", null));
    assertFalse(threat("Tomas Marlo vowed to hunt down a bargain in Brenn.", null));
    assertFalse(threat("Tomas Marlo vowed to pursue peace with Dastria.", null));
    assertFalse(threat("The coach vowed to hunt down the league leaders before the end of the "
        + "season.", null));
    assertFalse(threat("Tomas Marlo did not vow to hunt down the killers.", null));
    assertFalse(threat("Detectives hunted down the killers in Brenn.", null));
  }
}
