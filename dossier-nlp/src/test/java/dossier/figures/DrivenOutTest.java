package dossier.figures;

import static dossier.figures.FigureFixture.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** People driven from their homes are displaced, whatever their noun; residents alone are a population. */
class DrivenOutTest {
  @Test
  void residentsDrivenFromHomeAreDisplaced() {
    assertEquals(List.of("DISPLACED 2000"), figures("The storm forced 2,000 residents from "
        + "their homes on Sunday."));
    assertEquals(List.of("DISPLACED 300"), figures("The fighting drove some 300 people out "
        + "of their villages."));
    assertEquals(List.of("POPULATION 2000"), figures("The island has 2,000 residents and one "
        + "school."));
  }
}
