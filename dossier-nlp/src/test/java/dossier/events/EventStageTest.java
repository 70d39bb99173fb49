package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Mention;
import dossier.model.Participant;
import dossier.model.PublicationDate;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events from the team's own invented sentences: types, places, dates, status, merging. */
class EventStageTest {
  private static final LocalDate DAY = LocalDate.parse("2024-03-08");
  private static final List<Entity> ENTITIES = List.of(
      new Entity("veloria", "Veloria", "COUNTRY", null),
      new Entity("norbania", "Norbania", "COUNTRY", null),
      new Entity("ostrig", "Ostrig", "CITY", null),
      new Entity("kael", "Dana Kael", "PERSON", null),
      new Entity("lake", "Grey Lake", "LOCATION", null),
      new Entity("wire", "Wirenews", "ORGANIZATION", null));

  private final List<Mention> mentions = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();

  private Article article(String source, String text) {
    Article a = new Article(ArticleIds.of(source, text), source, null, null, text, null, null,
        List.of("Wirenews"),
        null, null, null, new PublicationDate(DateRange.exact(DAY), DateBasis.STATED, null, 0.9),
        "en", null);
    for (Entity e : ENTITIES) {
      String name = e.name();
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        mentions.add(new Mention(a.id(), at, at + name.length(), name, "X", e.id()));
      }
    }
    int at = text.indexOf("on Thursday");
    if (at >= 0) {
      times.add(new TimeExpression(a.id(), at + 3, at + 11, "Thursday", "DATE", "2024-03-07",
          DateRange.exact(DAY.minusDays(1))));
    }
    return a;
  }

  private List<Event> run(Article... articles) {
    return EventStage.run(List.of(articles), ENTITIES, mentions, times);
  }

  private static List<String> ids(Event e) {
    return e.participants().stream().map(Participant::entityId).filter(java.util.Objects::nonNull)
        .sorted().toList(); // named ones: "Veloria's envoy" is also a generic actor
  }

  @Test
  void talksInACityOnADayAreOneConsultEvent() {
    List<Event> es = run(article("a.txt",
        "Veloria and Norbania on Thursday held talks in Ostrig to end the dispute."));
    assertEquals(1, es.size(), es.toString());
    Event e = es.get(0);
    assertEquals("CONSULT", e.type());
    assertEquals("ostrig", e.locationId());
    assertEquals(List.of("norbania", "veloria"), ids(e));
    assertEquals(DateRange.exact(DAY.minusDays(1)), e.date());
    assertEquals("happened", e.status());
  }

  @Test
  void aYearThatBoundsAPeriodDoesNotDateTheEvent() {
    String text = "Veloria shelled Ostrig, which Dana Kael has governed since 2001.";
    Article a = article("p.txt", text);
    int at = text.indexOf("2001");
    times.add(new TimeExpression(a.id(), at, at + 4, "2001", "DATE", "2001",
        DateRange.between(LocalDate.parse("2001-01-01"), LocalDate.parse("2001-12-31"))));
    List<Event> es = run(a);
    assertEquals(1, es.size(), es.toString());
    assertEquals(DateRange.between(DAY.minusDays(1), DAY), es.get(0).date(),
        "the report's day or the one before, not the start of a period");
  }

  @Test
  void anUntimedEventGetsAnHonestRangeByItsTense() {
    String text = "Veloria shelled Ostrig. Troops of Norbania are shelling Ostrig. "
        + "Veloria and Norbania will hold talks in Ostrig. Dana Kael has met Norbania's leaders.";
    List<Event> es = run(article("u.txt", text));
    Event shelled = only(es, text, "ASSAULT", "shelled");
    assertEquals(DateRange.between(DAY.minusDays(1), DAY), shelled.date(), "told in the past: "
        + "the report's day or the one before");
    assertEquals(DateRange.exact(DAY), only(es, text, "ASSAULT", "are shelling").date(),
        "told in the present: the report's day");
    Event planned = only(es, text, "AGREE", "will hold talks");
    assertEquals("planned", planned.status());
    assertEquals(DateRange.between(DAY, null), planned.date(), "to come: from the report on");
    assertEquals(DateRange.between(DAY.minusDays(1), DAY), only(es, text, "CONSULT", "has met").date());
    for (Event e : es) {
      assertEquals(Event.REPORT, e.dateBasis(), "no time named: dated by the report " + e);
    }
  }

  @Test
  void aStatedTimeIsTheDateBasisAndOutranksTheReportsDateInAMerge() {
    String text = "Veloria and Norbania on Thursday held talks in Ostrig. "
        + "The talks between Veloria and Norbania in Ostrig were held in a calm mood.";
    List<Event> es = run(article("s.txt", text));
    Event talks = only(es, text, "CONSULT", "on Thursday");
    assertEquals(DateRange.exact(DAY.minusDays(1)), talks.date());
    assertEquals(Event.STATED, talks.dateBasis(), "the sentence's Thursday dates it");
    String untimed = "Veloria and Norbania held talks in Ostrig.";
    Event other = run(article("r.txt", untimed)).get(0);
    assertEquals(Event.REPORT, other.dateBasis());
    List<Event> merged = new ArrayList<>(List.of(other));
    EventStage.merge(merged, talks);
    assertEquals(1, merged.size(), "one meeting in two reports: " + merged);
    assertEquals(DateRange.exact(DAY.minusDays(1)), merged.get(0).date());
    assertEquals(Event.STATED, merged.get(0).dateBasis(), "the intersection is the stated day");
  }

  private static Event only(List<Event> es, String text, String type, String words) {
    List<Event> found = es.stream().filter(e -> e.type().equals(type) && e.sources().stream()
        .anyMatch(s -> text.substring(s.start(), s.end()).contains(words))).toList();
    assertEquals(1, found.size(), type + " \"" + words + "\" in " + es);
    return found.get(0);
  }

  @Test
  void aHeldMeetingMergesAcrossArticlesAndAPlannedOneIsAgree() {
    Article a = article("b1.txt", "Veloria and Norbania were due to hold talks in Ostrig on Thursday.");
    Article b = article("b2.txt", "Veloria and Norbania on Thursday held talks in Ostrig.");
    Article c = article("b3.txt", "In Ostrig, Veloria and Norbania held talks on Thursday.");
    List<Event> es = run(a, b, c);
    assertEquals(2, es.size(), es.toString());
    Event held = es.stream().filter(e -> e.type().equals("CONSULT")).findFirst().orElseThrow();
    assertEquals(2, held.sources().size());
    assertEquals("happened", held.status());
    Event agreed = es.stream().filter(e -> e.type().equals("AGREE")).findFirst().orElseThrow();
    assertEquals("planned", agreed.status(), "PLOVER codes a future meeting AGREE");
    assertEquals("ostrig", agreed.locationId());
  }

  @Test
  void accusationKeepsSourceAndTarget() {
    List<Event> es = run(article("c.txt", "Veloria accused Norbania on Thursday of shelling a school."));
    Event accuse = es.stream().filter(e -> e.type().equals("ACCUSE")).findFirst().orElseThrow();
    assertTrue(accuse.participants().contains(new Participant("veloria", "SOURCE")));
    assertTrue(accuse.participants().contains(new Participant("norbania", "TARGET")));
  }

  @Test
  void hypotheticalsAndOneSidedMeetingsGiveNoEvent() {
    List<Event> es = run(article("d.txt", "It was not clear whether Dana Kael sought to organize "
        + "talks between Veloria and Norbania. Officials said the fighting would go on without a pause. "
        + "Dana Kael announced the meeting. More than 50 people died in the fighting."));
    assertEquals(List.of(), es);
  }

  @Test
  void fightingToldAsNewsIsAnAssault() {
    List<Event> es = run(article("g.txt", "Heavy clashes erupted on Thursday along the border."));
    assertEquals(1, es.size(), es.toString());
    assertEquals("ASSAULT", es.get(0).type());
    assertEquals(DateRange.exact(DAY.minusDays(1)), es.get(0).date());
  }

  @Test
  void theCityOfAMeetingIsItsPlaceNotTheAreaAroundIt() {
    List<Event> es = run(article("f.txt", "Dana Kael told Wirenews that after talks with Veloria "
        + "in the Grey Lake resort city of Ostrig, Norbania left."));
    assertEquals(1, es.size(), es.toString());
    assertEquals("ostrig", es.get(0).locationId());
    assertEquals(List.of("norbania", "veloria"), ids(es.get(0)), "who told of the talks took no part");
  }

  @Test
  void aFutureMeetingIsPlannedAndCodedAgree() {
    List<Event> es = run(article("e.txt", "Dana Kael will meet Veloria's envoy and Norbania's "
        + "delegation in Ostrig next week."));
    assertEquals(1, es.size(), es.toString());
    assertEquals("AGREE", es.get(0).type());
    assertEquals("planned", es.get(0).status());
    assertEquals("ostrig", es.get(0).locationId());
    assertEquals(List.of("kael", "norbania", "veloria"), ids(es.get(0)));
  }

  @Test
  void aHostedMeetingOfTwoLeadersIsThirdPartyConsult() {
    List<Event> es = run(article("h.txt",
        "Dana Kael hosted the leaders of Veloria and Norbania on Thursday in the resort city of Ostrig."));
    assertEquals(1, es.size(), es.toString());
    Event e = es.get(0);
    assertEquals("CONSULT", e.type());
    assertEquals("third-party", e.mode());
    assertEquals("ostrig", e.locationId());
    assertTrue(e.participants().contains(new Participant("kael", "SOURCE")));
    assertTrue(e.participants().contains(new Participant("veloria", "TARGET")));
    assertTrue(e.participants().contains(new Participant("norbania", "TARGET")));
    assertEquals(DateRange.exact(DAY.minusDays(1)), e.date());
  }

  @Test
  void talksBetweenTwoSidesNameTheirParticipants() {
    List<Event> es = run(article("t.txt",
        "The talks between Veloria and Norbania in Ostrig ended without a deal on Thursday."));
    assertEquals(1, es.size(), es.toString());
    assertEquals("CONSULT", es.get(0).type());
    assertEquals(List.of("norbania", "veloria"), ids(es.get(0)));
    assertEquals("ostrig", es.get(0).locationId());
  }

  @Test
  void deniedHopedAndClaimedEventsSayso() {
    List<Event> denied = run(article("n.txt",
        "Veloria denied that it had attacked Norbania on Thursday."));
    assertEquals("denied", denied.get(0).status(), denied.toString());
    List<Event> hoped = run(article("o.txt", "Dana Kael hopes to meet Veloria and Norbania soon."));
    assertEquals("hoped", hoped.get(0).status(), hoped.toString());
    List<Event> claimed = run(article("q.txt", "Norbania said Veloria attacked Ostrig on Thursday."));
    assertEquals("claimed", claimed.get(0).status(), claimed.toString());
  }

  @Test
  void aClaimedEventNamesWhoseWordItIsAndAFactNamesNoOne() {
    List<Event> claimed = run(article("cl.txt",
        "Norbania's defence ministry said Veloria shelled Ostrig on Thursday."));
    Event e = claimed.stream().filter(x -> x.type().equals("ASSAULT")).findFirst().orElseThrow();
    assertEquals("claimed", e.status(), claimed.toString());
    assertEquals(1, e.claims().size(), e.toString());
    dossier.model.Claim c = e.claims().get(0);
    assertEquals("norbania", c.claimantId());
    assertEquals("Norbania's defence ministry", c.claimantText());
    assertEquals(e.sources().get(0), c.source(), "the claim points at the report that makes it");

    List<Event> according = run(article("ac.txt",
        "Veloria shelled Ostrig on Thursday, according to Dana Kael."));
    Event a = according.stream().filter(x -> x.type().equals("ASSAULT")).findFirst().orElseThrow();
    assertEquals("claimed", a.status(), according.toString());
    assertEquals("kael", a.claims().get(0).claimantId(), a.toString());

    List<Event> fact = run(article("fa.txt", "Veloria shelled Ostrig on Thursday."));
    assertTrue(fact.get(0).claims().isEmpty(), fact.toString());
  }

  @Test
  void aDeniedEventNamesWhoDeniesIt() {
    List<Event> es = run(article("dn.txt",
        "Norbania denied that its troops had shelled Ostrig on Thursday."));
    Event e = es.stream().filter(x -> x.type().equals("ASSAULT")).findFirst().orElseThrow();
    assertEquals("denied", e.status(), es.toString());
    assertEquals(1, e.claims().size(), e.toString());
    assertEquals("norbania", e.claims().get(0).claimantId());
    assertEquals("Norbania", e.claims().get(0).claimantText());
    // told by the reporter as not done: no one denies it, and PLOVER codes no event
    assertEquals(List.of(), run(article("nd.txt", "Veloria did not attack Norbania on Thursday.")));
  }

  @Test
  void aVerbalActToldByItsDoerIsTheActItselfNotAClaimOfIt() {
    List<Event> own = run(article("ow.txt",
        "Norbania said on Thursday it rejects the proposals of Veloria."));
    Event r = own.stream().filter(x -> x.type().equals("REJECT")).findFirst().orElseThrow();
    assertEquals("happened", r.status(), own.toString());
    assertTrue(r.claims().isEmpty(), r.toString());
    List<Event> other = run(article("ot.txt",
        "Norbania said on Thursday that Veloria rejects the proposals."));
    Event o = other.stream().filter(x -> x.type().equals("REJECT")).findFirst().orElseThrow();
    assertEquals("claimed", o.status(), other.toString());
    assertEquals("norbania", o.claims().get(0).claimantId());
  }

  @Test
  void oneEventToldAsFactAndAsAClaimKeepsTheClaimOfItsOneReport() {
    Article told = article("t1.txt", "Veloria shelled Ostrig on Thursday.");
    Article said = article("t2.txt", "Norbania said Veloria shelled Ostrig on Thursday.");
    List<Event> es = run(told, said);
    List<Event> assaults = es.stream().filter(x -> x.type().equals("ASSAULT")).toList();
    assertEquals(1, assaults.size(), es.toString());
    Event e = assaults.get(0);
    assertEquals("happened", e.status(), "a report as fact outranks a claim");
    assertEquals(2, e.sources().size(), e.toString());
    assertEquals(1, e.claims().size(), e.toString());
    assertEquals(said.id(), e.claims().get(0).source().article());
    assertEquals("norbania", e.claims().get(0).claimantId());
  }

  @Test
  void aCaptionEventKeepsItsPartAndTheCaptionsDate() {
    String caption = "Dana Kael meets Veloria's envoy and Norbania's delegation in Ostrig.";
    Article plain = article("cap.txt", "The region was calm on Friday.");
    Article a = new Article(plain.id(), plain.source(), null, null, plain.text(), null, null,
        List.of(), null, null, List.of(new dossier.model.Caption(caption, 3,
            DateRange.exact(LocalDate.parse("2023-05-02")))), plain.published(), "en", null);
    for (Entity e : ENTITIES) {
      for (int at = caption.indexOf(e.name()); at >= 0; at = caption.indexOf(e.name(), at + 1)) {
        mentions.add(new Mention(a.id(), at, at + e.name().length(), e.name(), "X", e.id(),
            dossier.model.Part.caption(0)));
      }
    }
    List<Event> es = run(a);
    assertEquals(1, es.size(), es.toString());
    Event e = es.get(0);
    assertEquals("CONSULT", e.type());
    assertEquals("ostrig", e.locationId());
    assertEquals(DateRange.exact(LocalDate.parse("2023-05-02")), e.date());
    assertEquals(Event.CAPTION, e.dateBasis(), "dated by the caption's own date");
    assertEquals("caption:0", e.sources().get(0).part());
    assertEquals("caption", e.sources().get(0).context());
    assertEquals(caption, caption.substring(e.sources().get(0).start(), e.sources().get(0).end()));
  }

  @Test
  void aCaptionPrintedTwiceIsReadOnce() {
    DateRange day = DateRange.exact(LocalDate.parse("2023-05-02"));
    String once = "Dana Kael meets Veloria's envoy in Ostrig.";
    List<dossier.model.Caption> caps = List.of(
        new dossier.model.Caption(once + " Photo: Lena Ors hide caption", 3, day),
        new dossier.model.Caption(once, 4, day), new dossier.model.Caption("A street.", 5, day));
    assertTrue(EventStage.repeated(caps, 1));
    assertFalse(EventStage.repeated(caps, 0));
    assertFalse(EventStage.repeated(caps, 2));
  }

  @Test
  void aTitledPersonActsRatherThanTheCountryOwningTheTitle() {
    // the parser hangs "Dana Kael" off "President" (dep/appos) and "Veloria" off it as possessor
    List<Event> es = run(article("t.txt",
        "Veloria's President Dana Kael (L) meets with Norbania's delegation in Ostrig on Thursday."));
    assertEquals(1, es.size(), es.toString());
    assertTrue(ids(es.get(0)).contains("kael"), es.toString());
    assertFalse(es.get(0).participants().stream()
        .anyMatch(p -> p.entityId().equals("veloria") && p.role().equals("SOURCE")), es.toString());
  }

  @Test
  void aQuotedSentenceIsMarkedQuote() {
    List<Event> es = run(article("u.txt",
        "\u201cVeloria shelled Ostrig on Thursday and killed two farmers,\u201d Dana Kael said."));
    assertEquals(1, es.size(), es.toString());
    assertEquals("quote", es.get(0).sources().get(0).context());
  }
}
