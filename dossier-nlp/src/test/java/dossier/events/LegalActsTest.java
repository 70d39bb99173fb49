package dossier.events;

import static dossier.events.ActsFixture.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Legal and administrative acts with the arguments that make each an event, and not. */
class LegalActsTest {
  @Test
  void droppingAnInvestigationIsAConcession() {
    assertEquals(List.of("CONCEDE"), types("Dastria has dropped its investigation into "
        + "Tomas Marlo."));
    assertEquals(List.of("CONCEDE"), types("Prosecutors in Brenn have dropped the charges "
        + "against Tomas Marlo."));
    assertEquals(List.of(), types("Tomas Marlo dropped the ball in the final minute."));
    assertEquals(List.of(), types("Dastria dropped two places in the rankings."));
  }

  @Test
  void reopeningAnInvestigationIsAnAccusation() {
    assertEquals(List.of("ACCUSE"), types("Velmoran prosecutors decided to reopen the "
        + "investigation into Tomas Marlo in May."));
    assertEquals(List.of(), types("Tomas Marlo opened a new restaurant in Brenn."));
    assertEquals(List.of("REQUEST"), types("Velmora asked Dastria to reopen the "
        + "investigation."));
  }

  @Test
  void strippingOfStatusAndClosingBordersAreSanctions() {
    assertEquals(List.of("SANCTION"), types("Dastria stripped Tomas Marlo of his citizenship."));
    assertEquals(List.of("SANCTION"), types("Velmora closed its borders with Dastria."));
    assertEquals(List.of(), types("Tomas Marlo closed the door behind him."));
  }

  @Test
  void anUnnamedPersonEvictedAndSentencedIsNews() {
    assertEquals(List.of("COERCE", "SANCTION"), types("The 52-year-old Velmoran was evicted in March and sentenced to nine months in prison."));
  }

  @Test
  void draggedOutByPoliceAndArrestTold() {
    assertEquals(List.of("COERCE"), types("Tomas Marlo was dragged out of the embassy by "
        + "police."));
    assertEquals(List.of(), types("The meeting dragged on for hours in Brenn."));
    assertEquals(List.of("COERCE"), types("Tomas Marlo hanged himself in his cell hours "
        + "after his arrest."));
    // a call for an arrest is a request (Statements), no arrest
    assertEquals(List.of("REQUEST"), types("Velmora called for his arrest in a statement."));
  }

  @Test
  void aRulingToKeepSomeoneInJailIsCoercion() {
    assertEquals(List.of("COERCE"), types("A judge ruled that Tomas Marlo should remain in jail "
        + "until his hearing."));
    assertEquals(List.of(), types("A judge ruled that the contract was valid."));
  }

  @Test
  void extraditionOnlyWantedIsNoExtradition() {
    assertEquals(List.of("REQUEST"), types("Velmora wants Dastria to extradite Tomas Marlo."));
    assertEquals(List.of("COERCE"), types("Dastria extradited Tomas Marlo to Velmora on "
        + "Monday."));
  }

  @Test
  void accusedByPronounOfADeed() {
    assertEquals(List.of("ACCUSE"), types("He is accused of leaking secret files to Velmora."));
  }
}
