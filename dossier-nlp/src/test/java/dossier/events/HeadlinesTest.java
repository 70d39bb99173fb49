package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.DateRange;
import dossier.model.Event;
import dossier.model.Mention;
import dossier.model.Part;
import dossier.model.Participant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlinesTest {
  private static final String BODY = "Officials in Velmora said on Monday that the minister would "
      + "travel to Brenn. Tomas Marlo spoke to reporters there.";

  private static List<Mention> names(String title, String... names) {
    List<Mention> out = new java.util.ArrayList<>();
    for (String n : names) {
      int at = title.indexOf(n);
      out.add(new Mention("a", at, at + n.length(), n, "COUNTRY", n.toLowerCase(), Part.TITLE));
    }
    return out;
  }

  @Test
  void titleCaseTakesTheBodysCaseAndKeepsNamesAndLength() {
    String t = "Velmora Drops Its Inquiry Into Bribery Claims Against Tomas Marlo";
    String r = Headlines.recased(t, BODY, names(t, "Velmora", "Tomas Marlo"));
    assertEquals("Velmora drops its inquiry into bribery claims against Tomas Marlo", r);
    String u = "Minister Of Velmora Slams Dastria Over Border Closure";
    // "Velmora" is written capitalised inside the body's sentences: a name even untagged
    assertEquals("Minister of Velmora slams dastria over border closure",
        Headlines.recased(u, BODY, List.of()));
    assertEquals(u.length(), Headlines.recased(u, BODY, List.of()).length());
  }

  @Test
  void capitalsBecomeRunningCaseButAcronymsStay() {
    String t = "VELMORA EXPELS NATO ENVOY OVER SPY ROW";
    assertEquals("Velmora expels NATO envoy over spy row",
        Headlines.recased(t, BODY, names(t, "VELMORA")));
  }

  @Test
  void aTitleInRunningCaseIsLeftAlone() {
    for (String t : List.of("Velmora drops inquiry into bribery claims",
        "Dastria: Velmora recalls its envoy", "Tomas Marlo arrested in Brenn")) {
      assertEquals(t, Headlines.recased(t, BODY, List.of()));
    }
  }

  @Test
  void aKickerIsLeftOutOfTheHeadlineProper() {
    assertEquals(12, Headlines.kickerEnd("Border row: Velmora recalls its envoy"));
    assertEquals(0, Headlines.kickerEnd("Velmora recalls its envoy"));
    // too long to be a kicker, or too little after it
    assertEquals(0, Headlines.kickerEnd("The minister told the assembly on Monday night: we go"));
  }

  @Test
  void questionsFeaturesAndOpinionAreNoNews() {
    for (String t : List.of("Will Velmora condemn Dastria?", "Is the border row over?",
        "Why Velmora cannot trust Dastria", "How the talks in Brenn fell apart",
        "What we know about the arrest of Tomas Marlo", "Opinion: Velmora should sanction Dastria",
        "The Herald view on Velmora: a country on edge", "Phone review: fast, bright and dear",
        "Fact check: did Velmora close the border?", "Analysis: Velmora's gamble on the border",
        "5 things to know about the sanctions on Dastria", "Seven key questions before the vote",
        "Border row: everything you need to know")) {
      assertTrue(Headlines.noNews(t), t);
    }
    for (String t : List.of("Velmora expels Dastria envoy", "WHO warns of outbreak in Brenn",
        "Border row: Velmora recalls its envoy", "Tomas Marlo arrested in Brenn",
        "Velmora and Dastria to hold talks", "Video shows Velmora police detaining Tomas Marlo",
        "Review finds Velmora police broke the rules")) {
      assertFalse(Headlines.noNews(t), t);
    }
  }

  @Test
  void anUndatedTitleEventSpansTheWeekUpToTheReportOrAfterIt() {
    DateRange day = DateRange.exact(LocalDate.parse("2024-06-10"));
    DepFinder.Found f = new DepFinder.Found("SANCTION", null, "happened", day, null, List.of(), 0,
        5, 0.7);
    assertEquals(DateRange.between(LocalDate.parse("2024-06-03"), LocalDate.parse("2024-06-10")),
        Headlines.dated(f, day).date());
    DepFinder.Found planned = new DepFinder.Found("AGREE", null, "planned", day, null, List.of(),
        0, 5, 0.7);
    assertEquals(DateRange.between(LocalDate.parse("2024-06-10"), LocalDate.parse("2024-06-17")),
        Headlines.dated(planned, day).date());
    DateRange own = DateRange.exact(LocalDate.parse("2024-06-08"));
    DepFinder.Found dated = new DepFinder.Found("SANCTION", null, "happened", own, null,
        List.of(), 0, 5, 0.7);
    assertEquals(own, Headlines.dated(dated, day).date());
  }

  // with the parser

  private static List<String> titleTypes(String title) {
    return HeadlinesFixture.inTitle(HeadlinesFixture.events(title,
        "Officials of Velmora and of Dastria gave no details to reporters."))
        .stream().map(e -> e.type() + " " + e.status()).sorted().toList();
  }

  @Test
  void titleCaseHeadlinesGiveTheirEvents() {
    assertEquals(List.of("CONCEDE happened"),
        titleTypes("Velmora Drops Its Inquiry Into Bribery Claims Against Tomas Marlo"));
    assertEquals(List.of("CONCEDE happened"),
        titleTypes("Velmora Drops Inquiry Into Tomas Marlo"));
    assertEquals(List.of("ACCUSE happened"),
        titleTypes("Velmora Slams Dastria Over Border Closure"));
    assertEquals(List.of("SANCTION happened"),
        titleTypes("VELMORA EXPELS DASTRIA'S AMBASSADOR"));
  }

  @Test
  void theHeadlinesTenseGivesTheStatus() {
    assertEquals(List.of("AGREE planned"), titleTypes("Velmora and Dastria to hold talks"));
    assertEquals(List.of("AGREE planned"), titleTypes("Velmora And Dastria To Hold Talks"));
    assertEquals(List.of(), titleTypes("Velmora may impose sanctions on Dastria"));
    assertEquals(List.of(), titleTypes("Velmora Could Impose Sanctions On Dastria"));
  }

  @Test
  void questionsFeaturesAndOpinionTitlesGiveNoEvent() {
    assertEquals(List.of(), titleTypes("Will Velmora condemn Dastria?"));
    assertEquals(List.of(), titleTypes("Why Velmora condemned Dastria"));
    assertEquals(List.of(), titleTypes("Opinion: Velmora should condemn Dastria"));
    assertEquals(List.of(), titleTypes("How Velmora expelled Dastria's ambassador"));
  }

  @Test
  void aParticipleHeadlineIsPassive() {
    for (String t : List.of("Tomas Marlo arrested in Brenn", "Tomas Marlo Arrested In Brenn",
        "Dastria: Tomas Marlo detained in Brenn")) {
      List<Event> es = HeadlinesFixture.inTitle(HeadlinesFixture.events(t, "Nothing else."));
      assertEquals(1, es.size(), t);
      Event e = es.get(0);
      assertEquals("COERCE", e.type(), t);
      assertTrue(e.participants().stream().anyMatch(p -> "marlo".equals(p.entityId())
          && "TARGET".equals(p.role())), t + " " + e.participants());
      assertFalse(e.participants().stream().anyMatch(p -> "marlo".equals(p.entityId())
          && "SOURCE".equals(p.role())), t + " " + e.participants());
    }
  }

  @Test
  void theTitleAndTheLeadAreOneEventWithBothSources() {
    String body = "Velmora expelled the ambassador of Dastria on Saturday, its foreign ministry "
        + "said in a statement.";
    List<Event> es = HeadlinesFixture.events("Velmora Expels Dastria Envoy", body, "on Saturday",
        LocalDate.parse("2024-06-08"));
    List<Event> sanctions = es.stream().filter(e -> e.type().equals("SANCTION")).toList();
    assertEquals(1, sanctions.size(), es.toString());
    Event e = sanctions.get(0);
    assertEquals(List.of(Part.TEXT, Part.TITLE), e.sources().stream().map(s -> s.part()).toList());
    assertEquals(DateRange.exact(LocalDate.parse("2024-06-08")).earliest(), e.date().earliest());
    assertEquals(0, e.sources().get(1).start());
    assertEquals("Velmora Expels Dastria Envoy".length(), e.sources().get(1).end());
  }

  @Test
  void aVerbTheTaggerReadAsANounIsAVerbAgain() {
    for (String t : List.of("Velmora Police Arrest Tomas Marlo",
        "Velmora police arrest Tomas Marlo in Brenn")) {
      List<Event> es = HeadlinesFixture.inTitle(HeadlinesFixture.events(t,
          "Officials of Velmora said Tomas Marlo was held."));
      assertEquals(List.of("COERCE"), es.stream().map(Event::type).toList(), t);
      assertTrue(es.get(0).participants().stream().anyMatch(p -> "marlo".equals(p.entityId())
          && "TARGET".equals(p.role())), t);
    }
    assertEquals(List.of("ASSAULT happened"), titleTypes("Velmora troops attack Brenn"));
    // nouns stay nouns where no verb can stand: a count, a row of nouns
    assertEquals(List.of(), titleTypes("Velmora police arrests rise"));
    assertEquals(List.of(), titleTypes("Velmora border clash talks"));
  }

  @Test
  void hittingSomeoneWithTariffsIsNoAssault() {
    assertEquals(List.of(), titleTypes("Velmora hits Dastria with tariffs"));
    assertEquals(List.of(), ActsFixture.types("Velmora hit Dastria with new tariffs on steel."));
    assertEquals(List.of(), ActsFixture.types("Dastria was slapped with a fine by Velmora."));
    assertEquals(List.of("ASSAULT"), ActsFixture.types("Velmora hit Dastria with missiles."));
  }

  @Test
  void aTitleEventTheTextDoesNotTellKeepsTheReportsDay() {
    List<Event> es = HeadlinesFixture.inTitle(HeadlinesFixture.events("Velmora Expels Dastria Envoy",
        "Officials of Velmora and of Dastria gave no details to reporters."));
    assertEquals(1, es.size(), es.toString());
    assertEquals(DateRange.exact(HeadlinesFixture.DAY), es.get(0).date());
  }
}
