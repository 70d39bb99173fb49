package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dossier.model.DateRange;
import dossier.model.Mention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one search for people named with a title ({@link TitledPeople#named}) and its two readers:
 * {@link TitledPeople}'s titles before or after a name, with a country, for {@link Anaphora} and
 * {@link Descriptions}, and {@link Titles}' "the prime minister" (only a title right before the
 * name, one holder or none). Mentions and the parse are set by hand, so no model is loaded; the
 * sentences are our own and the people invented.
 */
class TitledPeopleTest {
  private static final String TEXT = "President Tomas Marlo of Velmora met Prime Minister Elena "
      + "Varga in Brenn on Monday. Karl Oskar, the Dastrian premier, joined the talks later. "
      + "The president said the prime minister had offered a truce.";
  /** Where the last sentence starts: "The president ... the prime minister". */
  private static final int LAST = TEXT.indexOf("The president");
  private static final Map<String, String> TYPES = Map.of("marlo", "PERSON", "varga", "PERSON",
      "oskar", "PERSON", "velmora", "COUNTRY", "dastria", "COUNTRY", "brenn", "CITY");
  private static final Set<String> PREMIER = Set.of("premier", "prime minister");

  private static DepFinder.Context context(Set<String> skip) {
    List<Mention> ms = new ArrayList<>();
    mention(ms, "Tomas Marlo", "X", "marlo");
    mention(ms, "Velmora", "X", "velmora");
    mention(ms, "Elena Varga", "X", "varga");
    mention(ms, "Brenn", "X", "brenn");
    mention(ms, "Karl Oskar", "X", "oskar");
    mention(ms, "Dastrian", "NATIONALITY", "dastria");
    return new DepFinder.Context(TEXT, LAST, TEXT.length(), ms, List.of(), TYPES,
        DateRange.exact(LocalDate.parse("2024-06-10")), LAST, skip);
  }

  private static void mention(List<Mention> ms, String name, String type, String id) {
    int at = TEXT.indexOf(name);
    ms.add(new Mention("t.txt", at, at + name.length(), name, type, id));
  }

  @Test
  void titlesBeforeAndAfterTheNameInTheOrderFirstNamed() {
    DepFinder.Context c = context(Set.of());
    assertEquals(List.of("marlo"), List.copyOf(TitledPeople.named(c, LAST, Set.of("president"),
        null)));
    // "Prime Minister Elena Varga" before, "Karl Oskar, the Dastrian premier" after the name
    assertEquals(List.of("varga", "oskar"), List.copyOf(TitledPeople.named(c, LAST, PREMIER,
        null)));
    // a name that ends after the point asked about is not yet named
    assertEquals(List.of("varga"), List.copyOf(TitledPeople.named(c, TEXT.indexOf("Karl"),
        PREMIER, null)));
  }

  @Test
  void theCountryKeepsThePersonTheTitleTiesToIt() {
    DepFinder.Context c = context(Set.of());
    assertEquals(List.of("oskar"), List.copyOf(TitledPeople.named(c, LAST, PREMIER, "dastria")));
    assertEquals(List.of("marlo"), List.copyOf(TitledPeople.named(c, LAST, Set.of("president"),
        "velmora")));
    assertEquals(List.of(), List.copyOf(TitledPeople.named(c, LAST, Set.of("president"),
        "dastria")));
    // "of Velmora met Prime Minister Elena Varga": a verb between, so Varga is not Velmora's
    assertEquals(List.of(), List.copyOf(TitledPeople.named(c, LAST, PREMIER, "velmora")));
  }

  @Test
  void theTitleWithNoNameIsTheOnePersonWithThatTitleRightBeforeTheirName() {
    Parse p = lastSentence();
    DepFinder.Context c = context(Set.of());
    assertEquals("marlo", Titles.holder(p, c, 1)); // "The president"
    // "the prime minister": Varga, not Oskar, whose title comes after his name
    assertEquals("varga", Titles.holder(p, c, 5));
    assertNull(Titles.holder(p, c, 9)); // "a truce": no title
  }

  @Test
  void theSkippedNamesAreLeftOutOfTheTitledSearchOnly() {
    DepFinder.Context c = context(Set.of("Elena Varga"));
    assertEquals(List.of("oskar"), List.copyOf(TitledPeople.named(c, LAST, PREMIER, null)));
    assertEquals("varga", Titles.holder(lastSentence(), c, 5));
  }

  /** "The president said the prime minister had offered a truce." as the parser reads it. */
  private static Parse lastSentence() {
    String[][] words = {{"The", "the", "DT"}, {"president", "president", "NN"},
        {"said", "say", "VBD"}, {"the", "the", "DT"}, {"prime", "prime", "JJ"},
        {"minister", "minister", "NN"}, {"had", "have", "VBD"}, {"offered", "offer", "VBN"},
        {"a", "a", "DT"}, {"truce", "truce", "NN"}, {".", ".", "."}};
    List<Parse.Tok> toks = new ArrayList<>();
    int at = LAST;
    for (String[] w : words) {
      at = TEXT.indexOf(w[0], at);
      toks.add(new Parse.Tok(at, at + w[0].length(), w[0], w[1], w[2]));
      at += w[0].length();
    }
    return new Parse(toks, List.of(new Parse.Arc(-1, 2, "root"), new Parse.Arc(1, 0, "det"),
        new Parse.Arc(2, 1, "nsubj"), new Parse.Arc(5, 3, "det"), new Parse.Arc(5, 4, "amod"),
        new Parse.Arc(7, 5, "nsubj"), new Parse.Arc(7, 6, "aux"), new Parse.Arc(2, 7, "ccomp"),
        new Parse.Arc(9, 8, "det"), new Parse.Arc(7, 9, "obj"), new Parse.Arc(2, 10, "punct")));
  }
}
