package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineStatsTest {
  @Test
  void countsPagesNotOccurrencesAndNormalisesLines() {
    LineStats.Builder b = LineStats.builder();
    for (int i = 0; i < 10; i++) {
      b.add("  * Home\nSubscribe to the Daily Meridian\nSubscribe to the Daily Meridian\nStory " + i
          + " text about the harbour.\n");
    }
    LineStats stats = b.build();
    assertEquals(10, stats.pages());
    assertEquals(10, stats.pagesWith("Subscribe to the Daily Meridian"));
    assertEquals(10, stats.pagesWith("HOME"), "case, bullets and spaces are normalised");
    assertEquals(10, stats.pagesWith("Story 7 text about the harbour."), "digits are folded");
    assertEquals(0, stats.pagesWith("never seen"));
    assertTrue(stats.isRecurring("Subscribe to the Daily Meridian"));
  }

  @Test
  void aLineOnAFewPagesOfManyIsNotFurniture() {
    LineStats.Builder b = LineStats.builder();
    for (int i = 0; i < 20; i++) {
      b.add(i < 3 ? "The wire story paragraph everyone copied.\n" : "page " + i);
    }
    assertFalse(b.build().isRecurring("The wire story paragraph everyone copied."));
  }

  @Test
  void longLinesAreNotCounted() {
    String longLine = "x".repeat(LineStats.MAX_LINE + 5);
    LineStats stats = LineStats.builder().add(longLine).add(longLine).build();
    assertEquals(0, stats.pagesWith(longLine));
  }

  @Test
  void aWireStoryCopiedByMostPagesIsNotFurniture() {
    String story = "HALVERA (AFP) - Envoys of the two governments met for six hours on Friday in the capital and"
        + " agreed to meet again next week, officials said after the talks ended late in the evening.\n"
        + "\"We are listening,\" the envoy said.\n";
    LineStats.Builder b = LineStats.builder();
    for (int i = 0; i < 10; i++) {
      String site = "Site " + i + " menu\nSubscribe to our newsletter\n";
      String body = i < 6 ? story : "Page " + i + " reports its own news about the harbour, the markets, the"
          + " weather and the roads of the north in a long paragraph of prose number " + i + ".\n";
      b.add(site + body);
    }
    LineStats stats = b.build();
    assertEquals(6, stats.pagesWith("\"We are listening,\" the envoy said."));
    assertFalse(stats.isRecurring("\"We are listening,\" the envoy said."), "six copies of one story");
    assertTrue(stats.isRecurring("Subscribe to our newsletter"), "on pages of different stories");
  }
}
