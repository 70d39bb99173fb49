package dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PassageScoresTest {
  private static final String[] WORDS = {"ceasefire", "talks", "border", "the_border", "convoy", "minister",
      "curfew", "resume", "aid", "reached"};

  @Test
  void scoresEveryPassageAsLuceneDoes() {
    Random r = new Random(7);
    PassageScorer lucene = new PassageScorer();
    PassageScores ours = new PassageScores();
    int differentFromFirst = 0;
    for (int k = 0; k < 20_000; k++) {
      Passage p = new Passage();
      int start = r.nextInt(5000);
      int length = 20 + r.nextInt(400);
      p.setStartOffset(start);
      p.setEndOffset(start + length);
      int matches = r.nextInt(12);
      int at = start;
      for (int i = 0; i < matches && at < start + length - 5; i++) {
        String w = WORDS[r.nextInt(1 + r.nextInt(WORDS.length))];
        // a fresh BytesRef each time, with an offset into a larger array: equal by content only
        byte[] padded = ("xx" + w + "yy").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        BytesRef term = new BytesRef(padded, 2, padded.length - 4);
        p.addMatch(at, at + 3, term, 1 + Math.abs(w.hashCode()) % 40);
        at += 1 + r.nextInt(30);
      }
      int contentLength = start + length + r.nextInt(20_000);
      float expected = lucene.score(p, contentLength);
      assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(ours.score(p, contentLength)),
          "passage " + k + ": " + p);
      if (expected != lucene.score(new Passage(), contentLength)) {
        differentFromFirst++;
      }
    }
    assertEquals(true, differentFromFirst > 10_000, "most passages have matches and a score of their own");
  }
}
