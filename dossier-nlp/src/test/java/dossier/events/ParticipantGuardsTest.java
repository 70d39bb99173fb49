package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Participant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names and pronouns that are no side of the event they stand beside. */
class ParticipantGuardsTest {
  private static final List<Entity> ENTITIES = List.of(
      new Entity("kael", "Dana Kael", "PERSON", null),
      new Entity("velk", "Marta Velk", "PERSON", null),
      new Entity("summit", "Brenn Climate Summit", "ORGANIZATION", null),
      new Entity("velmora", "Velmora", "COUNTRY", null),
      new Entity("dastria", "Dastria", "COUNTRY", null));

  private static List<Event> events(String text) {
    return ActsFixture.events(text, ActsFixture.DAY, ENTITIES, Map.of());
  }

  private static List<String> sides(Event e) {
    return e.participants().stream().map(Participant::entityId).toList();
  }

  @Test
  void theEventsOwnNameIsNoSideOfIt() {
    List<Event> es = events("At the recent Brenn Climate Summit, Dana Kael pledged that Velmora "
        + "would double its solar power by 2030.");
    assertTrue(es.stream().noneMatch(e -> sides(e).contains("summit")), es.toString());
    List<Event> met = events("At the Brenn Climate Summit, Dana Kael met Marta Velk.");
    assertEquals(List.of("CONSULT"), met.stream().map(Event::type).toList(), met.toString());
    assertEquals(List.of("kael", "velk"), sides(met.get(0)).stream().sorted().toList());
  }

  @Test
  void theWritersIAndYouAreNotTheSubjectOfTheClauseAbove() {
    assertEquals(List.of(), events("Dana Kael and Marta Velk replied that I was threatening them "
        + "with a lawsuit."));
    List<Event> theirs = events("Velmora said that it would attack Dastria.");
    assertTrue(theirs.stream().anyMatch(e -> sides(e).contains("velmora")), theirs.toString());
    for (String quote : List.of("``I will attack Dastria,'' Dana Kael said.",
        "\"I will attack Dastria,\" Dana Kael said.")) {
      List<Event> quoted = events(quote);
      assertTrue(quoted.stream().anyMatch(e -> sides(e).contains("kael")),
          "inside a quote, I is its speaker: " + quote + " " + quoted);
    }
  }

  @Test
  void aTypewriterQuotesUsIsItsSpeaker() {
    for (String quote : List.of("``Dastria attacked us on Monday,'' Dana Kael said.",
        "“Dastria attacked us on Monday,” Dana Kael said.")) {
      List<Event> es = events(quote);
      assertTrue(es.stream().anyMatch(e -> e.type().equals("ASSAULT")
          && sides(e).containsAll(List.of("dastria", "kael"))), quote + " " + es);
    }
  }
}
