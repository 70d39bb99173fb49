package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Participant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pronouns resolved across sentences: "he"/"she" by gender to the person named in the sentence
 * or the two before, "we" in a quote to its speaker, "they"/"it" to the subject before; refused
 * when two could be meant.
 */
class PronounsTest {
  private static final List<Entity> ENTITIES = List.of(
      new Entity("marlo", "Tomas Marlo", "PERSON", null),
      new Entity("varga", "Elena Varga", "PERSON", null),
      new Entity("oskar", "Karl Oskar", "PERSON", null),
      new Entity("velmora", "Velmora", "COUNTRY", null),
      new Entity("dastria", "Dastria", "COUNTRY", null),
      new Entity("ministry", "Justice Ministry", "ORGANIZATION", null),
      new Entity("union", "Northern Union", "ORGANIZATION", null),
      new Entity("brenn", "Brenn", "CITY", null));

  private static List<Event> events(String text, List<Entity> entities) {
    return AntecedentFixture.events(text, entities, Map.of("Dastrian", "dastria"));
  }

  private static Event only(String text, String type) {
    List<Event> es = events(text, ENTITIES).stream().filter(e -> e.type().equals(type)).toList();
    assertEquals(1, es.size(), () -> type + " in: " + text + " -> " + events(text, ENTITIES));
    return es.get(0);
  }

  private static String role(Event e, String id) {
    return e.participants().stream().filter(p -> id.equals(p.entityId())).findFirst()
        .map(Participant::role).orElse(null);
  }

  private static List<Event> of(String text, String type) {
    return events(text, ENTITIES).stream().filter(e -> e.type().equals(type)).toList();
  }

  @Test
  void heOrSheIsThePersonOfThatGenderNamedInTheSentenceBefore() {
    String text = "Tomas Marlo arrived in Brenn late on Monday. He accused the Justice Ministry "
        + "of hiding the audit from parliament.";
    Event e = only(text, "ACCUSE");
    assertEquals("SOURCE", role(e, "marlo"), e.toString());
    assertEquals("TARGET", role(e, "ministry"), e.toString());
    // provenance: the evidence is the event's own sentence, not the antecedent's
    assertTrue(e.sources().get(0).start() >= text.indexOf("He accused"), e.toString());

    e = only("Elena Varga spoke to reporters outside the court. She urged the Justice "
        + "Ministry to publish the leaked files.", "REQUEST");
    assertEquals("SOURCE", role(e, "varga"), e.toString());

    e = only("Elena Varga landed in Brenn on Tuesday. The visit had been planned for weeks. "
        + "She rejected the Dastrian proposal after a short meeting.", "REJECT");
    assertEquals("SOURCE", role(e, "varga"), e.toString());
  }

  @Test
  void theGenderPassesOverAPersonOfTheOther() {
    Event e = only("Elena Varga spent the morning with Tomas Marlo in Brenn. She later urged "
        + "Dastria to free the prisoners.", "REQUEST");
    assertEquals("SOURCE", role(e, "varga"), e.toString());
    assertNull(role(e, "marlo"), e.toString());

    e = only("Elena Varga spent the morning with Tomas Marlo in Brenn. He later condemned "
        + "Dastria for the raid.", "ACCUSE");
    assertEquals("SOURCE", role(e, "marlo"), e.toString());
    assertNull(role(e, "varga"), e.toString());
  }

  @Test
  void aTitleDecidesTheGender() {
    // the first-name list has "Kim" for women; "Mr" says this one is a man
    List<Entity> ents = List.of(new Entity("rask", "Kim Rask", "PERSON", null),
        new Entity("varga", "Elena Varga", "PERSON", null),
        new Entity("dastria", "Dastria", "COUNTRY", null));
    List<Event> es = events("Kim Rask and Elena Varga toured the camp on Friday. Mr Rask spoke "
        + "first. He denounced Dastria for the shelling.", ents).stream()
        .filter(e -> e.type().equals("ACCUSE")).toList();
    assertEquals(1, es.size(), es.toString());
    assertEquals("SOURCE", role(es.get(0), "rask"), es.toString());
    assertNull(role(es.get(0), "varga"), es.toString());
  }

  @Test
  void twoPeopleOfTheGenderOrANameTooFarBackResolveNothing() {
    for (Event e : of("Tomas Marlo and Karl Oskar toured Brenn on Friday. He denounced "
        + "Dastria for the blockade.", "ACCUSE")) {
      assertNull(role(e, "marlo"), e.toString());
      assertNull(role(e, "oskar"), e.toString());
    }
    for (Event e : of("Tomas Marlo arrived on Monday. The rain fell all day. The roads were "
        + "closed. He accused the Justice Ministry of lying.", "ACCUSE")) {
      assertNull(role(e, "marlo"), e.toString());
    }
  }

