package dossier.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figure kinds in the words of everyday news: deaths of, moved from their homes, in hospital. */
class RealNewsFiguresTest {
  private static List<String> figures(String text) {
    return FigureFixture.figures(text);
  }

  @Test
  void theDeathsOfNPeopleAreKilled() {
    assertEquals(List.of("KILLED 2"), figures("The deaths of two men found near the harbour on "
        + "Sunday are being investigated."));
  }

  @Test
  void peopleMovedFromTheirHomesAreDisplaced() {
    assertEquals(List.of("DISPLACED 70"),
        figures("When the levee broke, seventy residents were moved from their homes."));
  }

  @Test
  void peopleTreatedInHospitalAreWounded() {
    assertEquals(List.of("WOUNDED 12"), figures("Twelve people were treated in a nearby "
        + "hospital after the crash."));
  }

  @Test
  void aSupposedFigureOrADecimalSplitByASpaceIsNone() {
    assertEquals(List.of(), figures("There could have been four people killed, the mayor said."));
    assertEquals(List.of(), figures("The final was watched by 27. 4 million people."));
  }

  @Test
  void residentsAloneAreStillAPopulation() {
    assertEquals(List.of("POPULATION 4000"), figures("The town has 4,000 residents."));
  }

  @Test
  void anyPluralPersonNounIsCounted() {
    assertEquals(List.of("DETAINED 11"), figures("The navy said 11 pirates were captured "
        + "after a chase."));
    assertEquals(List.of("KILLED 3"), figures("Three co-workers were killed in the office "
        + "on Monday."));
    assertEquals(List.of("DETAINED 4"), figures("Four Pakistanis were arrested at the port."));
  }

  @Test
  void countsOfThingsStayNoFigures() {
    assertEquals(List.of(), figures("Police seized 11 rifles and three boats at the port."));
    assertEquals(List.of(), figures("A few thousand teachers gathered on the lawn."));
  }
}
