package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clauses whose verb is an event's but that tell no act: an ability, the force a conditional
 * threatens, an act under "any", a negated act to come, an act only weighed, a stated aim. Each
 * beside the same act told as done, which stays.
 */
class UnrealClausesTest {
  private static List<String> read(String text, String type) {
    return ActsFixture.events(text).stream().filter(e -> e.type().equals(type))
        .map(Event::status).toList();
  }

  @Test
  void anAbilityIsNoAct() {
    assertEquals(List.of(), read("Tomas Marlo can call up 50,000 reservists without seeking the "
        + "approval of parliament.", "MOBILIZE"));
  }

  @Test
  void theForceAConditionalThreatensIsNoAttack() {
    assertEquals(List.of(), read("Velmora said it would bomb Brenn unless Dastria handed over "
        + "the rebels.", "ASSAULT"));
    assertEquals(List.of("happened"), read("Velmora said it would bomb Brenn unless Dastria "
        + "handed over the rebels.", "THREATEN"));
    assertEquals(List.of("happened"), read("Velmora bombed Brenn after Dastria refused to hand "
        + "over the rebels.", "ASSAULT"));
    // a conditional offer to withdraw stays the offer's act to come
    assertEquals(List.of("planned"), read("Velmora will withdraw its troops from Brenn only if "
        + "Dastria withdraws from the border.", "RETREAT"));
  }

  @Test
  void anyDecisionIsNoDecisionTaken() {
    assertEquals(List.of(), read("Any decision to expel Dastria must be approved by both "
        + "governments.", "SANCTION"));
    assertEquals(List.of("happened"), read("Velmora decided on Monday to expel Dastria's "
        + "ambassador.", "SANCTION"));
  }

  @Test
  void aNegatedActToComeIsNoEvent() {
    assertEquals(List.of(), read("Tomas Marlo said Velmora will not retreat from the world "
        + "because of the attacks.", "RETREAT"));
    assertEquals(List.of(), read("Tomas Marlo offered to withdraw in exchange for guarantees "
        + "that Velmora would not be attacked.", "ASSAULT"));
    // a refusal told by a negation stays the refusal
    assertEquals(List.of("happened"), read("\"We will not accept this offer,\" Tomas Marlo "
        + "said.", "REJECT"));
  }

  @Test
  void anActOnlyWeighedIsNotDone() {
    assertEquals(List.of(), read("The Velmoran cabinet is considering urging Tomas Marlo to "
        + "recall his envoy from Dastria.", "REQUEST"));
    assertEquals(List.of("happened"), read("The Velmoran cabinet urged Tomas Marlo to recall his "
        + "envoy from Dastria.", "REQUEST"));
  }

  @Test
  void aStatedAimIsHopedAndANegatedOneNothing() {
    assertEquals(List.of(), read("Tomas Marlo said the purpose is not to invade Dastria.",
        "ASSAULT"));
    assertEquals(List.of("hoped"), read("Tomas Marlo said the aim is to invade Dastria.",
        "ASSAULT"));
  }

  @Test
  void anOptionWeighedIsNoPlan() {
    assertEquals(List.of(), read("The first option would be to launch a direct invasion of "
        + "Dastria.", "ASSAULT"));
    assertEquals(List.of("planned"), read("Velmora would launch a direct invasion of Dastria, "
        + "Tomas Marlo said.", "ASSAULT"));
  }
}
