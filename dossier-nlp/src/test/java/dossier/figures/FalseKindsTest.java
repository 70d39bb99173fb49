package dossier.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers that are ages, and verbs after a noun that say nothing about what happened to it. */
class FalseKindsTest {
  private static List<String> figures(String text) {
    return FigureFixture.figures(text);
  }

  @Test
  void anAgeIsNoCount() {
    assertEquals(List.of("KILLED 120"),
        figures("The study found 120 children younger than 3 died of the fever in a decade."));
    assertEquals(List.of(), figures("Only pupils aged 11 to 14 were arrested in the sweep."));
    assertEquals(List.of(), figures("Hospitals said babies under 2 died more often that winter."));
    assertEquals(List.of(), figures("In the heat wave, patients over 80 died first."));
    assertEquals(List.of("KILLED 300"), figures("Over 300 patients died in the heat wave."));
  }

  @Test
  void aWordUsedAsAnAdjectiveOnAnotherNounIsNoVerb() {
    assertEquals(List.of(), figures(
        "The clinic now treats 85 orphans, along with their displaced relatives."));
    assertEquals(List.of(), figures("About 30 pupils sat the exam beside the wounded guards."));
  }

  @Test
  void leavingWithNoPlaceLeftIsNoFlight() {
    assertEquals(List.of(), figures("Some 4,000 dockers who have left with no pay will be rehired."));
    assertEquals(List.of("DISPLACED 900"),
        figures("About 900 villagers have left the valley this month."));
  }

  @Test
  void theVerbOfASubordinateClauseIsNotTheNoun() {
    assertEquals(List.of("DETAINED 60", "KILLED 25"), figures(
        "Envoys said 60 hostages are held in the hills since the raiders killed 25 guards there."));
    assertEquals(List.of("KILLED 9"), figures("Some 9 miners died after the shaft collapsed."));
  }

  @Test
  void killedOrWoundedIsNoOneKind() {
    assertEquals(List.of(), figures("A nurse said dozens of people were killed or injured."));
    assertEquals(List.of(), figures("Medics said 80 people were wounded or killed in the raid."));
    assertEquals(List.of(), figures("Medics said 80 were wounded or killed in the raid."));
  }

  @Test
  void whatWasDoneToDisplacedPeopleIsTheirKind() {
    assertEquals(List.of("KILLED 14"),
        figures("The shelling caused the deaths of 14 displaced people near the school."));
    assertEquals(List.of("DISPLACED 3000"), figures("The camp shelters 3,000 displaced people."));
  }

  @Test
  void hostagesAreHeld() {
    assertEquals(List.of("DETAINED 19"), figures("The pirates still hold 19 hostages at sea."));
  }

  @Test
  void peopleInSomeonesCustodyAreDetainedNotTheAdjectiveAfter() {
    assertEquals(List.of("DETAINED 5000", "KILLED 2"), figures("Based on some 5,000 migrants in state custody "
        + "last year, the two deaths of detained men were rare."));
  }

  @Test
  void aCapacityIsNoCount() {
    assertEquals(List.of(), figures("Planners said the navy was capable of deploying as many as "
        + "90,000 sailors."));
    assertEquals(List.of(), figures("The new hall is able to house 5,000 refugees."));
    assertEquals(List.of("DEPLOYED 9000"),
        figures("The navy has deployed 9,000 sailors to the gulf."));
  }

  @Test
  void aStateWordBeforeAnotherNounIsAnAdjective() {
    assertEquals(List.of(), figures("Of some 700 missing statues, 300 were found in a barn."));
    assertEquals(List.of("MISSING 12"), figures("Rescuers said 12 were missing in the flood."));
    assertEquals(List.of("KILLED 5", "WOUNDED 20"),
        figures("The blast killed five guards and 20 wounded were taken away."));
  }
}
