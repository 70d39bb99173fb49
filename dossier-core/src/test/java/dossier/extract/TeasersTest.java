package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Other articles' teasers, pull quotes and end marks around and inside an article, on pages the
 * team wrote in the shapes text browsers print.
 */
class TeasersTest {
  private static final String[] BODY = {
    "Lorvik city council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers found corrosion in two of its steel supports.",
    "The bridge, built in 1931, carries about 14,000 vehicles a day. Buses will keep using it until a temporary crossing opens downstream in the summer.",
    "Council leader Marta Hesse said the decision was hard but necessary. \"We cannot ask people to drive over a bridge our own engineers no longer trust,\" she said.",
    "Shop owners on the north bank said they feared losing customers and asked the council for help with rents while the works last.",
  };

  private static String page(String... tail) {
    StringBuilder b = new StringBuilder("Lorvik Courier\n\n* Home\n* City\n* Sport\n\n"
        + "Harbour bridge to close to cars next spring\n\nBy Anna Holm\n\n");
    for (String p : BODY) {
      b.append(p).append("\n\n");
    }
    for (String t : tail) {
      b.append(t).append('\n');
    }
    return b.toString();
  }

  @Test
  void aRunOfHeadlineAuthorDateSummaryUnitsAfterTheArticleIsCut() {
    String page = page(
        "Share your thoughts with friends.", "",
        "Ferry timetable changes for the winter", "Jon Berg", "Wednesday November 20, 2019", "",
        "The ferry company will run fewer crossings from December, citing lower demand and higher fuel costs across the whole network.", "",
        "New library opens in the old post office", "Ida Lund", "Tuesday November 19, 2019", "",
        "After four years of building work, the library opened its doors on Monday with a reading by local schoolchildren and a concert.", "",
        "Football club names a new coach", "Per Sand", "Tuesday November 19, 2019", "",
        "The club said the new coach, who led its youth team for six seasons, had signed a contract until the end of next season.", "");
    Article a = new TextPageExtractor().extract("p.txt", page);
    assertTrue(a.text().endsWith("while the works last."), a.text());
    assertFalse(a.text().contains("ferry company"), a.text());
    assertFalse(a.text().contains("library"), a.text());
  }

  @Test
  void subheadingsFollowedBySeveralParagraphsStay() {
    String page = page(
        "What happens next", "",
        "Engineers will inspect the bridge again in January and report to the council on whether it can stay open to pedestrians.", "",
        "The council has set aside 2 million crowns for the repairs, though officials said the final bill could be higher.", "",
        "How to get across", "",
        "Until the temporary crossing opens, drivers are advised to use the ring road, which adds about ten minutes to most journeys.", "",
        "Cyclists and pedestrians can still use the bridge, and the council said it would add lighting on the footpath before winter.", "");
    Article a = new TextPageExtractor().extract("p.txt", page);
    assertTrue(a.text().contains("\n\nWhat happens next\n\n"), a.text());
    assertTrue(a.text().endsWith("footpath before winter."), a.text());
  }

  @Test
  void headlinesGluedToTheirSummaryAreTeasers() {
    assertTrue(Teasers.isGlued(Line.of(1, "Police Arrest Two After Break-In At Harbour StoreTwo men were arrested on Monday after a break-in at a store on the harbour front.")));
    assertTrue(Teasers.isGlued(Line.of(1, "Is Winter Coming Early This Year?Forecasters say the first frost may arrive in October.")));
    assertFalse(Teasers.isGlued(Line.of(1, "The company said its new iPhone app and a YouTube channel would launch in the spring across the region.")));
    assertFalse(Teasers.isGlued(Line.of(1, "Shares of McDonald's rose after the results, which beat what analysts had expected.")));
  }

  @Test
  void headlineLinksWithACapitalTagAreTeasers() {
    assertTrue(Teasers.isTagged(Line.of(1, "Storm floods coastal road as rivers burst banks [VIDEO]")));
    assertTrue(Teasers.isTagged(Line.of(1, "Minister rejects calls to resign [INSIGHT]|")));
    assertFalse(Teasers.isTagged(Line.of(1, "The report [of the committee] was published on Monday.")));
  }

  @Test
  void aPullQuoteRepeatingABodySentenceIsRemoved() {
    String quote = "We cannot ask people to drive over a bridge our own engineers no longer trust,";
    Article a = new TextPageExtractor().extract("p.txt", page().replace(BODY[3],
        "\"" + quote + "\"\n\n" + BODY[3]));
    assertEquals(1, a.text().split(quote, -1).length - 1, a.text());
    assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("pull-quote")));
  }

  @Test
  void aRuleBeforeTheCompanyBlurbEndsTheArticle() {
    String page = page("-----------------------------------", "",
        "Lorvik Courier is a daily newspaper for the city and its region, published since 1874 by an independent foundation.", "",
        "Lorvik Courier has a newsroom of 40 journalists and photographers working in the city and the region.");
    Article a = new TextPageExtractor().extract("p.txt", page);
    assertTrue(a.text().endsWith("while the works last."), a.text());
  }

  @Test
  void aRelatedBoxInsideTheArticleDoesNotEndIt() {
    String page = page().replace(BODY[3], "Related Links\n* Bridge inspection report\n\n" + BODY[3]);
    Article a = new TextPageExtractor().extract("p.txt", page);
    assertTrue(a.text().endsWith("while the works last."), a.text());
    assertFalse(a.text().contains("Related Links"), a.text());
  }

  @Test
  void aShortTitleCaseMastheadNamesTheOutletWithoutTrailingPunctuation() {
    assertEquals("Lorvik Courier", new TextPageExtractor().extract("p.txt", page()).outlet());
    assertEquals("Lorvik Courier", OutletFinder.find(
        java.util.List.of("Lorvik Courier.", "Most read on Lorvik Courier."), null, null));
    assertNull(OutletFinder.find(java.util.List.of("Skip To Content", "Home"), null, null));
  }

  @Test
  void aNameInPlaceLineAboveTheDateIsTheByline() {
    String page = "Harbour bridge to close to cars next spring\n\nAnna Holm in Lorvik\n"
        + "Published on Wed 17 Apr 2024 19.30 BST\n\n" + String.join("\n\n", BODY);
    Article a = new TextPageExtractor().extract("p.txt", page);
    assertEquals("Harbour bridge to close to cars next spring", a.title());
    assertEquals("Anna Holm", a.byline());
    assertNull(BylineParser.personIn("Floods in Texas"));
  }

  @Test
  void wordTableLooksUpSlicesIgnoringCaseWhenAsked() {
    WordTable folded = new WordTable(Map.of("the", 1, "und", 2), true);
    assertEquals(1, folded.get("xx The yy", 3, 6));
    assertEquals(2, folded.get("UND", 0, 3));
    assertEquals(0, folded.get("then", 0, 4));
    WordTable exact = new WordTable(Map.of("AFP", 1), false);
    assertEquals(1, exact.get("(AFP)", 1, 4));
    assertEquals(0, exact.get("afp", 0, 3));
  }
}
