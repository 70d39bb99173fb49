package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The title among player, share, caption and related-link lines; pages written by the team. */
class TitleFinderTest {
  private static String title(String... lines) {
    return new TextPageExtractor().extract("p.txt", String.join("\n", lines)).title();
  }

  private static final String[] BODY = {
    "The regional council voted on Tuesday to close the old ferry terminal at Kessel Point after engineers found cracks in two of its piers.",
    "",
    "The terminal has served the island route since 1968 and carried about 400,000 passengers last year, according to the council's figures.",
    "",
    "Passengers will use a temporary pier north of the harbour from next month, while the council decides whether to repair or rebuild the terminal.",
    "",
    "\"Safety has to come first, even if the detour costs travellers twenty minutes,\" the council's transport chair said after the vote.",
  };

  private static String[] page(String... head) {
    String[] all = new String[head.length + BODY.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = "";
    System.arraycopy(BODY, 0, all, head.length + 1, BODY.length);
    return all;
  }

  @Test
  void playerAndShareLinesBetweenHeadlineAndTextAreNoTitle() {
    assertEquals("Council shuts ferry terminal over cracked piers", title(page(
        "Council shuts ferry terminal over cracked piers",
        "",
        "By Mara Lindqvist",
        "",
        "Video playback is not available in your browser",
        "",
        "Share permalink [https://example.org/x]",
        "0Email this to someone",
        "Pin on Pinterest")));
  }

  @Test
  void aPhotoCaptionUnderTheDateIsNoTitle() {
    assertEquals("Council shuts ferry terminal over cracked piers", title(page(
        "Council shuts ferry terminal over cracked piers",
        "",
        "Updated Mar 3, 7:12 AM; Posted Mar 2, 6:05 PM",
        "",
        "[pier-photo]",
        "Engineers inspect the north pier of the ferry terminal at Kessel Point",
        "Jon Hale | Coastal Images")));
  }

  @Test
  void relatedHeadlinesAboveTheTextLoseToTheHeadlineOverItsByline() {
    assertEquals("Council shuts ferry terminal over cracked piers", title(page(
        "Council shuts ferry terminal over cracked piers",
        "",
        "By Mara Lindqvist and Tomas Berg",
        "",
        "  * Email",
        "  * Copy",
        "",
        "Most Popular Today",
        "",
        "Storm warning issued for the northern coast this weekend",
        "",
        "Bridge tolls to rise by ten percent in the spring",
        "",
        "Museum reopens its maritime wing after long renovation")));
  }

  @Test
  void aNameLineOverTheDateIsTheBylineNotTheTitle() {
    assertEquals("Council shuts ferry terminal over cracked piers", title(page(
        "Council shuts ferry terminal over cracked piers",
        "",
        "Mara Lindqvist Harbour Press",
        "Published 10:17 PM EST Mar 3, 2021")));
  }

  @Test
  void relativeTimesAndBylinesWithTheirDateAnchorTheHeadline() {
    assertEquals("Council shuts ferry terminal over cracked piers", title(page(
        "Council shuts ferry terminal over cracked piers",
        "",
        "Mara Lindqvist",
        "1 day ago",
        "",
        "Storm warning issued for the northern coast this weekend",
        "",
        "Bridge tolls to rise by ten percent in the spring")));
    assertEquals("Council shuts ferry terminal over cracked piers", title(page(
        "Council shuts ferry terminal over cracked piers",
        "",
        "By Mara Lindqvist On 03/02/21 at 7:25 PM EST",
        "Share",
        "",
        "Transport Ferries Islands Council")));
  }

  @Test
  void aSectionLabelAboveTheHeadlineIsAKicker() {
    assertEquals("Council shuts ferry terminal over cracked piers", title(page(
        "Transport",
        "Published 22 hours ago",
        "",
        "Council shuts ferry terminal over cracked piers",
        "",
        "By Mara Lindqvist | Island Post")));
  }

  @Test
  void theHeadlineIsNotReplacedByItsDeck() {
    assertEquals("Council shuts ferry terminal over cracked piers", title(page(
        "Council shuts ferry terminal over cracked piers",
        "",
        "Engineers found cracks in two piers of the terminal that has served the island route since 1968 and will now close",
        "",
        "By Mara Lindqvist")));
  }

  @Test
  void aHeadlineAtTheHeadOfTheProseIsFoundWhenItsBylineFollows() {
    assertEquals("Council shuts ferry terminal over cracked piers", title(
        "\"The piers cannot carry another winter.\"",
        "",
        "— the council's engineer, in a report to the council",
        "",
        "Council shuts ferry terminal over cracked piers",
        "",
        "By Mara Lindqvist on Tuesday, March 2nd, 2021 at 9:41 a.m.",
        "",
        BODY[0], "", BODY[2], "", BODY[4], "", BODY[6]));
  }

  @Test
  void aLeadInOrASentenceOverTheBylineIsNoHeadline() {
    assertEquals("Council shuts ferry terminal over cracked piers", title(page(
        "Council shuts ferry terminal over cracked piers",
        "",
        "New, 6 comments",
        "",
        "The council had little choice after the engineers reported on the piers.",
        "By Mara Lindqvist",
        "",
        "Here is what changes for travellers:")));
  }

  @Test
  void widgetsAndScoreRowsAreNoHeadlines() {
    assertEquals(true, TitleFinder.isWidget("Video playback is not available in your browser"));
    assertEquals(true, TitleFinder.isWidget("Harbor Town 21 14 9 17 — 61"));
    assertEquals(true, TitleFinder.isWidget("www.example.com"));
    assertEquals(true, TitleFinder.isWidget("Share Tweet Submit"));
    assertEquals(false, TitleFinder.isWidget("Video shows rescue of 2 hikers on the ridge"));
    assertEquals(false, TitleFinder.isWidget("Council shares plan for 3 new piers"));
  }
}
