package dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The snippets' sentence breaks agree with the JDK's sentence iterator on news prose. */
class SentenceBreaksTest {
  static final String[] TEXTS = {
      "HARBOUR CITY — The council voted 7-2 on Tuesday to close the old ferry terminal. Officials said"
          + " repairs would cost $4.5 million.\n\nResidents protested outside. \"We were never asked,\" one said."
          + " Others disagreed! Was it fair? Nobody knows.",
      "Mr. Hale met the U.S. envoy at 10 a.m. on Dec. 12 in the capital. The talks (which lasted three"
          + " hours.) ended without a deal.\n\nRelated coverage\nMore stories\n\n— Nordwire",
      "Prices rose 3.2 per cent in March... analysts had expected less. \"Is this the peak?\" asked one."
          + " Officials declined to comment.",
      "No terminator at all in this line\nnor in this one\n\n",
      "Short. Two words.  Spaces  between.\r\nWindows line. Ends here",
  };

  @Test
  void sameBoundariesAsTheJdk() {
    for (String t : TEXTS) {
      assertEquals(bounds(BreakIterator.getSentenceInstance(Locale.ROOT), t), bounds(new SentenceBreaks(), t), t);
    }
  }

  @Test
  void followingAndPrecedingAsTheJdk() {
    String t = TEXTS[0];
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
    jdk.setText(t);
    SentenceBreaks mine = new SentenceBreaks();
    mine.setText(t);
    for (int i = 0; i < t.length(); i++) {
      assertEquals(jdk.following(i), mine.following(i), "following " + i);
      assertEquals(jdk.current(), mine.current(), "current after following " + i);
    }
    for (int i = 1; i <= t.length(); i++) {
      assertEquals(jdk.preceding(i), mine.preceding(i), "preceding " + i);
    }
    assertEquals(jdk.last(), mine.last());
    assertEquals(jdk.previous(), mine.previous());
  }

  private static List<Integer> bounds(BreakIterator it, String text) {
    it.setText(text);
    List<Integer> out = new ArrayList<>();
    for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
      out.add(b);
    }
    return out;
  }
}
