package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class JudgementsTest {
  private static Event of(String type, String text) {
    List<Event> es = ActsFixture.events(text);
    return es.stream().filter(e -> e.type().equals(type)).findFirst()
        .orElseThrow(() -> new AssertionError(type + " " + text + " " + es));
  }

  @Test
  void disapprovalByAVerbOfNamingIsAnAccusation() {
    Event order = of("ACCUSE", "Tomas Marlo called the decree grave and sinister.");
    assertTrue(ActsFixture.role(order, "marlo", "SOURCE"), order.toString());
    of("ACCUSE", "Tomas Marlo called the Dastrian decree \"grave and sinister.\"");
    of("ACCUSE", "Tomas Marlo described Dastria as a bold reformer, but deluded and a liar.");
  }

  @Test
  void approvalByAVerbOfNamingIsSupport() {
    Event step = of("SUPPORT", "Tomas Marlo described Dastria's offer as a historic step.");
    assertTrue(ActsFixture.role(step, "dastria", "TARGET"), step.toString());
    of("SUPPORT", "Velmora called Dastria's decision courageous.");
    of("SUPPORT", "Tomas Marlo called the Dastrian plan an important step toward peace.");
  }

  @Test
  void aJudgementOfNoOnesActIsNone() {
    ActsFixture.none("Tomas Marlo called the situation grave.");
    ActsFixture.none("Tomas Marlo described the storm as historic.");
    assertFalse(ActsFixture.types("Tomas Marlo did not call Dastria's decision courageous.")
        .contains("SUPPORT"));
    assertEquals(List.of(), ActsFixture.types("Tomas Marlo called the weather in Brenn grave."));
  }
}
