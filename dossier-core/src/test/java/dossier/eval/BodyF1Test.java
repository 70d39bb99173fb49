package dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyF1Test {
  @Test
  void perfectEmptyAndDisjointPages() {
    assertEquals(new BodyF1.Score(1, 1), BodyF1.score("", ""));
    assertEquals(new BodyF1.Score(1, 1), BodyF1.score("one two three four five", "one two, three four five"));
    assertEquals(new BodyF1.Score(0, 0), BodyF1.score("one two three four five", "six seven eight nine"));
    assertEquals(new BodyF1.Score(0, 0), BodyF1.score("one two three four five", ""));
  }

  @Test
  void partialPagesCountFourGramMultisets() {
    // truth: 4 shingles; extracted adds one word -> 5 shingles, 4 of them right.
    BodyF1.Score s = BodyF1.score("a b c d e f g", "a b c d e f g h");
    assertEquals(4.0 / 5, s.precision(), 1e-9);
    assertEquals(1.0, s.recall(), 1e-9);
    // Short texts make one shorter shingle, as in the benchmark.
    assertEquals(new BodyF1.Score(1, 1), BodyF1.score("ab cd", "ab cd"));
  }

  @Test
  void meansThenF1() {
    double[] m = BodyF1.means(List.of(new BodyF1.Score(1, 0.5), new BodyF1.Score(0.5, 1)));
    assertEquals(0.75, m[0], 1e-9);
    assertEquals(0.75, m[1], 1e-9);
    assertEquals(0.75, m[2], 1e-9);
  }
}