  @Test
  void aNameAfterAPronounOfItsGenderIsNotTheNextPronounsPerson() {
    // (no accusation in the first sentence: mentions of one type in an article merge)
    List<Event> es = of("In May he was seen shouting at Karl Oskar in a bar. Velmora now "
        + "accuses him of fraud.", "ACCUSE");
    assertEquals(1, es.size(), es.toString());
    assertNull(role(es.get(0), "oskar"), "the first 'he' is someone else, so is 'him': " + es);
    // without the "he" before the name, "him" is the man named there
    es = of("In May Karl Oskar was seen shouting in a bar. Velmora now accuses him of fraud.",
        "ACCUSE");
    assertEquals(1, es.size(), es.toString());
    assertEquals("TARGET", role(es.get(0), "oskar"), es.toString());
  }

  @Test
  void aPronounTargetIsResolvedToo() {
    Event e = only("Tomas Marlo returned to Brenn in May. Dastrian police arrested him at the "
        + "airport on Sunday.", "COERCE");
    assertEquals("TARGET", role(e, "marlo"), e.toString());
  }

  @Test
  void theAccusedToldByAPronounMakesTheAccusation() {
    Event e = only("Tomas Marlo was detained in Brenn in May. He now faces three charges of "
        + "fraud.", "ACCUSE");
    assertEquals("TARGET", role(e, "marlo"), e.toString());

    e = only("Elena Varga left the country last year. Velmora accuses her of leaking the "
        + "budget.", "ACCUSE");
    assertEquals("TARGET", role(e, "varga"), e.toString());
    assertEquals("SOURCE", role(e, "velmora"), e.toString());

    // two men before "he": neither is the accused
    for (Event x : of("Tomas Marlo and Karl Oskar were detained in May. He now faces three "
        + "charges of fraud.", "ACCUSE")) {
      assertNull(role(x, "marlo"), x.toString());
      assertNull(role(x, "oskar"), x.toString());
    }
  }

  @Test
  void weInAQuoteIsItsSpeaker() {
    Event e = only("“We urge Dastria to free the prisoners at once,” Tomas Marlo said on "
        + "Monday.", "REQUEST");
    assertEquals("SOURCE", role(e, "marlo"), e.toString());

    e = only("Elena Varga said: “We condemn the Dastrian raid on the village.”", "ACCUSE");
    assertEquals("SOURCE", role(e, "varga"), e.toString());

    e = only("“I reject the ministry's plan,” said Karl Oskar, who chairs the committee.",
        "REJECT");
    assertEquals("SOURCE", role(e, "oskar"), e.toString());
  }

  @Test
  void weInAQuoteWithNoNamedSpeakerIsNobody() {
    for (Event e : of("“We urge Dastria to free the prisoners,” the doctors said in a letter "
        + "to Tomas Marlo.", "REQUEST")) {
      assertNull(role(e, "marlo"), e.toString());
    }
  }

  @Test
  void theyOrItIsTheGroupThatWasTheSubjectBefore() {
    Event e = only("The Northern Union held an emergency meeting in Brenn on Sunday. They "
        + "demanded that Velmora release the detained organisers.", "REQUEST");
    assertEquals("SOURCE", role(e, "union"), e.toString());

    e = only("The Justice Ministry published its annual report on Friday. It accused "
        + "Dastria of hiding evidence.", "ACCUSE");
    assertEquals("SOURCE", role(e, "ministry"), e.toString());

    e = only("Velmora and Dastria exchanged letters last week. They rejected the proposal "
        + "of the Northern Union.", "REJECT");
    assertEquals("SOURCE", role(e, "velmora"), e.toString());
    assertEquals("SOURCE", role(e, "dastria"), e.toString());
  }

  @Test
  void theyIsNoGroupWhenPeopleWereTheSubjectBefore() {
    for (Event e : of("Velmora said two men were detained at the border. They accused "
        + "Dastria of torture.", "ACCUSE")) {
      assertNull(role(e, "velmora"), e.toString());
    }
    for (Event e : of("Tomas Marlo flew to Brenn on Monday. They accused Dastria of lying.",
        "ACCUSE")) {
      assertNull(role(e, "marlo"), "one person is no 'they': " + e);
    }
  }
}
