package dossier.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.DateRange;
import dossier.model.Event;
import dossier.model.Participant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Two acts of one type in one sentence kept apart; one act told twice still merged. */
class PairsTest {
  private static List<Event> of(String text, String type) {
    List<Event> es = ActsFixture.events(text).stream().filter(e -> e.type().equals(type)).toList();
    System.out.println("PAIRS " + text + "\n   -> " + es);
    return es;
  }

  @Test
  void crossedAccusationsAreTwo() {
    List<Event> es = of("Velmora accused Dastria of shelling the border posts, and Dastria "
        + "accused Velmora of starving the enclave.", "ACCUSE");
    assertEquals(2, es.size(), es.toString());
    assertNotEquals(es.get(0).id(), es.get(1).id()); // the store keys events by id
    assertTrue(es.stream().anyMatch(e -> ActsFixture.role(e, "velmora", "SOURCE")
        && ActsFixture.role(e, "dastria", "TARGET") && !ActsFixture.role(e, "velmora", "TARGET")));
    assertTrue(es.stream().anyMatch(e -> ActsFixture.role(e, "dastria", "SOURCE")
        && ActsFixture.role(e, "velmora", "TARGET") && !ActsFixture.role(e, "dastria", "TARGET")));
  }

  @Test
  void crossedThreatsInAnotherWordingAreTwo() {
    assertEquals(2, of("Dastria threatened Velmora with reprisals on Sunday while Velmora "
        + "threatened Dastria with a blockade of its ports.", "THREATEN").size());
  }

  /** "X shelled ... and attacked ...": two verbs, conjoined (0 -conj-> 1), or "at" (0 -obl-> 1). */
  private static Parse twoVerbs(String rel) {
    return new Parse(List.of(new Parse.Tok(0, 7, "shelled", "shell", "VBD"),
        new Parse.Tok(8, 16, "attacked", "attack", "VBD")),
        List.of(new Parse.Arc(-1, 0, "root"), new Parse.Arc(0, 1, rel)));
  }

  private static DepFinder.Found found(DateRange date, String status, Participant... ps) {
    return new DepFinder.Found("ASSAULT", null, status, date, null, List.of(ps), 0, 16, 0.7);
  }

  @Test
  void actsOnDifferentDaysAreTwoUnlessOneIsTheOthersWords() {
    DateRange published = DateRange.exact(LocalDate.parse("2024-06-10"));
    DepFinder.Context c = new DepFinder.Context("", 0, 16, List.of(), List.of(), Map.of(),
        published, 0, Set.of());
    Participant v = new Participant("velmora", "SOURCE");
    DepFinder.Found monday = found(DateRange.exact(LocalDate.parse("2024-06-03")), "happened", v);
    DepFinder.Found thursday = found(DateRange.exact(LocalDate.parse("2024-06-06")), "happened", v);
    DepFinder.Found undated = found(published, "happened", v);
    assertTrue(new Pairs(twoVerbs("conj:and"), c).apart(monday, 0, thursday, 1));
    assertFalse(new Pairs(twoVerbs("obl:at"), c).apart(monday, 0, thursday, 1));
    assertFalse(new Pairs(twoVerbs("conj:and"), c).apart(monday, 0, undated, 1));
    assertFalse(new Pairs(twoVerbs("conj:and"), c).apart(monday, 0, monday, 0)); // one trigger
    assertFalse(new Pairs(twoVerbs("conj:and"), c).apart(monday, null, thursday, 1)); // unknown
    // one happened, the other is yet to come: two acts
    assertTrue(new Pairs(twoVerbs("conj:and"), c).apart(undated, 0,
        found(published, "planned", v), 1));
    assertFalse(new Pairs(twoVerbs("conj:and"), c).apart(undated, 0,
        found(published, "claimed", v), 1));
  }

  @Test
  void disjointSidesNeedARoleBothFill() {
    Participant vs = new Participant("velmora", "SOURCE");
    Participant ds = new Participant("dastria", "SOURCE");
    Participant dt = new Participant("dastria", "TARGET");
    assertTrue(Pairs.disjoint(List.of(vs), List.of(ds)));
    assertFalse(Pairs.disjoint(List.of(vs), List.of(dt))); // no role both fill
    assertFalse(Pairs.disjoint(List.of(vs, dt), List.of(ds))); // dastria in both
    assertFalse(Pairs.disjoint(List.of(), List.of(ds)));
  }

  @Test
  void oneMeetingToldTwiceStaysOne() {
    assertEquals(1, of("Tomas Marlo met the Velmoran envoy during talks in Brenn on Monday.",
        "CONSULT").size());
  }

  @Test
  void talksWithARelativeClauseStayOne() {
    assertEquals(1, of("The talks between Velmora and Dastria, which began on Monday, ended "
        + "without an agreement on Wednesday.", "CONSULT").size());
  }

  @Test
  void aRepeatedAccusationByOneSideStaysOne() {
    assertEquals(1, of("Velmora accused Dastria of breaking the truce and accused it of "
        + "moving tanks toward the river.", "ACCUSE").size());
  }

  @Test
  void aMeetingAndItsTalksStayOne() {
    assertEquals(1, of("Tomas Marlo met Velmoran officials on Friday, and the talks focused on "
        + "the border.", "CONSULT").size());
  }

  @Test
  void twoSplitActsStayApartWhenTheArticleMerges() {
    // EventStage merges within the article: the two acts of one sentence must not rejoin there
    List<Event> es = of("Rebels attacked a convoy near Brenn while government troops shelled "
        + "villages in the north.", "ASSAULT");
    es.forEach(e -> assertEquals(1, e.sources().size()));
  }
}
