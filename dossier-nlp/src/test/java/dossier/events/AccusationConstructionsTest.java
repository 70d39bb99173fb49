package dossier.events;

import static dossier.events.ActsFixture.events;
import static dossier.events.ActsFixture.role;
import static dossier.events.ActsFixture.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The constructions of accusation, rejection, backing, pressure and threat a verb list cannot hold
 * ({@link ClausalAccusations}, {@link Evaluatives}, {@link CriticismIdioms}), each in several
 * wordings, with the literal, sporting and hypothetical uses that make none.
 */
class AccusationConstructionsTest {
  private static Event one(String text, String type) {
    List<Event> es = events(text).stream().filter(e -> e.type().equals(type)).toList();
    assertEquals(1, es.size(), () -> text + " -> " + events(text));
    return es.get(0);
  }

  private static void accuses(String text, String source, String target) {
    Event e = one(text, "ACCUSE");
    assertTrue(role(e, target, "TARGET"), () -> text + " -> " + e);
    if (source != null) {
      assertTrue(role(e, source, "SOURCE"), () -> text + " -> " + e);
    }
    assertEquals("happened", e.status(), () -> text + " -> " + e);
  }

  @Test
  void clausalAccusationsUnderVerbsOfSaying() {
    accuses("Velmora charged that Dastria had broken the truce twice in one week.", "velmora",
        "dastria");
    accuses("Tomas Marlo alleged that the Justice Ministry was hiding evidence from the court.",
        "marlo", "ministry");
    accuses("Velmora claimed Dastria was responsible for the blast at the depot.", "velmora",
        "dastria");
    accuses("Marlo said Dastria was to blame for the collapse of the talks.", "marlo", "dastria");
    accuses("Velmora complained that Dastria was not doing enough to stop the smugglers.",
        "velmora", "dastria");
    accuses("Marlo argued that Dastria had failed to honour its commitments.", "marlo",
        "dastria");
    accuses("Velmora insisted that Dastria's troops had committed atrocities in the valley.",
        "velmora", "dastria");
    accuses("Velmora said the raid by Dastria was a clear violation of the border agreement.",
        "velmora", "dastria");
    accuses("Dastria's move was a blatant provocation, Velmora said on Tuesday.", "velmora",
        "dastria");
  }

  @Test
  void noAccusationInANegatedHypotheticalOrDutyClause() {
    assertEquals(List.of(), types("Marlo said Dastria had not violated the agreement."));
    assertEquals(List.of(), types("Marlo said Dastria could be responsible for the blast."));
    assertEquals(List.of(), types("Marlo said Dastria was responsible for security at the "
        + "summit."));
    assertEquals(List.of(), types("The minister said the company had failed to win the "
        + "contract."));
    assertEquals(List.of(), types("Was Dastria responsible for the blast, Marlo asked?"));
    // an analyst's reading of the figures is commentary, not a political accusation
    assertEquals(List.of(), types("Dastria also failed to meet its export quota in May, "
        + "bank analyst Tomas Marlo said."));
  }

  @Test
  void judgementsByAVerbOfNamingAndItsComplement() {
    accuses("Marlo described Dastria's new law as a breach of the constitution.", "marlo",
        "dastria");
    accuses("Velmora called Dastria's decision illegal.", "velmora", "dastria");
    Event e = one("Marlo labelled the Justice Ministry's report a pack of lies.", "REJECT");
    assertTrue(role(e, "ministry", "TARGET"), e::toString);
    e = one("Velmora said the Dastrian offer was unacceptable.", "REJECT");
    assertTrue(role(e, "velmora", "SOURCE"), e::toString);
    assertEquals(List.of(), types("Marlo described the weather as terrible."));
    assertEquals(List.of(), types("The coach called the referee's decision a disgrace after "
        + "the match."));
  }

  @Test
  void criticismDrawnOrComeUnderNamesTheCriticisedAsTarget() {
    accuses("Dastria came under fire from Velmora over its treatment of refugees.", "velmora",
        "dastria");
    accuses("The Justice Ministry has come under heavy criticism from Marlo for the delays.",
        "marlo", "ministry");
    accuses("Dastria drew condemnation from Velmora after the tests.", "velmora", "dastria");
    accuses("Dastria faced accusations from Velmora of arming the rebels.", "velmora",
        "dastria");
    accuses("Velmora levelled charges of genocide against Dastria.", "velmora", "dastria");
    accuses("Velmora held Dastria responsible for the deaths of the two guards.", "velmora",
        "dastria");
    accuses("Velmora brought accusations of spying against Dastria.", "velmora", "dastria");
    assertTrue(types("Dastria's decision sparked protests in Brenn.").stream()
        .noneMatch("ACCUSE"::equals)); // protests are no criticism drawn
    // shooting, sport and markets: no criticism
    assertEquals(List.of(), types("The convoy came under fire from Dastria as it crossed the "
        + "bridge."));
    assertEquals(List.of(), types("The striker came under fire from fans after missing the "
        + "penalty."));
    assertEquals(List.of(), types("The striker drew criticism from fans after the game."));
  }

  @Test
  void doubtsCastOnAnActorsMotivesOrWord() {
    accuses("Marlo questioned Dastria's motives in the negotiations.", "marlo", "dastria");
    accuses("Velmora cast doubt on Dastria's commitment to the ceasefire.", "velmora",
        "dastria");
    accuses("Marlo questioned the credibility of the Justice Ministry.", "marlo", "ministry");
    assertEquals(List.of(), types("Marlo questioned whether the plan would work."));
  }

  @Test
  void rejectionsBackingAndPressureByIdiom() {
    Event e = one("Velmora threw its support behind Dastria's bid.", "SUPPORT");
    assertTrue(role(e, "dastria", "TARGET"), e::toString);
    assertEquals(List.of("SUPPORT"), types("Marlo came out in favour of the plan drafted by "
        + "Velmora."));
    e = one("Marlo said no to the proposal from Velmora.", "REJECT");
    assertTrue(role(e, "marlo", "SOURCE"), e::toString);
    e = one("Velmora pressed Dastria for a ceasefire.", "REQUEST");
    assertTrue(role(e, "dastria", "TARGET"), e::toString);
    assertEquals(List.of(), types("Marlo said no one had been hurt."));
  }

  @Test
  void forceHintedAtOrNotRuledOutIsAThreat() {
    Event e = one("Velmora hinted at military action against Dastria.", "THREATEN");
    assertTrue(role(e, "dastria", "TARGET"), e::toString);
    e = one("Velmora did not rule out military action against Dastria.", "THREATEN");
    assertEquals("happened", e.status());
    e = one("Velmora refused to rule out strikes on Dastria.", "THREATEN");
    assertEquals("happened", e.status());
    assertTrue(types("Velmora refused to rule out strikes on Dastria.").stream()
        .noneMatch("REJECT"::equals));
    assertEquals(List.of(), types("Marlo hinted at a possible run for the presidency."));
  }
}
