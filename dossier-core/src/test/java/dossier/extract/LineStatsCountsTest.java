package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Line counts summed elsewhere (the Spark job adds up {@link LineStats#lines} of each page by line
 * hash) give the same statistics as a builder that reads the pages one by one. (One difference by
 * design: the sum counts every repeat of a story's fingerprint as a copy, the builder only repeats
 * of the last two stories it saw on that line; here the copies come one after the other.)
 */
class LineStatsCountsTest {
  private static final String PROSE = "The harbour authority said on Tuesday that the new ferry"
      + " timetable would start next month after a long consultation with island residents.";

  private static List<String> pages() {
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String story = i < 3 ? PROSE : PROSE.replace("ferry", "ferry line " + i);
      pages.add("Home | Sport | Weather\nSubscribe to our newsletter\n" + "Local news " + i
          + "\n" + story + "\nRead more: council budget vote\n© The Coast Courier");
    }
    return pages;
  }

  @Test
  void summedCountsEqualTheBuilders() {
    LineStats.Builder direct = LineStats.builder();
    pages().forEach(direct::add);
    LineStats one = direct.build();

    // what the job does: each page's distinct lines, (hash, fingerprint) counted, then by hash
    Map<Long, Map<Integer, Integer>> byLine = new HashMap<>();
    for (String p : pages()) {
      LineStats.PageLines pl = LineStats.lines(p);
      for (long h : pl.hashes()) {
        byLine.computeIfAbsent(h, k -> new HashMap<>()).merge(pl.fingerprint(), 1, Integer::sum);
      }
    }
    LineStats.Builder summed = LineStats.builder().pages(pages().size());
    byLine.forEach((h, prints) -> {
      int count = prints.values().stream().mapToInt(Integer::intValue).sum();
      int copies = prints.entrySet().stream().filter(e -> e.getKey() != 0).mapToInt(e -> e.getValue() - 1).sum();
      summed.addCounts(h, count, copies);
    });
    LineStats two = summed.build();

    assertEquals(one.pages(), two.pages());
    for (String line : List.of("Home | Sport | Weather", "Subscribe to our newsletter", "Local news 3",
        PROSE, "© The Coast Courier", "never seen")) {
      assertEquals(one.pagesWith(line), two.pagesWith(line), line);
      assertEquals(one.storiesWith(line), two.storiesWith(line), line);
      assertEquals(one.isRecurring(line), two.isRecurring(line), line);
    }
    assertTrue(two.isRecurring("Subscribe to our newsletter"));
    assertFalse(two.isRecurring(PROSE), "one story copied on three pages is no furniture");
  }

  @Test
  void aPageCountsEachLineOnce() {
    LineStats.PageLines pl = LineStats.lines("Share\nShare\nA line of text\n\nShare");
    assertEquals(2, pl.hashes().length);
    assertEquals(0, pl.fingerprint(), "no prose line, no fingerprint");
  }
}
