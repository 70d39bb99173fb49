package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Entity;
import dossier.model.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Search and arrest warrants carried out (COERCE), and a speaker's judgement of an extraposed
 * "that" clause naming someone ("said it is disgraceful that X ...", ACCUSE), with a curly
 * apostrophe too; and their negatives. Invented sentences.
 */
class ExtraposedJudgementsTest {
  private static final LocalDate DAY = LocalDate.parse("2024-06-10");
  private static final List<Entity> ENTITIES = List.of(
      new Entity("brin", "Lela Brin", "PERSON", null),
      new Entity("kael", "Dana Kael", "PERSON", null),
      new Entity("ostrig", "Ostrig", "CITY", null));

  private static List<String> types(String text) {
    return ActsFixture.events(text, DAY, ENTITIES, Map.of()).stream().map(Event::type).sorted()
        .toList();
  }

  @Test
  void aWarrantCarriedOutIsCoercion() {
    assertEquals(List.of("COERCE"),
        types("Police executed a search warrant at a house in Ostrig on Tuesday."));
    assertEquals(List.of("COERCE"),
        types("He said authorities are executing several search warrants in Ostrig."));
    assertEquals(List.of("COERCE"), types("Agents served search warrants at two offices in Ostrig."));
  }

  @Test
  void otherWarrantsAndExecutionsAreNot() {
    assertEquals(List.of(), types("The judge signed a search warrant for the house in Ostrig."));
    assertEquals(List.of(), types("The firm executed its plan and served customers in Ostrig."));
    assertEquals(List.of(), types("The vote signed the party's death warrant in Ostrig."));
  }

  @Test
  void aSpeakerJudgingWhatSomeoneDidAccuses() {
    assertEquals(List.of("ACCUSE"),
        types("Lela Brin said it is disgraceful that Dana Kael misled the voters."));
    assertEquals(List.of("ACCUSE"), types("Party chairman Lela Brin said: \u201cIt\u2019s absolutely"
        + " scandalous that taxpayers are paying for Dana Kael\u2019s mistake.\u201d"));
  }

  @Test
  void praiseOrAJudgementNamingNoOneIsNoAccusation() {
    assertEquals(List.of(), types("Lela Brin said it is wonderful that Dana Kael visited the school."));
    assertEquals(List.of(), types("Lela Brin said it is disgraceful that the bridge collapsed."));
    assertEquals(List.of(), types("Lela Brin said it is not scandalous that Dana Kael hired a lawyer."));
  }
}
