package dossier.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.DateBasis;
import dossier.model.Span;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  static byte[] resource(String name) throws Exception {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/html/" + name)) {
      assertNotNull(in, name);
      return in.readAllBytes();
    }
  }

  private static Article harbour() throws Exception {
    return new HtmlExtractor().extract("harbour-report.html",
        "https://ledger.example/news/harbour-cranes", PageDecoder.decode(resource("harbour-report.html"), null), null);
  }

  @Test
  void keepsTheArticleBodyWithHeadingsAndLists() throws Exception {
    Article a = harbour();
    String t = a.text();
    assertTrue(t.startsWith("PORTHAVEN (Reuters) — Container cranes"), t);
    assertTrue(t.contains("\n\nBacklog of ships\n\n"), "heading inside the article kept");
    assertTrue(t.contains("Grain carriers will be unloaded first"), "list of the article kept");
    assertTrue(t.endsWith("the town council said in a statement."), t);
    assertEquals(8, a.paragraphs().size());
    for (Span p : a.paragraphs()) {
      assertFalse(p.of(t).isBlank());
    }
  }

  @Test
  void dropsFurnitureWithReasons() throws Exception {
    Article a = harbour();
    for (String furniture : new String[] {"cookies", "Most read", "Related stories", "Storm closes",
        "Great to see the port", "Share on social", "Advertisement", "covers shipping", "All rights reserved",
        "Weather", "Dock workers clear debris"}) {
      assertFalse(a.text().contains(furniture), furniture + " must not be in the body");
    }
    String reasons = a.removed().stream().map(r -> r.reason()).collect(Collectors.joining("; "));
    assertTrue(reasons.contains("class or id \"cookie\""), reasons);
    assertTrue(reasons.contains("class or id \"related\""), reasons);
    assertTrue(reasons.contains("<aside>"), reasons);
    assertTrue(a.removed().stream().anyMatch(r -> r.text().startsWith("We use cookies")));
  }

  @Test
  void readsMetadata() throws Exception {
    Article a = harbour();
    assertEquals("Harbour cranes return to work after storm", a.title());
    assertEquals("The Coastal Ledger", a.outlet());
    assertEquals("Mira Okonjo", a.byline());
    assertEquals("en", a.language());
    assertEquals("PORTHAVEN (Reuters) —", a.dateline());
    assertEquals("Reuters", a.credit());
    assertEquals(1, a.captions().size());
    assertTrue(a.captions().get(0).text().startsWith("Dock workers clear debris"));
    assertEquals(LocalDate.of(2021, 3, 8), a.captions().get(0).date().value());
  }

  @Test
  void prefersThePublishedDateOverTheModifiedOne() throws Exception {
    Article a = harbour();
    assertEquals(LocalDate.of(2021, 3, 9), a.published().range().value());
    assertEquals(DateBasis.METADATA, a.published().basis());
    assertTrue(a.published().confidence() > 0.5);
  }

  @Test
  void readsAWindows1252PageWithAStatedGermanDate() throws Exception {
    String html = PageDecoder.decode(resource("club-notes.html"), null);
    Article a = new HtmlExtractor().extract("club-notes.html", null, html, null);
    assertEquals("Neuer Vereinsvorstand gewählt", a.title());
    assertEquals("Wasserfreunde", a.outlet().substring(a.outlet().length() - 13));
    assertEquals("de", a.language());
    assertEquals(2, a.paragraphs().size());
    assertTrue(a.text().startsWith("Die Mitgliederversammlung hat am Samstag"));
    assertFalse(a.text().contains("Impressum"));
    assertFalse(a.text().contains("Veröffentlicht"), "the date line is not body text");
    assertEquals(LocalDate.of(2019, 3, 14), a.published().range().value());
    assertEquals(DateBasis.STATED, a.published().basis());
  }

  @Test
  void jsonLdArticleBodyRescuesParagraphsTheScorerWouldDoubt() {
    String body = "The lighthouse keeper retired after forty years, handing the keys to the coast guard. "
        + "He said the lamp had failed only twice in all that time, both times during winter storms. "
        + "The tower will open to visitors in summer, with a small museum on the ground floor.";
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
        + body + "\"}</script></head><body><div class=\"promo\"><p>The lighthouse keeper retired after forty years,"
        + " handing the keys to the coast guard.</p><p>He said the lamp had failed only twice in all that time,"
        + " both times during winter storms.</p><p>The tower will open to visitors in summer, with a small museum"
        + " on the ground floor.</p></div><div><p>Subscribe to our newsletter for weekly updates from the coast,"
        + " delivered every Friday.</p></div></body></html>";
    Article a = new HtmlExtractor().extract("x", null, html, null);
    assertTrue(a.text().contains("failed only twice"), a.text());
    assertFalse(a.text().contains("Subscribe"), a.text());
  }

  @Test
  void pageWithoutTextGivesEmptyBody() {
    Article a = new HtmlExtractor().extract("x", null, "<html><body><nav><a href=/>Home</a></nav></body></html>", null);
    assertTrue(a.text().isEmpty());
    assertTrue(a.paragraphs().isEmpty());
  }
  @Test
  void dataTableRowsReadAsLinesAndKeepTheirNumbers() {
    StringBuilder rows = new StringBuilder("<tr><th>Pos.</th><th>Club</th><th>Played</th><th>Points</th></tr>");
    String[] clubs = {"Harbour United", "Northgate Rovers", "Millbrook Town", "Eastfield Athletic"};
    for (int i = 0; i < clubs.length; i++) {
      rows.append("<tr><td>").append(i + 1).append("</td><td>").append(clubs[i]).append("</td><td>12</td><td>")
          .append(30 - 3 * i).append("</td></tr>");
    }
    String html = "<html><body><nav><a href=/>Home</a> <a href=/sport>Sport</a></nav><article><h1>League table after"
        + " twelve rounds</h1><p>Harbour United stay top of the league after a narrow win on Saturday, with Northgate"
        + " Rovers three points behind and a game in hand.</p><table>" + rows + "</table><p>The next round is played"
        + " on Sunday, when the two leaders meet at the old ground by the river.</p></article></body></html>";
    String t = new HtmlExtractor().extract("league.html", null, html, null).text();
    assertTrue(t.contains("\n\nPos. Club Played Points\n\n1 Harbour United 12 30\n\n2 Northgate Rovers 12 27\n\n"), t);
    assertTrue(t.contains("4 Eastfield Athletic 12 21"), t);
  }
  @Test
  void embeddedTweetQuotedByTheArticleIsKeptButShareBarIsNot() {
    String html = "<html><body><article><h1>Town launches a campaign that puzzles its residents</h1>"
        + "<p>The town council unveiled its new slogan on Monday, and residents were quick to share their doubts"
        + " about what the posters actually mean.</p><div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\">"
        + "<p>The council spent half its budget on these posters and nobody can read them</p>&mdash; A Resident"
        + " (@resident) November 18, 2019</blockquote></div><div class=\"social-share\"><a href=\"#\">Share on"
        + " Facebook</a> <a href=\"#\">Share on Twitter</a></div><p>The mayor said the campaign would run until the"
        + " end of the year and that its cost was within the budget approved in spring.</p></article></body></html>";
    String t = new HtmlExtractor().extract("town.html", null, html, null).text();
    assertTrue(t.contains("nobody can read them"), t);
    assertFalse(t.contains("Share on"), t);
  }
  @Test
  void pressReleaseEndsBeforeTheAboutTheCompanySection() {
    String html = "<html><body><article><h1>Harbour Logistics opens a new terminal in the north</h1>"
        + "<p>Harbour Logistics today opened its new container terminal, doubling the capacity of the northern"
        + " quay and adding four cranes to the port.</p><p>The terminal will handle grain and timber first, the"
        + " company said, with containers to follow once the second berth is finished next year.</p>"
        + "<p>“This is the largest investment in the port for a generation,” the chief executive said at the"
        + " opening ceremony on Tuesday morning.</p><p><strong>About Harbour Logistics</strong></p><p>Harbour"
        + " Logistics is a leading provider of port services in the region, with 1,200 employees in six ports and"
        + " shares listed on the exchange.</p><p>Media contact: press office, phone 555 0100</p></article></body></html>";
    Article a = new HtmlExtractor().extract("release.html", null, html, null);
    assertTrue(a.text().endsWith("at the opening ceremony on Tuesday morning."), a.text());
    assertTrue(a.removed().stream().anyMatch(r -> r.reason().startsWith("closing boilerplate")));
  }
  @Test
  void writtenDateLineIsCutButASentenceWithADateIsKept() {
    String html = "<html><body><article><h1>Road works close the coast road for a week</h1>"
        + "<p>Freitag, 22. Oktober 2010, 20:13 Uhr</p><p>The coast road will be closed from Monday while"
        + " crews replace the surface between the harbour and the lighthouse.</p><p>The works were planned on"
        + " 3 October 2010 after a storm damaged the road.</p></article></body></html>";
    Article a = new HtmlExtractor().extract("road.html", null, html, null);
    assertTrue(a.text().startsWith("The coast road will be closed"), a.text());
    assertTrue(a.text().contains("planned on 3 October 2010 after a storm"), a.text());
  }
  @Test
  void sentenceAroundAPopUpCardIsKeptWithoutTheCard() {
    String card = "<span class=\"person\"><a href=\"/people/ana-berg\">Ana Berg</a><span class=\"card\">"
        + "<a href=\"/a1\">Council votes to extend the harbour budget for another year</a>"
        + " <a href=\"/a2\">Mayor answers questions on the new ferry timetable and fares</a>"
        + " <a href=\"/a3\">Opposition calls for an inquiry into the road works contract</a>"
        + " <a href=\"/a4\">Harbour workers"
        + " strike for a day over the new shift rota at the container quay</a> <a href=\"/a5\">School board"
        + " approves the new timetable for the spring term after a long debate</a> <a href=\"/a6\">Library"
        + " reopens after the renovation of its reading rooms and the archive</a>"
        + " <a href=\"/people/ana-berg\">MORE</a></span></span>";
    String html = "<html><body><article><h1>Council delays the vote on the harbour budget</h1>"
        + "<p><span style=\"font-weight: 400;\">Councillor " + card + " said on Monday that the vote would wait"
        + " until the auditors <a href=\"/report\">publish their report</a> next month.</span></p>"
        + "<p>The harbour budget pays for the cranes, the quay and the ferry, and has grown by a third in five years.</p>"
        + "</article></body></html>";
    String t = new HtmlExtractor().extract("council.html", null, html, null).text();
    assertTrue(t.contains("said on Monday that the vote would wait until the auditors publish their report"), t);
    assertFalse(t.contains("ferry timetable"), t);
  }
  @Test
  void newsletterCallsAndAdvertLabelsAreCut() {
    String html = "<html><body><article><h1>Ferry fares rise for the first time in six years</h1>"
        + "<p>Ferry fares across the sound will rise by eight percent in March, the operator said on Tuesday,"
        + " blaming the price of fuel and the cost of the new boats.</p><p>Advert</p>"
        + "<p>Start your day with the Harbour Briefing. Sign up for the free daily newsletter.</p>"
        + "<p>Season tickets for residents will keep their price until the end of the year.</p></article></body></html>";
    Article a = new HtmlExtractor().extract("fares.html", null, html, null);
    assertFalse(a.text().contains("Sign up"), a.text());
    assertFalse(a.text().contains("Advert"), a.text());
    assertTrue(a.text().endsWith("until the end of the year."), a.text());
  }
}
