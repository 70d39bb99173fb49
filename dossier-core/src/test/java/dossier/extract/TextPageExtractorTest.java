package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.DateBasis;
import dossier.model.RemovedLine;
import dossier.model.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Whole pages written by the team in the styles news sites use. */
class TextPageExtractorTest {
  private static final String WIRE_COPY = String.join("\n",
      "Share",
      "",
      "Home » Harbour strike ends after pay deal in Port Arden",
      "",
      "Harbour strike ends after pay deal in Port Arden",
      "",
      "Published: 09:12 AM, 24 Apr, 2024",
      "by Lena Ostrova",
      "Caption: Dock workers leave the port gates in Port Arden on April 23, 2024. AFP",
      "Stay tuned with Valley Herald Android App",
      "Get it on Google Play",
      "",
      "PORT ARDEN — Dock workers in Port Arden ended a three-week strike on Wednesday after the union accepted a new pay offer, the port authority said.",
      "",
      "\"We are relieved that ships can move again,\" the authority's director told AFP.",
      "",
      "Advertisement",
      "",
      "The strike had left dozens of container ships waiting offshore and pushed up prices of imported goods across the region.",
      "",
      "Talks resume",
      "",
      "Union leaders said further talks on working hours would begin next month, and warned that walkouts could return if they failed.",
      "",
      "Leave a Comment",
      "",
      "Related Articles",
      "  * Port Arden traffic hits a record",
      "  * Ferry fares rise again",
      "",
      "Agence France-Presse is an international news agency.",
      "© 2024 Valley Herald. All rights reserved.");

  @Test
  void findsTheArticleAndWhatThePageSaysAboutIt() {
    Article a = new TextPageExtractor().extract("pages/strike.txt", WIRE_COPY);
    assertEquals("Harbour strike ends after pay deal in Port Arden", a.title());
    assertTrue(a.text().startsWith("PORT ARDEN — Dock workers"), a.text());
    assertTrue(a.text().endsWith("if they failed."), a.text());
    assertTrue(a.text().contains("\n\nTalks resume\n\n"), "a subheading inside the article stays");
    for (String gone : new String[] {"Advertisement", "Leave a Comment", "Google Play", "Related",
        "Agence France-Presse is", "Published:", "by Lena", "Caption", "©"}) {
      assertFalse(a.text().contains(gone), gone + " left in " + a.text());
    }
    assertEquals("PORT ARDEN —", a.dateline());
    assertEquals("Lena Ostrova", a.byline());
    assertEquals("AFP", a.credit());
    assertEquals("Valley Herald", a.outlet());
    assertEquals("en", a.language());
    assertEquals(LocalDate.of(2024, 4, 24), a.published().range().value());
    assertEquals(DateBasis.STATED, a.published().basis());
    assertEquals(1, a.captions().size());
    assertEquals(LocalDate.of(2024, 4, 23), a.captions().get(0).date().value());
    assertEquals(5, a.paragraphs().size());
    for (Span p : a.paragraphs()) {
      assertFalse(p.of(a.text()).isBlank());
    }
  }

  @Test
  void everyCutLineHasItsLineNumberAndReason() {
    Article a = new TextPageExtractor().extract("pages/strike.txt", WIRE_COPY);
    String[] lines = WIRE_COPY.split("\n", -1);
    for (RemovedLine r : a.removed()) {
      assertEquals(lines[r.line() - 1].strip(), r.text());
      assertFalse(r.reason().isBlank());
    }
    assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("repeated-title") || r.reason().equals("navigation")));
    assertTrue(a.removed().stream().anyMatch(r -> r.text().equals("Advertisement") && r.reason().equals("advertisement")));
    assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("agency-blurb")));
  }

  @Test
  void aDatedCaptionGivesOnlyAnHonestLowerBound() {
    String page = String.join("\n", "Talks to resume in Kestov next week",
        "",
        "The two envoys shake hands in Kestov on May 2, 2023. (NorthStar photo)",
        "",
        "Envoys from both sides will meet again in Kestov next week, the foreign ministry said on Sunday, as a ceasefire held.",
        "",
        "Previous rounds of talks broke down over the fate of prisoners, and observers expect little progress this time.");
    Article a = new TextPageExtractor().extract("x", page);
    assertFalse(a.published().range().isExact());
    assertEquals(DateBasis.CAPTION, a.published().basis());
    assertEquals(LocalDate.of(2023, 5, 2), a.published().range().earliest());
    assertTrue(a.published().confidence() < 0.5);
  }

  @Test
  void menusAndRecurringFurnitureStayOut() {
    StringBuilder menu = new StringBuilder();
    for (String item : new String[] {"World", "Politics", "Business", "Sport", "Culture", "Opinion"}) {
      menu.append("  * ").append(item).append('\n');
    }
    String page = menu + "\nDaily Meridian newsletter: the north in five minutes\n\n"
        + "Ferry fares rise for the third time this year\n\n"
        + "Ferry operators raised fares again on Monday, blaming fuel costs and a shortage of crews.\n\n"
        + "Passengers' groups said the rise would hit island residents hardest, as they have no other way to reach the mainland.\n";
    LineStats.Builder b = LineStats.builder();
    for (int i = 0; i < 5; i++) {
      b.add(page.replace("Ferry", "Ferry " + i));
    }
    Article a = new TextPageExtractor(b.build()).extract("x", page);
    assertEquals("Ferry fares rise for the third time this year", a.title());
    assertTrue(a.text().startsWith("Ferry operators raised fares"), a.text());
    assertFalse(a.text().contains("Politics"));
    assertFalse(a.text().contains("newsletter"));
  }

  @Test
  void emptyAndNullPagesGiveEmptyArticles() {
    Article a = new TextPageExtractor().extract("empty.txt", "");
    assertEquals("", a.text());
    assertEquals("empty.txt", a.source());
    assertEquals("", new TextPageExtractor().extract("null.txt", null).text());
  }
}
