package dossier.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.DateBasis;
import dossier.model.PublicationDate;
import java.time.Instant;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlDatesTest {
  private static PublicationDate date(String html, String url, Instant fetched) {
    return HtmlDates.of(Jsoup.parse(html), url, fetched);
  }

  private static final String TEXT = "<p>The bridge reopened to traffic after repairs that took most of the year.</p>";

  @Test
  void metaPublishedTime() {
    PublicationDate d = date("<head><meta property=\"article:published_time\" content=\"2020-10-09T10:00:00Z\">"
        + "<meta property=\"article:modified_time\" content=\"2020-11-01T10:00:00Z\"></head><body>" + TEXT, null, null);
    assertEquals(LocalDate.of(2020, 10, 9), d.range().value());
    assertEquals(DateBasis.METADATA, d.basis());
  }

  @Test
  void jsonLdDatePublished() {
    PublicationDate d = date("<script type=\"application/ld+json\">[{\"@type\":\"BlogPosting\","
        + "\"dateModified\":\"2019-02-02\",\"datePublished\":\"2019-01-31T23:10:00+01:00\"}]</script>" + TEXT, null, null);
    assertEquals(LocalDate.of(2019, 1, 31), d.range().value());
    assertTrue(d.evidence().contains("datePublished"));
  }

  @Test
  void modifiedDateOnlyWhenNothingElse() {
    PublicationDate d = date("<meta name=\"dcterms.modified\" content=\"2018-05-04\">" + TEXT, null, null);
    assertEquals(LocalDate.of(2018, 5, 4), d.range().value());
    assertTrue(d.confidence() < 0.9);
  }

  @Test
  void urlDayAndCompactUrlDay() {
    assertEquals(LocalDate.of(2020, 10, 9), date(TEXT, "https://news.example/2020/10/09/bridge", null).range().value());
    PublicationDate d = date(TEXT, "https://news.example/politik/20201009-bridge.html", null);
    assertEquals(LocalDate.of(2020, 10, 9), d.range().value());
    assertEquals(DateBasis.URL, d.basis());
  }

  @Test
  void monthOnlyUrlIsARangeNotAnInventedDay() {
    PublicationDate d = date(TEXT, "https://blog.example/2020/02/bridge-reopens/", null);
    assertFalse(d.range().isExact());
    assertEquals(LocalDate.of(2020, 2, 1), d.range().earliest());
    assertEquals(LocalDate.of(2020, 2, 29), d.range().latest());
    assertEquals(DateBasis.URL, d.basis());
  }

  @Test
  void monthOnlyUrlNarrowedByAStatedDayInsideIt() {
    PublicationDate d = date("<div class=\"post-date\">Posted February 14, 2020</div>" + TEXT,
        "https://blog.example/2020/02/bridge-reopens/", null);
    assertEquals(LocalDate.of(2020, 2, 14), d.range().value());
    assertEquals(DateBasis.STATED, d.basis());
  }

  @Test
  void visibleTextInGermanAndEnglish() {
    assertEquals(LocalDate.of(2017, 3, 2), date("<span class=\"datum\">2. März 2017</span>" + TEXT, null, null)
        .range().value());
    assertEquals(LocalDate.of(2016, 12, 23), date("<div class=\"meta\">Dec. 23, 2016 by admin</div>" + TEXT, null,
        null).range().value());
  }

  @Test
  void statedMonthOnlyIsARange() {
    PublicationDate d = date("<body><p>Newsletter, June 2015</p>" + TEXT, null, null);
    assertEquals(LocalDate.of(2015, 6, 1), d.range().earliest());
    assertEquals(LocalDate.of(2015, 6, 30), d.range().latest());
  }

  @Test
  void crawlDateBoundsAndIsTheLastResort() {
    Instant fetched = Instant.parse("2019-06-01T12:00:00Z");
    PublicationDate none = date(TEXT, null, fetched);
    assertEquals(DateBasis.CRAWL, none.basis());
    assertNull(none.range().earliest());
    assertEquals(LocalDate.of(2019, 6, 1), none.range().latest());
    // A date after the fetch cannot be the publication date: the next candidate wins.
    PublicationDate d = date("<meta name=\"date\" content=\"2030-01-01\"><meta name=\"dc.date.issued\" content=\"2019-05-30\">"
        + TEXT, null, fetched);
    assertEquals(LocalDate.of(2019, 5, 30), d.range().value());
  }

  @Test
  void timeElementMarkedPublished() {
    PublicationDate d = date("<ul><li><a href=/x><time datetime=\"2015-01-01\">old teaser</time></a></li></ul>"
        + "<time class=\"entry-date published\" datetime=\"2016-07-08T10:00\">8 July</time>" + TEXT, null, null);
    assertEquals(LocalDate.of(2016, 7, 8), d.range().value());
  }
  @Test
  void dayShownUnderTheHeadlineBeatsDisagreeingMetadata() {
    String html = "<head><title>Bridge reopens after a year of repairs | Coast News</title>"
        + "<meta name=\"date\" content=\"2021-12-20T11:02:44+01:00\"></head><body><h1>Coast News</h1>"
        + "<article><h1>Bridge reopens after a year of repairs</h1><span class=\"date\">27.01.2022</span>" + TEXT;
    PublicationDate d = date(html, null, null);
    assertEquals(LocalDate.of(2022, 1, 27), d.range().value());
    assertEquals(DateBasis.STATED, d.basis());
  }

  @Test
  void shownDayReadTheOtherWayRoundKeepsMetadata() {
    String html = "<meta property=\"article:published_time\" content=\"2021-11-01T04:00:14Z\">"
        + "<h1>Electric scooter on test in the city</h1><span class=\"article-meta-date\">Stand: 11/01/2021, 05:00</span>"
        + TEXT;
    assertEquals(LocalDate.of(2021, 11, 1), date(html, null, null).range().value());
  }

  @Test
  void publishedSiblingBeatsTheUpdatedDateNextToIt() {
    String html = "<div class=\"entry-meta\"><time class=\"entry-date published\" datetime=\"2019-02-10\">10. Februar 2019"
        + "</time><time class=\"updated\" datetime=\"2019-02-09\">9. Februar 2019</time></div>"
        + "<h1>Running through the winter months</h1>" + TEXT;
    assertEquals(LocalDate.of(2019, 2, 10), date(html, null, null).range().value());
  }

  @Test
  void publishedDateInScriptData() {
    String html = "<script>window.state = {\"product\":{\"title\":\"Coffee\",\"published_at\":"
        + "\"2019-03-02T06:22:28+01:00\",\"created_at\":\"2019-03-02T06:27:24+01:00\"}};</script>" + TEXT;
    PublicationDate d = date(html, null, null);
    assertEquals(LocalDate.of(2019, 3, 2), d.range().value());
    assertTrue(d.evidence().contains("published_at"));
  }

  @Test
  void aDateAfterAChangeLabelIsNotThePublishedDay() {
    String html = "<body>" + TEXT + "<p>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023</p>";
    assertEquals(LocalDate.of(2023, 11, 1), date(html, null, null).range().value());
  }
  @Test
  void dayWrittenRightUnderTheHeadlineBeatsEarlierDaysInTheText() {
    String html = "<body><div class=\"box\"><p>Archive: 29. Oktober 2021</p></div><h1>Border checks extended for"
        + " another month</h1><p class=\"MsoNormal\"><em>10.11.2021</em></p>" + TEXT;
    PublicationDate d = date(html, null, null);
    assertEquals(LocalDate.of(2021, 11, 10), d.range().value());
  }
  @Test
  void rdfaDateOnASpan() {
    String html = "<body><span class=\"post-created\">28.01.22</span><span property=\"schema:dateCreated\""
        + " content=\"2022-01-28T12:45:46+00:00\" class=\"rdf-meta\"></span>" + TEXT;
    PublicationDate d = date(html, null, null);
    assertEquals(LocalDate.of(2022, 1, 28), d.range().value());
    assertEquals(DateBasis.METADATA, d.basis());
  }
}
