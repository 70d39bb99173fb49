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
    assertEquals(List.of("DISPLACED 1300000"),
        figures("By 2015 the kingdom had admitted over 1.3 million refugees."));
  }

  @Test
  void admittingRefugeesIsNoStatementTheSourceBeforeIsTheClaimant() {
    String text = "According to the government of Velmora, the kingdom had admitted over 1.3 million refugees.";
    int at = text.indexOf("Velmora");
    Mention m = new Mention("a", at, at + 7, "Velmora", "COUNTRY", "velmora");
    Claimants.Claim c = Claimants.claim(text, 0, text.length(), text.indexOf("1.3"), List.of(m));
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
    assertEquals(List.of(), figures("Fighters in zone 14 are stopping civilians from leaving the valley."));
  }
}
