package dossier.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dossier.dedup.Syndication;
import dossier.model.DuplicateGroup;
import dossier.store.DossierStore;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** The {@code syndication} section: per wire and republishing outlet (docs/export.md). */
final class SyndicationRecords {
  static final List<String> HEADER = List.of("wire", "outlet", "copies", "stories", "compared",
      "edited", "mean_changed_share");

  private SyndicationRecords() {}

  /**
   * Syndication rows from the stored groups and changes. Only the groups' members are read, so
   * memory grows with the copies, not with the dossier.
   */
  static List<Syndication.Row> rows(DossierStore store) {
    List<DuplicateGroup> groups = store.duplicates();
    if (groups.isEmpty()) {
      return List.of();
    }
    return Syndication.of(groups, store.articles(Syndication.articleIds(groups)),
        store.copyChanges());
  }

  static void row(JsonGenerator g, Syndication.Row r) throws IOException {
    g.writeStringField("wire", r.wire());
    g.writeStringField("outlet", r.outlet());
    g.writeNumberField("copies", r.copies());
    g.writeNumberField("stories", r.stories());
    g.writeNumberField("compared", r.compared());
    g.writeNumberField("edited", r.edited());
    if (Double.isNaN(r.meanChangedShare())) {
      g.writeNullField("mean_changed_share");
    } else {
      g.writeNumberField("mean_changed_share", round(r.meanChangedShare()));
    }
  }

  static List<Object> csv(Syndication.Row r) {
    return Arrays.asList(r.wire(), r.outlet(), r.copies(), r.stories(), r.compared(), r.edited(),
        Double.isNaN(r.meanChangedShare()) ? null : round(r.meanChangedShare()));
  }

  /** Four decimals: enough to compare outlets, short to read. */
  private static double round(double x) {
    return Math.round(x * 10_000) / 10_000.0;
  }
}
