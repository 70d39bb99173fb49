package dossier.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BarringTest {
  @Test
  void peopleKeptFromAPlaceOrActAreCoerced() {
    for (String text : new String[] {"Riot police barred a large crowd from getting near the embassy.",
        "Velmora barred Dastrian journalists from entering the country.",
        "Opposition leaders were barred from the square by police."}) {
      assertTrue(ActsFixture.types(text).contains("COERCE"), text);
      assertFalse(ActsFixture.types(text).contains("REJECT"), text);
    }
  }

  @Test
  void aSideShutOutOfTalksIsRejected() {
    assertTrue(ActsFixture.types("Velmora barred Dastria from the peace talks.")
        .contains("REJECT"));
  }
}
