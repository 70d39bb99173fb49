package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Entity;
import dossier.model.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Attacks in words on people (PLOVER ACCUSE), rallies one person holds (no PROTEST) and weapons
 * that are figures of speech, each beside the near sentence where the event is real.
 */
class VerbalAttacksTest {
  private static final LocalDate DAY = LocalDate.parse("2024-06-10");
  private static final List<Entity> ENTITIES = List.of(
      new Entity("marlo", "Tomas Marlo", "PERSON", null),
      new Entity("keld", "Anna Keld", "PERSON", null),
      new Entity("velmora", "Velmora", "COUNTRY", null),
      new Entity("dastria", "Dastria", "COUNTRY", null),
      new Entity("party", "Unity Party", "ORGANIZATION", null),
      new Entity("brenn", "Brenn", "CITY", null));

  private static List<String> types(String text) {
    return ActsFixture.events(text, DAY, ENTITIES, Map.of()).stream().map(Event::type).sorted()
        .toList();
  }

  @Test
  void aCandidateAttackingARivalCriticises() {
    assertEquals(List.of("ACCUSE"), types("Tomas Marlo attacked Anna Keld over her support for "
        + "the war."));
    assertEquals(List.of("ACCUSE"), types("The candidates attacked Anna Keld for being soft on "
        + "Dastria."));
    assertEquals(List.of("ACCUSE"), types("Tomas Marlo also attacked the debate moderators."));
    assertEquals(List.of("ACCUSE"), types("The Unity Party campaign attacked him repeatedly."));
  }

  @Test
  void anAttackWithArmsOrByAStateIsForce() {
    assertEquals(List.of("ASSAULT"), types("Tomas Marlo attacked Anna Keld with a knife outside "
        + "a bar in Brenn."));
    assertEquals(List.of("ASSAULT"), types("Gunmen attacked Anna Keld in Brenn."));
    assertEquals(List.of("ASSAULT"), types("Tomas Marlo attacked Anna Keld again, dragging her "
        + "into the woods."));
    assertEquals(List.of("ASSAULT"), types("Velmora attacked Dastria on Friday."));
  }

  @Test
  void rhetoricalRocketsAreNoAssault() {
    assertEquals(List.of(), types("Tomas Marlo fired rhetorical rockets at Anna Keld."));
    assertEquals(List.of("ASSAULT"), types("Velmora fired rockets at Dastria on Friday."));
  }

  @Test
  void aRallyOnePersonHoldsIsACampaignStop() {
    assertEquals(List.of(), types("Tomas Marlo held a raucous rally in Brenn on Wednesday "
        + "night."));
    assertEquals(List.of("PROTEST"), types("Tomas Marlo held a rally against the decree in "
        + "Brenn."));
    assertEquals(List.of("PROTEST"), types("Thousands of protesters held a rally in Brenn on "
        + "Friday."));
    assertEquals(List.of("PROTEST"), types("Tomas Marlo's supporters began a two-day rally in "
        + "Brenn on Friday."));
  }
}
