package dossier.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssurancesTest {
  private static Event agree(String text) {
    List<Event> es = ActsFixture.events(text);
    return es.stream().filter(e -> e.type().equals("AGREE")).findFirst()
        .orElseThrow(() -> new AssertionError(text + " " + es));
  }

  @Test
  void anAssuranceOfWhatWillBeDoneIsTheMakersAgreement() {
    Event that = agree("Tomas Marlo assured Dastria that Velmora would not join the alliance.");
    assertTrue(ActsFixture.role(that, "marlo", "SOURCE"), that.toString());
    assertTrue(ActsFixture.role(that, "dastria", "TARGET"), that.toString());
    Event bare = agree("Velmora assured Dastria it would pull its troops back from the border.");
    assertTrue(ActsFixture.role(bare, "velmora", "SOURCE"), bare.toString());
    Event passive = agree("Dastria was assured by Velmora that the border would stay open.");
    assertTrue(ActsFixture.role(passive, "velmora", "SOURCE"), passive.toString());
    agree("Tomas Marlo has reassured Dastria that Velmora will keep its fleet in port.");
  }

  @Test
  void assurancesGivenAsANounAreTheGiversAgreement() {
    Event given = agree("Velmora gave Dastria assurances that it would not intervene.");
    assertTrue(ActsFixture.role(given, "velmora", "SOURCE"), given.toString());
    agree("Velmora offered assurances that it would respect the border.");
  }

  @Test
  void aFactAssuredOrAnEmphasisIsNoAgreement() {
    assertFalse(ActsFixture.types("Tomas Marlo assured reporters that the town was calm.")
        .contains("AGREE"));
    assertFalse(ActsFixture.types("I can assure you that Velmora will win the vote.")
        .contains("AGREE"));
    assertFalse(ActsFixture.types("The late goal assured Velmora a place in the final.")
        .contains("AGREE"));
    assertFalse(ActsFixture.types("Velmora gave Dastria assurances about the weather report.")
        .contains("AGREE"));
  }
}
