package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Byline, dateline, stated date, credit, outlet, caption and language readers on short snippets. */
class MetadataParsersTest {

  @Test
  void statedDatesInCommonForms() {
    LocalDate day = LocalDate.of(2021, 3, 4);
    for (String s : List.of("Published: 08:15 AM, 4 Mar, 2021", "March 4, 2021", "4 March 2021 14:05 GMT",
        "2021-03-04", "Updated Mar. 4, 2021 5:44 p.m. ET", "Thu 4 Mar 2021 23.03 GMT",
        "NorthStar Wire March 4, 2021 11:03 PM", "04.03.2021", "4. März 2021", "le 4 mars 2021")) {
      StatedDateParser.Found f = StatedDateParser.find(s);
      assertTrue(f != null && f.day().equals(day), s + " gave " + f);
    }
    assertNull(StatedDateParser.find("03/04/2021"), "ambiguous day/month must not become a day");
    assertNull(StatedDateParser.find("about 40 people on 31 February 2021"));
  }

  @Test
  void dateLinesAreMostlyDate() {
    assertTrue(Metadata.isDateLine(Line.of(1, "Published: 08:15 AM, 4 Mar, 2021")));
    assertTrue(Metadata.isDateLine(Line.of(1, "Publié le 4 mars 2021 à 10h15 · Mis à jour le 4 mars 2021 à 12h40")));
    assertFalse(Metadata.isDateLine(Line.of(1,
        "The council voted on March 4, 2021 to close the old bridge for repairs until summer.")));
  }

  @Test
  void bylinesAndAgencyBylines() {
    assertEquals("Mara Lindqvist", BylineParser.byline("by Mara Lindqvist"));
    assertEquals("Mara Lindqvist", BylineParser.byline("Posted by Mara Lindqvist on 22/05/2021"));
    assertEquals("Tomas Berg", BylineParser.byline("By Tomas Berg, Associated Press"));
    assertEquals("The Associated Press", BylineParser.byline("By The Associated Press"));
    assertNull(BylineParser.byline("By Monday, the harbour authority had cleared the last wreck."));
    assertTrue(BylineParser.isReportingCredit("(Reporting by Ana Vek; Editing by Joel Brandt)"));
  }

  @Test
  void datelinesAtTheHeadOfTheLead() {
    assertEquals("OSLAVA —", BylineParser.dateline("OSLAVA — The ministry said on Friday...").text());
    BylineParser.Dateline d = BylineParser.dateline("KESTOV (Daily Meridian) – Talks resumed on Monday.");
    assertEquals("KESTOV (Daily Meridian) –", d.text());
    assertEquals("Daily Meridian", d.paren());
    assertEquals("(Reuters) —", BylineParser.dateline("(Reuters) — Shares fell.").text());
    assertNull(BylineParser.dateline("Officials said the talks — the first in years — went well."));
  }

  @Test
  void creditsFromDatelinesBylinesAndQuotes() {
    assertEquals(List.of("AP"), CreditFinder.find(
        List.of("KESTOV, Norland (AP) — Talks resumed on Monday."), List.of()));
    assertEquals(List.of("AFP"), CreditFinder.find(
        List.of("\"It is fragile,\" the minister's office said in a statement to AFP."), List.of()));
    assertEquals(List.of("AFP"), CreditFinder.find(List.of("Talks resumed."),
        List.of("Agence France-Presse is an international news agency.")));
    assertEquals(List.of("AP"), CreditFinder.find(List.of("Talks resumed."), List.of("By The Associated Press")));
    assertEquals(List.of(), CreditFinder.find(List.of("The harbour reopened on Tuesday."),
        List.of("Harbour at dawn. (Reuters photo)")), "a photo credit alone is too weak");
  }

  @Test
  void outletFromWhatTheSiteSaysAboutItself() {
    assertEquals("Daily Meridian", OutletFinder.find(
        List.of("Talks resumed.", "Daily Meridian is an online news outlet that covers the north."), null, null));
    assertEquals("NorthStar Wire", OutletFinder.find(
        List.of("NorthStar Wire’s website can also be accessed at the following addresses:"), null, null));
    assertEquals("Valley Herald", OutletFinder.find(List.of("Stay tuned with Valley Herald Android App"), null, null));
    assertEquals("Harbour Post", OutletFinder.find(List.of("source : Harbour Post"), null, null));
    assertEquals("Lakeside Chronicle", OutletFinder.find(List.of("© 2021 Lakeside Chronicle. All rights reserved."), null, null));
    assertEquals("Kestov Times", OutletFinder.find(List.of("Talks resumed."), "Kestov Times", null));
    assertNull(OutletFinder.find(List.of("Copyright 2021 The Associated Press. All rights reserved."), "AP", null));
  }

  @Test
  void captionsAreKeptApartWithTheirDate() {
    Line cap = Line.of(7, "The minister (R) greets the envoy in Kestov on March 2, 2021. (NorthStar photo)");
    assertTrue(CaptionFinder.isCaption(cap));
    assertEquals(LocalDate.of(2021, 3, 2), CaptionFinder.caption(cap).date().value());
    assertTrue(CaptionFinder.isCaption(Line.of(1, "Caption: Smoke over the harbour. AFP")));
    assertFalse(CaptionFinder.isCaption(Line.of(1,
        "The minister greeted the envoy in Kestov on Tuesday, officials said.")));
  }

  @Test
  void languageFromFunctionWords() {
    assertEquals("en", LanguageGuesser.guess("The council said that the bridge will be closed for the winter and it is not safe."));
    assertEquals("de", LanguageGuesser.guess("Die Regierung hat sich mit der Opposition auf einen Kompromiss für den Haushalt geeinigt, wie ein Sprecher sagte."));
    assertEquals("fr", LanguageGuesser.guess("Le gouvernement a annoncé que la grève des dockers est terminée dans le port, selon les syndicats."));
    assertNull(LanguageGuesser.guess("OK"));
  }
}
