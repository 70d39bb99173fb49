package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.GenericActor;
import dossier.model.Mention;
import dossier.model.Participant;
import dossier.model.PublicationDate;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Generic actors ("police", "Velorian troops", "the two sides") as event participants. */
class GenericActorsTest {
  private static final LocalDate DAY = LocalDate.parse("2024-03-08");
  private static final List<Entity> ENTITIES = List.of(
      new Entity("veloria", "Veloria", "COUNTRY", null),
      new Entity("norbania", "Norbania", "COUNTRY", null),
      new Entity("tessaly", "Tessaly", "COUNTRY", null),
      new Entity("ostrig", "Ostrig", "CITY", null),
      new Entity("kael", "Dana Kael", "PERSON", null),
      new Entity("morrow", "Ivo Morrow", "PERSON", null));
  private static final Map<String, String> ADJECTIVES = Map.of("Velorian", "veloria",
      "Norbanian", "norbania");

  private final List<Mention> mentions = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();

  private Article article(String source, String text) {
    Article a = new Article(ArticleIds.of(source, text), source, null, null, text, null, null,
        List.of(), null, null, null,
        new PublicationDate(DateRange.exact(DAY), DateBasis.STATED, null, 0.9), "en", null);
    for (Entity e : ENTITIES) {
      for (int at = text.indexOf(e.name()); at >= 0; at = text.indexOf(e.name(), at + 1)) {
        mentions.add(new Mention(a.id(), at, at + e.name().length(), e.name(), "X", e.id()));
      }
    }
    ADJECTIVES.forEach((word, id) -> {
      for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        mentions.add(new Mention(a.id(), at, at + word.length(), word, "NATIONALITY", id));
      }
    });
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

  private static Event only(List<Event> es, String type) {
    List<Event> of = es.stream().filter(e -> e.type().equals(type)).toList();
    assertEquals(1, of.size(), es.toString());
    return of.get(0);
  }

