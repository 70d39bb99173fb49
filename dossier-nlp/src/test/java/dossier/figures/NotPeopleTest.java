package dossier.figures;

import static dossier.figures.FigureFixture.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers beside people that count no one something happened to, each beside a count that does. */
class NotPeopleTest {
  @Test
  void aParentsChildrenAreNoCount() {
    assertEquals(List.of(), figures("A 51-year-old father of four was detained at the port."));
    assertEquals(List.of("DETAINED 4"), figures("Guards detained 4 people at the port."));
  }

  @Test
  void thoseSparedAreNoCount() {
    assertEquals(List.of(), figures("The ferry carried 210 passengers and nine crew, none of "
        + "whom were injured."));
    assertEquals(List.of(), figures("The train carried 85 passengers, and 7 of them were hurt "
        + "when it left the tracks."));
    assertEquals(List.of("KILLED 16"), figures("The raid killed 16 people, most of them "
        + "farmers, local officials said."));
    assertEquals(List.of("WOUNDED 7"), figures("Medics said 7 people were hurt and no one was "
        + "killed."));
  }
}
