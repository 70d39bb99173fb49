package dossier.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A demand, ultimatum or deadline is a REQUEST to the one who must act; the act demanded (a
 * withdrawal) has not happened and is no event of its own.
 */
class DemandsTest {
  private static List<Event> of(String text) {
    List<Event> es = ActsFixture.events(text);
    System.out.println("DEMANDS " + text + "\n   -> " + es);
    return es;
  }

  /** Asserts a REQUEST from Velmora (or {@code source}) to {@code target} and no RETREAT done. */
  private static void demanded(String text, String source, String target) {
    List<Event> es = of(text);
    assertTrue(es.stream().anyMatch(e -> e.type().equals("REQUEST")
        && ActsFixture.role(e, source, "SOURCE") && ActsFixture.role(e, target, "TARGET")),
        es.toString());
    assertTrue(es.stream().noneMatch(e -> e.type().equals("RETREAT")), es.toString());
  }

  @Test
  void aDemandThatTheOtherWithdrawsIsARequest() {
    demanded("Velmora demanded that Dastria withdraw its troops from the border.", "velmora",
        "dastria");
  }

  @Test
  void anUltimatumDemandingAWithdrawalIsARequest() {
    demanded("Velmora issued an ultimatum demanding that Dastria withdraw its troops.",
        "velmora", "dastria");
  }

  @Test
  void aCallOnSomeoneAfterATitleIsARequestToThem() {
    // after "Mr." the parser reads "on Dastria to pull out" as a clause of its own
    demanded("Mr. Marlo called on Dastria to continue taking risks for peace.", "marlo",
        "dastria");
  }

  @Test
  void anAppealToSomeoneToActIsARequestToThemAndNothingDone() {
    // parsed as "appealed [to Dastria to release ...]", a clause with Dastria its subject
    demanded("Velmora appealed to Dastria to release the prisoners.", "velmora", "dastria");
    demanded("Velmora appealed to Dastria to stop the shelling of the border towns.", "velmora",
        "dastria");
  }

  @Test
  void aCallToPullOutIsARequest() {
    demanded("Velmora called on Dastria to pull out its forces from the border region.",
        "velmora", "dastria");
  }

  @Test
  void aDeadlineToWithdrawIsARequest() {
    demanded("Velmora gave Dastria until Friday to withdraw its troops.", "velmora", "dastria");
  }

  @Test
  void monthsGivenToActAreARequest() {
    demanded("Tomas Marlo gave Dastria five months to develop a new plan.", "marlo", "dastria");
    // "them": the one organisation or country named before in the sentence
    List<Event> es = of("Tomas Marlo says Dastria failed to act, and he gave them five months to "
        + "develop a new plan.");
    assertTrue(es.stream().anyMatch(e -> e.type().equals("REQUEST")
        && ActsFixture.role(e, "dastria", "TARGET")), es.toString());
  }

  @Test
  void aWithdrawalDoneIsStillARetreat() {
    List<Event> es = of("Dastria withdrew its troops from the border after Velmora demanded it.");
    assertTrue(es.stream().anyMatch(e -> e.type().equals("RETREAT")
        && e.status().equals("happened") && ActsFixture.role(e, "dastria", "SOURCE")),
        es.toString());
  }

  @Test
  void whatACallAsksForIsNoEventOfItsOwn() {
    List<Event> es = of("The Velmoran government has formally called for Dastria, the rebels' "
        + "political wing, to be expelled from the peace talks.");
    assertTrue(es.stream().anyMatch(e -> e.type().equals("REQUEST")), es.toString());
    assertTrue(es.stream().noneMatch(e -> e.type().equals("SANCTION")), es.toString());
    // "calls" the parser reads as a noun: the withdrawal asked for is still no retreat
    assertTrue(of("That 1990 resolution calls for Dastria's unconditional withdrawal from the "
        + "zone it occupies in Brenn.").stream().noneMatch(e -> e.type().equals("RETREAT")));
  }

  /** Asserts a REQUEST from {@code source} in which {@code returned} has no part. */
  private static Event returnDemanded(String text, String source, String returned) {
    List<Event> es = of(text);
    Event e = es.stream().filter(x -> x.type().equals("REQUEST")).findFirst().orElse(null);
    assertTrue(e != null && ActsFixture.role(e, source, "SOURCE"), es.toString());
    assertTrue(e.participants().stream().noneMatch(x -> returned.equals(x.entityId())),
        e.toString());
    return e;
  }

  @Test
  void aDemandForSomeonesReturnIsMadeOfTheHolderNotOfThem() {
    // the one to be handed over is asked nothing: the target is whoever holds them, or none
    returnDemanded("Dastria demanded the return of the Velmoran pilot.", "dastria", "velmora");
    returnDemanded("Velmora demanded the return of Tomas Marlo.", "velmora", "marlo");
    returnDemanded("Velmora called for the release of Tomas Marlo.", "velmora", "marlo");
    Event e = returnDemanded("Velmora demanded the release of Tomas Marlo from Dastria.",
        "velmora", "marlo");
    assertTrue(ActsFixture.role(e, "dastria", "TARGET"), e.toString());
    e = returnDemanded("Velmora demanded that Dastria return Tomas Marlo.", "velmora", "marlo");
    assertTrue(ActsFixture.role(e, "dastria", "TARGET"), e.toString());
    e = returnDemanded("Velmora's demand for Tomas Marlo's extradition from Dastria was refused.",
        "velmora", "marlo");
    assertTrue(ActsFixture.role(e, "dastria", "TARGET"), e.toString());
    // with no one else named the one handed over stays the target: the demand is still told
    List<Event> es = of("Thousands of protesters demanded the release of Tomas Marlo.");
    assertTrue(es.stream().anyMatch(x -> x.type().equals("REQUEST")
        && ActsFixture.role(x, "marlo", "TARGET")), es.toString());
  }

  @Test
  void anUltimatumIssuedInAByClauseIsTheMainSubjects() {
    List<Event> es = of("Velmora raised the stakes by issuing an ultimatum demanding that Dastria "
        + "withdraw its troops.");
    assertTrue(es.stream().anyMatch(e -> e.type().equals("REQUEST")
        && ActsFixture.role(e, "velmora", "SOURCE") && ActsFixture.role(e, "dastria", "TARGET")),
        es.toString());
    es = of("Velmora raised the stakes by issuing an ultimatum to Dastria.");
    assertTrue(es.stream().anyMatch(e -> e.type().equals("THREATEN")
        && ActsFixture.role(e, "velmora", "SOURCE") && ActsFixture.role(e, "dastria", "TARGET")),
        es.toString());
  }
}
