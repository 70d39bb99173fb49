package dossier.events;

import static dossier.events.ActsFixture.events;
import static dossier.events.ActsFixture.none;
import static dossier.events.ActsFixture.role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The WordNet door: verbs no other door knows, each with the arguments that make it an event. */
class WordNetVerbsTest {
  private static Event event(String text, String type) {
    List<Event> es = events(text);
    Event e = es.stream().filter(x -> x.type().equals(type)).findFirst().orElse(null);
    assertTrue(e != null, () -> text + " -> " + es);
    return e;
  }

  @Test
  void namedDoersAndUndergoers() {
    Event m = event("Velmora mediated between Dastria and the rebels in Brenn.", "CONSULT");
    assertTrue(role(m, "velmora", "SOURCE"), m::toString);
    Event o = event("Velmora ostracized Tomas Marlo after the vote.", "SANCTION");
    assertTrue(role(o, "marlo", "TARGET"), o::toString);
    event("Dastria incarcerated Tomas Marlo for six months.", "COERCE");
    event("Tomas Marlo was incarcerated in Brenn on Monday.", "COERCE");
    event("The Justice Ministry reproved Tomas Marlo for the delay.", "ACCUSE");
    event("Tomas Marlo abdicated as leader of Velmora on Friday.", "RETREAT");
    event("Velmora collaborated with Dastria on the border survey.", "COOPERATE");
  }

  @Test
  void statusesAreTheFindersOwn() {
    Event e = event("Dastria said Velmora had ostracized Tomas Marlo.", "SANCTION");
    assertEquals("claimed", e.status());
    // PLOVER: a meeting still to come is an AGREE
    Event p = event("Velmora will mediate between Dastria and the rebels next week.", "AGREE");
    assertEquals("planned", p.status());
  }

  @Test
  void noHandOrNoOneActedOnIsNoEvent() {
    none("The drought decimated the harvest of Velmora.");
    none("Prices in Velmora exalted the traders of Brenn.");
    none("Tomas Marlo reproved the findings quietly.");
    none("The decimated villages of Dastria were rebuilt.");
    // an agentless passive is news only for custody: a firm wound up, a player sent off
    none("Velmora Holdings will then be liquidated, its owners receiving cash.");
    none("Tomas Marlo was ejected from the game for a late tackle.");
  }

  @Test
  void wordsOfOtherDoorsAreNotReadAgain() {
    // "attacked a plan" is criticism for Idioms and Statements; this door must not make it an
    // assault once they have turned it down
    assertFalse(events("Tomas Marlo attacked the plan of the Justice Ministry.").stream()
        .anyMatch(e -> e.type().equals("ASSAULT")));
  }

  @Test
  void preParseTestLetsTheirSentencesThrough() {
    String s = "Velmora mediated between Dastria and the rebels.";
    assertTrue(TriggerWords.mayHold(s, 0, s.length()));
    String q = "The harvest was good in the valley this year.";
    assertFalse(WordNetVerbs.candidate(q, 0, q.length()));
  }
}
