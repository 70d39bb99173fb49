package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.CopyChanges;
import dossier.model.DuplicateGroup;
import dossier.model.PublicationDate;
import dossier.store.Batch;
import dossier.store.DossierStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupStepTest {
  private static final String FLOODS = String.join("\n\n",
      "Flooding along the Marrow river forced the evacuation of about 4,200 people on Monday, "
          + "regional officials said, as rain continued to fall across the northern provinces.",
      "The regional governor, Tomas Zelenka, said emergency crews had reached the town of Brisk "
          + "by boat and that two shelters had been opened in school buildings.",
      "The civil defence agency said water levels at the Orlin dam were the highest recorded "
          + "since 1997 and that engineers were monitoring the structure around the clock.",
      "Forecasters expect the rain to ease by Wednesday, but warned that rivers downstream would "
          + "keep rising for several days as the flood wave moves south towards the coast.");
  private static final String MUSEUM = String.join("\n\n",
      "The national gallery in Veldor reopened its east wing to visitors after a renovation that "
          + "lasted four years and cost about 18 million euros, its director announced.",
      "Curators have rehung more than 300 paintings, among them a cycle of portraits by the "
          + "baroque master Anselm Kroy, under new glass ceilings that let in daylight.",
      "Visitors will see colours that nobody has seen in a century, the director, Ilse Marten, "
          + "said, adding that restorers had removed layers of yellowed varnish.",
      "Tickets for the opening weekend sold out within hours, and the gallery plans late "
          + "openings on Fridays through the summer season.");

  @TempDir Path dir;

  private static Article article(String id, String text) {
    return new Article(id, id + ".txt", null, "A report", text, List.of(), "Outlet " + id,
        List.of(), null, null, List.of(), PublicationDate.unknown(), "en", List.of());
  }

  @Test
  void aSecondBuildAddingOneCopyRegroupsOnlyItsGroup() throws java.io.IOException {
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), List.of(article("f1", FLOODS),
          article("f2", FLOODS.replace("about 4,200", "some 4,200")), article("m1", MUSEUM),
          article("m2", MUSEUM + "\n\nThe gallery is open daily except Mondays."))));
      String first = DedupStep.run(store);
      assertTrue(first.contains("2 groups (2 regrouped, 0 kept)"), first);
      Map<String, DuplicateGroup> before = byStory(store.duplicates());
      List<CopyChanges> museumChanges = changesOf(store, before.get("m"));

      store.commit(new Batch(List.of(), List.of(article("f3", FLOODS.replace("Monday", "Monday night")))));
      String second = DedupStep.run(store);
      assertTrue(second.contains("2 groups (1 regrouped, 1 kept)"), second);
      Map<String, DuplicateGroup> after = byStory(store.duplicates());
      assertEquals(before.keySet(), after.keySet());
      // the museum group is untouched: same id, same members, same stored changes
      assertEquals(before.get("m"), after.get("m"));
      assertEquals(museumChanges, changesOf(store, after.get("m")));
      // the flood group took the new copy and kept its id
      DuplicateGroup floods = after.get("f");
      assertEquals(before.get("f").id(), floods.id());
      assertEquals(before.get("f").canonical(), floods.canonical());
      assertEquals(2, floods.members().size());
      assertTrue(floods.members().stream().anyMatch(m -> m.articleId().equals("f3")));
      assertEquals(2, changesOf(store, floods).size());

      String third = DedupStep.run(store); // nothing new: nothing regrouped
      assertTrue(third.contains("2 groups (0 regrouped, 2 kept)"), third);
      assertEquals(after, byStory(store.duplicates()));
    }
  }

  private static Map<String, DuplicateGroup> byStory(List<DuplicateGroup> groups) {
    Map<String, DuplicateGroup> out = new HashMap<>();
    // keyed by story ("f" or "m"), whichever member is canonical
    groups.forEach(g -> out.put(g.canonical().substring(0, 1), g));
    return out;
  }

  private static List<CopyChanges> changesOf(DossierStore store, DuplicateGroup g) {
    return store.copyChanges().stream().filter(c -> c.canonicalId().equals(g.canonical())).toList();
  }
}
