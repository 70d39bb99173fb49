package dossier.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figure kinds of political news: refugees admitted, crowds of residents, numbers that name. */
class PoliticalFiguresTest {
  private static List<String> figures(String text) {
    return FigureFixture.figures(text);
  }

  @Test
  void refugeesAreDisplacedWhateverTheVerb() {
    assertEquals(List.of("DISPLACED 1400000"), figures("The country had admitted more than "
        + "1.4 million refugees by 2016."));
  }

  @Test
  void admittingRefugeesIsNoStatementTheSourceBeforeIsTheClaimant() {
    String text = "According to the government of Velmora, the country had admitted more than "
        + "1.4 million refugees.";
    int at = text.indexOf("Velmora");
    Mention m = new Mention("a", at, at + 7, "Velmora", "COUNTRY", "velmora");
    Claimants.Claim c = Claimants.claim(text, 0, text.length(), text.indexOf("1.4"), List.of(m));
    assertEquals("velmora", c.entityId());
  }

  @Test
  void aVagueCrowdOfResidentsIsNoPopulation() {
    assertEquals(List.of("OTHER 20000"), figures("Tens of thousands more residents marched "
        + "on the campus."));
    assertEquals(List.of("POPULATION 4000"), figures("The town has 4,000 residents."));
  }

  @Test
  void aNumberThatNamesAnAreaCountsNobody() {
    assertEquals(List.of(), figures("No rebels in area 55 are preventing civilians from "
        + "leaving the camp."));
  }
}
