package dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Entity;
import dossier.model.Mention;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Places told by their adjectives, and first-name variants, on hand-made name lists. */
class PlaceWordsTest {
  @Test
  void adjectivesOfPlaceNames() {
    assertTrue(PlaceWords.hasAdjective("Dastria", Set.of("Dastrian")));
    assertTrue(PlaceWords.hasAdjective("Velmora", Set.of("Velmoran")));
    assertTrue(PlaceWords.hasAdjective("Kalvan", Set.of("Kalvani")));
    assertFalse(PlaceWords.hasAdjective("Moretti", Set.of("Moretti")), "a name is not its own adjective");
    assertFalse(PlaceWords.hasAdjective("Haldor", Set.of("Dastrian", "Velmoran")));
  }

  private static NlpDoc.Name name(int start, String text, String type) {
    return new NlpDoc.Name(start, start + text.length(), text, type);
  }

  @Test
  void aPlaceTakenForAPersonIsRetypedAndItsAdjectiveLinked() {
    ArticleNames a = new ArticleNames("a", List.of(name(0, "Dastria", "PERSON"), name(20, "Dastria", "LOCATION"),
        name(40, "Arkady Veleshko", "PERSON"), name(60, "Lia Moretti", "PERSON")), List.of(), Set.of("Dastrian"));
    ArticleNames b = new ArticleNames("b", List.of(name(0, "Dastrian", "PERSON"), name(10, "Arkadiy Veleshko", "PERSON"),
        name(30, "Moretti", "PERSON")), List.of(), Set.of());
    EntityResolver.Result r = EntityResolver.resolve(List.of(a, b));
    List<Entity> dastria = r.entities().stream().filter(e -> e.name().equals("Dastria")).toList();
    assertEquals(1, dastria.size(), r.entities().toString());
    assertEquals("LOCATION", dastria.get(0).type());
    Mention adj = r.mentions().stream().filter(m -> m.text().equals("Dastrian")).findFirst().orElseThrow();
    assertEquals("NATIONALITY", adj.type());
    assertEquals(dastria.get(0).id(), adj.entityId());
    Entity veleshko = r.entities().stream().filter(e -> e.name().endsWith("Veleshko")).findFirst().orElseThrow();
    assertEquals(1, veleshko.aliases().size(), "Arkady and Arkadiy: one person " + r.entities());
    Entity moretti = r.entities().stream().filter(e -> e.name().equals("Lia Moretti")).findFirst().orElseThrow();
    assertEquals("PERSON", moretti.type());
    assertEquals(List.of("Moretti"), moretti.aliases(), "a lone surname in another article joins it");
  }
}
