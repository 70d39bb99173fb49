package dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.DateRange;
import dossier.model.FigureDetail;
import dossier.model.FigureDispute;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figure details and disputes read back as stored, and a rerun replaces them. */
class FigureTablesTest {
  @TempDir Path dir;

  private static final LocalDate DAY = LocalDate.of(2021, 3, 2);

  static List<FigureDetail> details() {
    return List.of(
        new FigureDetail("f1", "soldiers", "military", "e-a", "the defence ministry",
            "since the fighting began on March 1", DateRange.between(DAY.minusDays(1), DAY),
            DateRange.exact(DAY), null, null, 40.0, 40.0, 2, List.of("One.", "Two.")),
        new FigureDetail("f2", "soldiers", "military", "e-a", "unattributed reports", null, null,
            DateRange.exact(DAY), "f9", "around half of", 90.0, null, 1, List.of("Three.")));
  }

  @Test
  void detailsAndDisputesReadBackAndAreReplaced() throws IOException {
    Article a = Fixtures.wireStory();
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), List.of(a)));
      FigureDispute d = new FigureDispute("d1", "KILLED", "military", "e-a", DateRange.exact(DAY),
          List.of("f1", "f2"));
      store.replaceFigureDetails(details(), List.of(d));
      Map<String, FigureDetail> back = store.figureDetails();
      assertEquals(details(), List.copyOf(back.values()));
      assertEquals(List.of(d), store.figureDisputes());
      store.replaceFigureDetails(details().subList(0, 1), List.of());
      assertEquals(1, store.figureDetails().size());
      assertTrue(store.figureDisputes().isEmpty());
    }
  }
}
