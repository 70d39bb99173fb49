package dossier.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.PublicationDate;
import java.time.LocalDate;
import dossier.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The toll of one act is no dispute with a running total of the same days. */
class IncidentsTest {
  private static FigureStage.Result run(String text, String... names) {
    Article a = FigureFixture.article(text).withPublished(new PublicationDate(
        DateRange.exact(LocalDate.of(2025, 6, 3)), DateBasis.STATED, "test", 1));
    List<Mention> ms = new java.util.ArrayList<>();
    for (String n : names) {
      int at = text.indexOf(n);
      ms.add(new Mention(a.id(), at, at + n.length(), n, "PERSON", n.toLowerCase()));
    }
    return FigureStage.analyse(List.of(a), ms, List.of(), List.of());
  }

  @Test
  void anActsTollIsTheActsPeriod() {
    FigureStage.Result r = run("Rebels shelled the depot at dawn, killing four guards.");
    assertEquals("Rebels shelled the depot at dawn", r.details().get(0).period());
  }

  @Test
  void anActsTollAndARunningTotalAreNoDispute() {
    FigureStage.Result r = run("Marta Ilves said 40 guards had been killed since the war began. "
        + "Tomas Reed said rebels shelled the depot, killing four guards.", "Marta Ilves",
        "Tomas Reed");
    assertEquals(2, r.figures().size());
    assertTrue(r.disputes().isEmpty());
  }

  @Test
  void twoTotalsOfOneDayStillDisagree() {
    FigureStage.Result r = run("Marta Ilves said 40 guards had been killed since the war began. "
        + "Tomas Reed said 25 guards had been killed since the war began.", "Marta Ilves",
        "Tomas Reed");
    assertEquals(1, r.disputes().size());
  }
}
