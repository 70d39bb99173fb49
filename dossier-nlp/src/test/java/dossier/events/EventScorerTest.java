package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Article;
import dossier.model.Caption;
import dossier.model.DateRange;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Participant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The event scorer on a tiny invented gold set: matches by type and sentence, then participants. */
class EventScorerTest {
  private static final String TEXT = "Veloria and Norbania held talks in Ostrig on Monday. "
      + "Norbania accused Veloria of shelling. The weather was mild.";
  private static final Article A = new Article("a1", "in/report.txt", null,
      "Veloria and Norbania hold talks", TEXT, null, null, List.of(), null, null,
      List.of(new Caption("Dana Kael arrives in Ostrig.", 4, DateRange.unknown())), null, "en", null);
  private static final Map<String, List<String>> NAMES = Map.of("v", List.of("Veloria"),
      "n", List.of("Norbania", "Republic of Norbania"), "o", List.of("Ostrig"));
  private static final DateRange MONDAY = DateRange.exact(LocalDate.parse("2024-03-04"));

  private static EventScorer.Gold gold(String type, String evidence, List<String> who,
      String part, boolean optional) {
    return new EventScorer.Gold("report.txt", List.of(type), who, null, MONDAY, "happened",
        evidence, part, optional);
  }

  private static Event event(String type, int start, int end, String part, String... who) {
    List<Participant> ps = java.util.Arrays.stream(who).map(w -> new Participant(w, "SOURCE")).toList();
    return new Event("e" + start + type, type, null, "happened", MONDAY, "o", ps,
        List.of(new Evidence("a1", start, end, "body", part)), 0.8);
  }

  @Test
  void scoresTypeAndSentenceThenParticipants() {
    List<EventScorer.Gold> gold = List.of(
        gold("CONSULT", "held talks in Ostrig", List.of("Veloria", "Norbania"), "text", false),
        gold("ACCUSE", "Norbania accused Veloria", List.of("Norbania", "Veloria"), "text", false),
        gold("CONSULT", "Veloria and Norbania hold talks", List.of(), "title", true),
        gold("CONSULT", "Dana Kael arrives", List.of("Kael"), "caption", false));
    int s2 = TEXT.indexOf("Norbania accused");
    List<Event> events = List.of(
        event("CONSULT", 0, 52, "text", "v", "n"),            // right, with both participants
        event("ACCUSE", s2, s2 + 36, "text", "n"),             // right type, one participant short
        event("ASSAULT", s2, s2 + 36, "text"),                 // wrong type: a false alarm
        event("CONSULT", 0, 31, "title", "v", "n"));          // optional line: no miss, no alarm
    EventScorer.Report r = EventScorer.score(gold, List.of(A), events, NAMES);
    assertEquals(4, r.system());
    assertEquals(3, r.matched());
    assertEquals(3, r.required());
    assertEquals(2, r.found());
    assertEquals(0.75, r.precision(), 1e-9);
    assertEquals(2.0 / 3, r.recall(), 1e-9);
    assertEquals(1, r.foundWithParticipants());
    assertEquals(2, r.matchedWithParticipants(), "the optional title line counts for precision");
    assertEquals(List.of("Dana Kael arrives"), r.missed().stream().map(EventScorer.Gold::evidence).toList());
    assertEquals("ASSAULT", r.falseAlarms().get(0).event().type());
    // the accusation found with one of its two participants is listed for the roles check
    assertEquals(1, r.unmatchedParticipants().size());
    assertEquals("Norbania accused Veloria", r.unmatchedParticipants().get(0).gold().evidence());
    assertEquals("ACCUSE", r.unmatchedParticipants().get(0).mention().event().type());
    assertEquals(2, r.dateAsked());
    assertEquals(2, r.dateRight());
  }

  @Test
  void aGoldLineOutsideTheTextsIsReportedNotScored() {
    EventScorer.Report r = EventScorer.score(
        List.of(gold("CONSULT", "no such sentence", List.of(), "text", false)), List.of(A),
        List.of(), NAMES);
    assertEquals(1, r.unlocated().size());
    assertEquals(0, r.required());
  }

  @Test
  void aForceCountsForTheCountryItBelongsTo() {
    int s2 = TEXT.indexOf("Norbania accused");
    EventScorer.Gold g = gold("ACCUSE", "Norbania accused Veloria", List.of("Norbania"), "text",
        false);
    Participant troops = Participant.generic(new dossier.model.GenericActor("Norbanian troops",
        "troops", "MIL", "n", "a1", "text", s2, s2 + 8), "SOURCE");
    Participant police = Participant.generic(new dossier.model.GenericActor("police", "police",
        "COP", null, "a1", "text", s2, s2 + 8), "SOURCE");
    for (var c : List.of(java.util.Map.entry(troops, 1), java.util.Map.entry(police, 0))) {
      Event e = new Event("e", "ACCUSE", null, "happened", MONDAY, null, List.of(c.getKey()),
          List.of(new Evidence("a1", s2, s2 + 36, "body", "text")), 0.8);
      EventScorer.Report r = EventScorer.score(List.of(g), List.of(A), List.of(e), NAMES);
      assertEquals(1, r.found(), c.getKey().toString());
      assertEquals((int) c.getValue(), r.foundWithParticipants(),
          "Norbania's own troops count for it; police of no country do not: " + c.getKey());
    }
  }
}