  private static Participant generic(Event e, String label) {
    return e.participants().stream()
        .filter(p -> p.isGeneric() && p.actor().label().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no generic " + label + " in " + e.participants()));
  }

  private static List<String> named(Event e) {
    return e.participants().stream().map(Participant::entityId).filter(Objects::nonNull)
        .sorted().toList();
  }

  @Test
  void policeArrestingAPersonIsTheSourceWithItsWordsAndSector() {
    String text = "Police arrested Dana Kael in Ostrig on Thursday after the march.";
    Article a = article("a.txt", text);
    Event e = only(run(a), "COERCE");
    Participant police = generic(e, "police");
    assertEquals("SOURCE", police.role());
    assertNull(police.entityId());
    GenericActor g = police.actor();
    assertEquals("COP", g.sector());
    assertEquals("Police", text.substring(g.start(), g.end()));
    assertEquals("Police", g.text());
    assertEquals(a.id(), g.article());
    assertEquals("text", g.part());
    assertEquals("police (COP)", g.display());
    assertEquals(List.of("kael"), named(e));
    assertEquals("TARGET", e.participants().stream()
        .filter(p -> "kael".equals(p.entityId())).findFirst().orElseThrow().role());
  }

  @Test
  void aNationalityTiesTheActorToItsCountry() {
    String text = "Velorian troops shelled Ostrig on Thursday, killing two civilians.";
    Event e = only(run(article("b.txt", text)), "ASSAULT");
    GenericActor g = generic(e, "troops").actor();
    assertEquals("MIL", g.sector());
    assertEquals("veloria", g.affiliationId());
    assertEquals("Velorian troops", g.text());
    assertEquals("SOURCE", generic(e, "troops").role());
  }

  @Test
  void aPassiveAgentAndAPossessiveCountry() {
    String text = "Ivo Morrow was detained by Norbania's army on Thursday near the border.";
    Event e = only(run(article("c.txt", text)), "COERCE");
    Participant army = generic(e, "army");
    assertEquals("SOURCE", army.role());
    assertEquals("norbania", army.actor().affiliationId());
    assertEquals("Norbania's army", army.actor().text());
    assertTrue(named(e).contains("morrow"), e.toString());
  }

  @Test
  void aModifierGivesAHollowNounItsCode() {
    Event e = only(run(article("d.txt",
        "Rebel forces attacked Ostrig on Thursday and seized the airport.")), "ASSAULT");
    GenericActor g = generic(e, "militants").actor();
    assertEquals("REB", g.sector());
    assertEquals("Rebel forces", g.text());
  }

  @Test
  void theTwoSidesAreTheTwoCountriesOfThePreviousSentence() {
    Event e = only(run(article("e.txt", "Veloria and Norbania fought a short war last year. "
        + "On Thursday the two sides met in Ostrig for the first time.")), "CONSULT");
    assertEquals(List.of("norbania", "veloria"), named(e));
    assertEquals("ostrig", e.locationId());
  }

  @Test
  void envoysOfBothSides() {
    Event e = only(run(article("h.txt", "Veloria and Norbania closed their embassies in May. "
        + "Envoys from both sides met in Ostrig on Thursday.")), "CONSULT");
    assertEquals(List.of("norbania", "veloria"), named(e));
  }

  @Test
  void bothSidesInTheSameSentence() {
    Event e = only(run(article("f.txt", "After the Veloria-Norbania border incident, both sides "
        + "agreed to a ceasefire on Thursday.")), "AGREE");
    assertEquals(List.of("norbania", "veloria"), named(e));
  }

  @Test
  void theTwoSidesStayUnresolvedAmongThreeCountries() {
    List<Event> es = run(article("g.txt", "Veloria, Norbania and Tessaly sent envoys to Ostrig. "
        + "On Thursday the two sides met again."));
    assertTrue(es.stream().noneMatch(e -> e.type().equals("CONSULT")
        && e.sources().get(0).start() > 40), es.toString());
  }

  @Test
  void aCountryAndAPersonAreNoTwoSides() {
    List<Event> es = run(article("i.txt", "Veloria said Dana Kael would travel to Ostrig. "
        + "Both sides blamed each other for shelling villages on Thursday."));
    assertTrue(es.stream().noneMatch(e -> e.type().equals("ACCUSE")), es.toString());
  }

  @Test
  void twoPeopleBesideACountryAreNoTwoSides() {
    List<Event> es = run(article("j.txt", "Before meeting Ivo Morrow, Dana Kael said Veloria "
        + "wanted calm. The two sides pledged on Thursday to refrain from force."));
    assertTrue(es.stream().noneMatch(e -> e.type().equals("AGREE")), es.toString());
  }

  @Test
  void twoPeopleAloneAreTheTwoSides() {
    Event e = only(run(article("k.txt", "Dana Kael and Ivo Morrow spoke by phone last week. "
        + "On Thursday the two sides met in Ostrig.")), "CONSULT");
    assertEquals(List.of("kael", "morrow"), named(e));
  }

  @Test
  void genericActorsNeitherJoinNorSplitEvents() {
    DateRange d = DateRange.exact(DAY);
    GenericActor police = new GenericActor("police", "police", "COP", null, "a1", "text", 0, 6);
    GenericActor troops = new GenericActor("troops", "troops", "MIL", null, "a2", "text", 0, 6);
    Participant kael = new Participant("kael", "TARGET");
    Participant morrow = new Participant("morrow", "TARGET");
    List<Event> es = EventStage.merge(List.of(
        List.of(event("a1", d, Participant.generic(police, "SOURCE"), kael)),
        List.of(event("a2", d, Participant.generic(police, "SOURCE"), morrow)),
        List.of(event("a3", d, Participant.generic(troops, "SOURCE"), kael))));
    assertEquals(2, es.size(), es.toString());
    Event first = es.get(0);
    assertEquals(2, first.sources().size());
    assertEquals(List.of("~police", "kael", "~troops"),
        first.participants().stream().map(Participant::key).toList());
  }

  private static Event event(String article, DateRange d, Participant... ps) {
    return new Event(null, "COERCE", null, "happened", d, null, List.of(ps),
        List.of(new Evidence(article, 0, 10, "body")), 0.7);
  }

  @Test
  void theSectorTableIsGeneral() {
    assertEquals("COP", GenericActors.codeOf("policeman", "policemen").sector());
    assertEquals("UAF", GenericActors.codeOf("gunman", "gunmen").sector());
    assertEquals("JUD", GenericActors.codeOf("judge", "judge").sector());
    assertEquals("court", GenericActors.codeOf("court", "court").label());
    assertEquals("OPP", GenericActors.codeOf("protester", "protesters").sector());
    assertNotNull(GenericActors.codeOf("crowd", "crowd"));
    assertNull(GenericActors.codeOf("table", "tables"));
  }

  @Test
  void theScorerMatchesAGoldParticipantByItsLabel() {
    Participant p = Participant.generic(
        new GenericActor("Velorian riot police", "police", "COP", "veloria", "a", "text", 0, 20),
        "SOURCE");
    assertTrue(EventScorer.generic(p, "police"));
    assertTrue(EventScorer.generic(p, "the riot police"));
    assertTrue(!EventScorer.generic(p, "Policeville"));
  }
}
