package dossier.html.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BodyF1Test {
  @Test
  void scoresWordFourGrams() {
    String truth = "one two three four five six";
    BodyF1.Score same = BodyF1.score(truth, "One, two; three four five six!".toLowerCase());
    assertEquals(1.0, same.precision());
    assertEquals(1.0, same.recall());
    // Extracted text has the first 4-gram only plus noise: 1 of 3 true grams, 1 of 2 extracted.
    BodyF1.Score part = BodyF1.score(truth, "one two three four zzz");
    assertEquals(0.5, part.precision(), 1e-9);
    assertEquals(1 / 3.0, part.recall(), 1e-9);
    assertEquals(1.0, BodyF1.score("", "").precision());
    assertEquals(0.0, BodyF1.score("", "a b c d e").recall());
    assertEquals(2 * 0.5 * 0.25 / 0.75, BodyF1.f1(0.5, 0.25), 1e-9);
  }
}
