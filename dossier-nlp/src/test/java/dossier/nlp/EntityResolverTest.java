package dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Entity;
import dossier.model.Mention;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Entities of invented reports, annotated by the real engine (loaded once per test JVM). */
class EntityResolverTest {
  private static final String A = "President Lorent Vashkiryan of Velmora met Prime Minister Teodora Halm"
      + " in Tarsen on Monday. Vashkiryan said the talks were useful. Halm did not comment.\n\n"
      + "The Tarsen Contact Group (TCG) will send observers to the Korvan valley, the TCG said.\n\n"
      + "Thomas van Aalst, an analyst at the Brennik Institute, said van Aalst expects little progress."
      + " Velmoran troops stayed near the border of Nagorno-Vetka.";
  private static final String B = "Lorent Vashkirian, the Velmoran president, rejected the plan on Tuesday."
      + " Vashkirian later spoke to reporters in Ruvena. Fighting continued in Vetka, officials in Velmora said.\n\n"
      + "The Tarsen Contact Group met again. \u0130lmar Dzhabrov, the group's envoy, flew to Ruvena.";
  private static final String C = "Ilmar Dzhabrov said on Wednesday that Vashkiryan would attend."
      + " Dzhabrov added that German and French diplomats would join the talks in Tarsen.";

  private static final EntityResolver.Result R = EntityResolver.resolve(List.of(
      Articles.annotate(Articles.dated("a.txt", A, "2024-03-04")).names(),
      Articles.annotate(Articles.dated("b.txt", B, "2024-03-05")).names(),
      Articles.annotate(Articles.dated("c.txt", C, "2024-03-06")).names()));

  private static Entity named(String name) {
    Optional<Entity> e = R.entities().stream()
        .filter(x -> x.name().equals(name) || x.aliases().contains(name)).findFirst();
    return e.orElseThrow(() -> new AssertionError("no entity " + name + " in " + R.entities()));
  }

  @Test
  void surnamesAndSpellingsJoinTheFullName() {
    Entity v = named("Lorent Vashkiryan");
    assertEquals("PERSON", v.type());
    assertTrue(v.aliases().containsAll(List.of("Vashkiryan", "Lorent Vashkirian", "Vashkirian")), v.toString());
    assertEquals(v, named("Vashkirian"));
    assertEquals(named("Teodora Halm"), named("Halm"));
  }

  @Test
  void titlesAreStrippedAndDiacriticsFolded() {
    assertTrue(R.entities().stream().noneMatch(e -> e.name().startsWith("President")
        || e.name().startsWith("Prime")), R.entities().toString());
    Entity d = named("Ilmar Dzhabrov");
    assertEquals(d, named("\u0130lmar Dzhabrov"));
    assertEquals(d, named("Dzhabrov"));
  }

  @Test
  void multiWordSurnamesAcronymsAndCompounds() {
    Entity analyst = named("Thomas van Aalst");
    assertEquals("PERSON", analyst.type(), "the type of the full name wins: " + analyst);
    assertTrue(analyst.aliases().stream().anyMatch(a -> a.endsWith("Aalst")), analyst.toString());
    assertEquals(named("Tarsen Contact Group"), named("TCG"));
    assertEquals("ORGANIZATION", named("Tarsen Contact Group").type());
    assertNotEquals(named("Tarsen Contact Group"), named("Tarsen"), "a place is not its organisation");
  }

  @Test
  void demonymsLinkToTheirCountryWithoutMerging() {
    Entity germany = named("Germany");
    assertEquals("COUNTRY", germany.type());
    assertTrue(germany.aliases().isEmpty(), "a demonym is no alias: " + germany);
    List<Mention> links = R.mentions().stream().filter(m -> m.entityId().equals(germany.id())).toList();
    assertEquals(1, links.size());
    assertEquals("NATIONALITY", links.get(0).type());
    assertEquals("German", links.get(0).text());
  }

  @Test
  void mentionsPointIntoTheTextAndIdsAreStable() {
    for (Mention m : R.mentions()) {
      String text = m.articleId().equals(Articles.dated("a.txt", A, "2024-03-04").id()) ? A
          : m.articleId().equals(Articles.dated("b.txt", B, "2024-03-05").id()) ? B : C;
      assertEquals(m.text(), text.substring(m.start(), m.end()));
    }
    Entity v = named("Lorent Vashkiryan");
    assertEquals(EntityResolver.id("Lorent Vashkiryan", "PERSON"), v.id());
  }
}
