package dossier.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FacetTopTest {
  @Test
  void topValuesAreTheFullSortsFirstTen() {
    Random r = new Random(3);
    for (int k = 0; k < 2000; k++) {
      int[] counts = new int[1 + r.nextInt(300)];
      int spread = 1 + r.nextInt(6); // few distinct counts: many ties
      for (int i = 0; i < counts.length; i++) {
        counts[i] = r.nextInt(3) == 0 ? 0 : r.nextInt(spread);
      }
      int from = r.nextInt(counts.length);
      int to = from + r.nextInt(counts.length - from);
      int[] want = IntStream.rangeClosed(from, to).filter(o -> counts[o] > 0).boxed()
          .sorted((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b))
          .limit(FacetTally.TOP).mapToInt(Integer::intValue).toArray();
      assertArrayEquals(want, FacetTally.top(counts, from, to), "case " + k);
    }
  }
}
