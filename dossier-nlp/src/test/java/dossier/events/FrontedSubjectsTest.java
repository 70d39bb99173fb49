package dossier.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Entity;
import dossier.model.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A subject after a fronted participle phrase, hung by the parser as an apposition
 * ({@link FrontedSubjects}), and a promised act read as still to come ("pledged to meet": an
 * agreement, not a meeting held).
 */
class FrontedSubjectsTest {
  private static final List<Entity> ENTITIES = List.of(
      new Entity("marlo", "Tomas Marlo", "PERSON", null),
      new Entity("varga", "Elena Varga", "PERSON", null),
      new Entity("palace", "Amber Palace", "ORGANIZATION", null),
      new Entity("velmora", "Velmora", "COUNTRY", null),
      new Entity("dastria", "Dastria", "COUNTRY", null));

  private static List<Event> events(String text) {
    return ActsFixture.events(text, LocalDate.parse("2024-06-10"), ENTITIES, Map.of());
  }

  @Test
  void theSubjectAfterAFrontedParticiplePhraseMakesTheEvent() {
    String text = "President Tomas Marlo of Velmora received President Elena Varga of Dastria "
        + "in the capital. In a joint communique, released by the Amber Palace, the two leaders "
        + "also pledged to consult each other every month.";
    List<Event> es = events(text);
    assertTrue(es.stream().anyMatch(e -> e.type().equals("AGREE")
        && ActsFixture.role(e, "marlo", "SOURCE") && ActsFixture.role(e, "varga", "SOURCE")),
        es::toString);
    // a promised meeting is an agreement to meet, not a meeting held in that sentence
    assertTrue(es.stream().noneMatch(e -> e.type().equals("CONSULT")
        && e.sources().stream().anyMatch(s -> s.start() > text.indexOf("In a joint"))),
        es::toString);
  }

  @Test
  void aNameHungOffAFiniteClauseGetsNoVerb() {
    // the parser's apposition here is a relative clause's subject under a finite verb: no repair
    String text = "The new budget raises the pension Velmora promises to pay retired miners.";
    List<Event> es = events(text);
    assertTrue(es.stream().noneMatch(e -> e.type().equals("AGREE")), es::toString);
  }

  @Test
  void namesAfterAFrontedPhrasesCommaAreTheVerbsSubject() {
    // the parser makes the names conjuncts of "talks" and leaves "called" without a subject
    List<Event> es = events("In their joint statement issued after the talks, Tomas Marlo and "
        + "Elena Varga called for the fastest possible ratification of the treaty.");
    assertTrue(es.stream().anyMatch(e -> e.type().equals("REQUEST")
        && ActsFixture.role(e, "marlo", "SOURCE") && ActsFixture.role(e, "varga", "SOURCE")),
        es::toString);
  }
}
