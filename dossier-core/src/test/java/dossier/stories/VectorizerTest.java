package dossier.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.DateRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cap on one number's share of an article vector. */
class VectorizerTest {
  private static final List<Vectorizer.Input> REPORTS = List.of(
      input("w1", "Workers at the Tarlen mill walked out on Monday: 412 workers, the union said. Of the 412,"
          + " most work night shifts. Management offered 412 of them a new contract."),
      input("w2", "A blaze near Osvik burned 412 hectares of pine forest before firefighters held it."),
      input("w3", "Talks between the Kessa port authority and dockers ended without agreement on Friday."));

  private static Vectorizer.Input input(String id, String text) {
    return new Vectorizer.Input(id, text, null, EventTime.of(DateRange.unknown(), List.of()));
  }

  /** Squared weight of the number 412 in the vector of {@code doc}. */
  private static double share412(Vectorizer v, StoryDoc doc) {
    int id = v.id(Analyzer.NUMBER + "412");
    for (int k = 0; k < doc.terms().length; k++) {
      if (doc.terms()[k] == id) {
        return doc.weights()[k] * doc.weights()[k];
      }
    }
    return 0;
  }

  @Test
  void oneRepeatedNumberCarriesAtMostItsShare() {
    Vectorizer uncapped = new Vectorizer(StoryParams.news().withNumberShare(1));
    StoryDoc before = uncapped.vectors(REPORTS).get(0);
    double x = StoryParams.news().numberShare();
    assertTrue(share412(uncapped, before) > 2 * x, "boosted and repeated, 412 dominates: " + share412(uncapped, before));

    Vectorizer capped = new Vectorizer(StoryParams.news());
    StoryDoc after = capped.vectors(REPORTS).get(0);
    assertEquals(x, share412(capped, after), 1e-4);
    // capped, not dropped: still among the heaviest terms
    int id = capped.id(Analyzer.NUMBER + "412");
    assertTrue(id == after.terms()[0] || id == after.terms()[1] || id == after.terms()[2]);
    double norm = 0;
    for (float w : after.weights()) {
      norm += w * w;
    }
    assertEquals(1, norm, 1e-4);
  }

  @Test
  void numbersUnderTheCapAreLeftAlone() {
    List<Vectorizer.Input> in = List.of(
        input("a", "Rescuers searched collapsed houses in the mountain town of Orsk through the night and"
            + " pulled survivors from the rubble. The Velmora governor said schools would stay shut and"
            + " aftershocks kept families outside. By Tuesday 12 were dead and 40 injured."),
        input("b", "The quake in Velmora left 12 dead and 40 injured, officials in Orsk said."),
        input("c", "Dockers in Kessa went back to work on Friday after talks with the port authority."));
    double x = 0.3;
    Vectorizer cv = new Vectorizer(StoryParams.news().withNumberShare(x));
    Vectorizer uv = new Vectorizer(StoryParams.news().withNumberShare(1));
    StoryDoc capped = cv.vectors(in).get(0);
    StoryDoc uncapped = uv.vectors(in).get(0);
    for (int k = 0; k < uncapped.terms().length; k++) {
      if (uv.term(uncapped.terms()[k]).startsWith(Analyzer.NUMBER)) {
        assertTrue(uncapped.weights()[k] * uncapped.weights()[k] < x, uv.term(uncapped.terms()[k]));
      }
    }
    assertArrayEquals(uncapped.terms(), capped.terms());
    assertArrayEquals(uncapped.weights(), capped.weights());
  }
}
