package dossier.events;

import static dossier.events.ActsFixture.events;
import static dossier.events.ActsFixture.role;
import static dossier.events.ActsFixture.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statements told by verbs the lexicon lacks, in their frames; and what is no statement. */
class StatementsTest {
  private static Event only(String text) {
    List<Event> es = events(text);
    assertEquals(1, es.size(), () -> text + " -> " + es);
    return es.get(0);
  }

  @Test
  void criticismByPhrasalAndLooseVerbsWithItsTarget() {
    Event e = only("The foreign minister of Velmora lashed out at Dastria on Tuesday over "
        + "its border policy.");
    assertEquals("ACCUSE", e.type());
    assertEquals("disapprove", e.mode());
    assertTrue(role(e, "velmora", "SOURCE") && role(e, "dastria", "TARGET"), e::toString);
    e = only("Tomas Marlo hit back at the Justice Ministry, calling its report biased.");
    assertEquals("ACCUSE", e.type());
    assertTrue(role(e, "ministry", "TARGET"), e::toString);
    assertEquals(List.of("ACCUSE"), types("Velmora rebuked Dastria for expelling two of its "
        + "diplomats."));
    // (an opposition leader is no side for the country: Roles; the plan's owner is the target)
    assertEquals(List.of("ACCUSE"), types("Dastria's plan was slammed by Velmora's foreign "
        + "minister as reckless."));
  }

  @Test
  void aQuestionAboutAStatementIsNone() {
    assertEquals(List.of(), types("Will Velmora condemn Dastria for the raid on Brenn?"));
    assertEquals(List.of(), types("Did the Justice Ministry reject the request of Tomas Marlo?"));
    assertEquals(List.of("ACCUSE"), types("Velmora condemned Dastria for the raid on Brenn."));
  }

  @Test
  void literalSensesAndSportAreNoCriticism() {
    assertEquals(List.of(), types("Tomas Marlo slammed the door and walked out of the room."));
    assertEquals(List.of(), types("The striker blasted the ball past the goalkeeper of "
        + "Dastria."));
    assertEquals(List.of(), types("Tomas Marlo lashed the boat to the pier in Brenn."));
  }

  @Test
  void requestsByCallingPushingAndSayingWhatShouldBeDone() {
    Event e = only("Velmora called on Dastria to release the detained journalists.");
    assertEquals("REQUEST", e.type());
    assertTrue(role(e, "dastria", "TARGET"), e::toString);
    assertEquals(List.of("REQUEST"), types("Tomas Marlo pushed for tougher sanctions on "
        + "Dastria."));
    e = only("Tomas Marlo said Dastria should withdraw its forces from the valley.");
    assertEquals("REQUEST", e.type());
    assertTrue(role(e, "dastria", "TARGET"), e::toString);
    assertEquals(List.of("REQUEST"), types("Velmora warned Dastria against any move to annex "
        + "the island."));
  }

  @Test
  void rejectionsOfClaimsAndProposals() {
    assertEquals(List.of("REJECT"), types("Tomas Marlo dismissed the allegations as "
        + "politically motivated."));
    assertEquals(List.of("REJECT"), types("The Justice Ministry ruled out any talks with "
        + "Dastria until the hostages are freed."));
    assertEquals(List.of("REJECT"), types("Dastria pushed back on claims that its troops had "
        + "crossed the border."));
    assertEquals(List.of("REJECT"), types("Tomas Marlo said the ministry's claim is false."));
    assertEquals(List.of("REJECT"), types("Tomas Marlo told a radio host on Jan. 4 in Brenn "
        + "that the ministry's claim was simply false."));
    assertEquals(List.of("REJECT"), types("Tomas Marlo declined to attend the summit in "
        + "Dastria."));
    assertEquals(List.of(), types("Tomas Marlo declined to comment on the report."));
    assertEquals(List.of(), types("Tomas Marlo pushed back the start of the hearing in Brenn."));
    assertEquals(List.of(), types("Tomas Marlo later repudiated the paintings of his youth."));
    assertEquals(List.of("REJECT"), types("Velmora firmly repudiated the allegations on Monday."));
  }

  @Test
  void accusationsInAReportedClause() {
    Event e = only("Tomas Marlo said Dastria had violated the terms of the truce.");
    assertEquals("ACCUSE", e.type());
    assertEquals("allege", e.mode());
    assertTrue(role(e, "marlo", "SOURCE") && role(e, "dastria", "TARGET"), e::toString);
    assertEquals(List.of(), types("Tomas Marlo said the weather was pleasant in Brenn."));
    assertEquals(List.of(), types("Tomas Marlo said Dastria had not violated the truce."));
  }

  @Test
  void praiseBackingAndExpressedFeelings() {
    assertEquals(List.of("SUPPORT"), types("Velmora backed the proposal to hold new elections "
        + "in Dastria."));
    assertEquals(List.of("SUPPORT"), types("Velmora expressed support for Dastria's bid to "
        + "join the alliance."));
    Event e = only("Velmora voiced concern over Dastria's missile tests.");
    assertEquals("ACCUSE", e.type());
    assertTrue(role(e, "dastria", "TARGET"), e::toString);
    assertEquals(List.of(), types("Tomas Marlo backed the truck into the yard in Brenn."));
  }

  @Test
  void callsSummonsSuitsAndThreats() {
    Event e = only("Tomas Marlo phoned the president of Dastria on Sunday.");
    assertEquals("CONSULT", e.type());
    assertEquals("phone", e.mode());
    assertTrue(types("Dastria summoned Velmora's ambassador to protest the arrests.")
        .contains("ACCUSE"));
    assertEquals(List.of("ACCUSE"), types("Tomas Marlo sued the Justice Ministry for wrongful "
        + "dismissal."));
    assertEquals(List.of("THREATEN"), types("Velmora warned of serious consequences if Dastria "
        + "proceeds."));
    assertEquals(List.of("ACCUSE"), types("Tomas Marlo called Dastria's leader a liar."));
  }

  @Test
  void negatedHypotheticalAndQuestionedStatementsAreNone() {
    assertEquals(List.of(), types("Tomas Marlo did not rebuke Dastria in his speech."));
    assertEquals(List.of(), types("If Velmora slammed Dastria, the talks would collapse."));
    assertEquals(List.of(), types("Would Velmora lash out at Dastria again?"));
  }

  @Test
  void aPronounSpeakerIsThePersonNamedJustBefore() {
    List<Event> es = events("Tomas Marlo arrived in Brenn on Monday. He rebuked the Justice "
        + "Ministry for its silence.");
    assertEquals(1, es.size(), es::toString);
    assertTrue(role(es.get(0), "marlo", "SOURCE") && role(es.get(0), "ministry", "TARGET"),
        es::toString);
    Event e = only("Tomas Marlo spent the week in Brenn. He dismissed the allegations.");
    assertTrue(role(e, "marlo", "SOURCE"), e::toString);
    assertEquals(List.of(), types("Tomas Marlo sang in Brenn. He refused to pose for pictures "
        + "afterwards."));
    assertEquals(List.of(), types("Tomas Marlo came home late. He scolded me and rejected it."));
  }

  @Test
  void ordersToldAndRefusalsOfActsNotOfOffersMade() {
    assertEquals(List.of("REQUEST"), types("Tomas Marlo told Dastria to return the seized files."));
    assertEquals(List.of(), types("Velmora declined to make an offer for the land in Brenn."));
    assertEquals(List.of(), types("Tomas Marlo told reporters the plan to build a dam had been "
        + "shelved."));
    assertEquals(List.of(), types("Tomas Marlo expressed concern about the length of the "
        + "contract."));
    assertEquals(List.of(), types("The purchase of the Brenn mill was backed by Dastria for "
        + "$40 million."));
  }

  @Test
  void theRawTextTestReadsEachVerbInItsFrame() {
    String[] yes = {"The minister declined to attend the summit.", "She lashed out at critics.",
        "He hit back at the ministry.", "They called on the army to stand down.",
        "The envoy said the agency had misled parliament.", "Officials voiced deep concern."};
    String[] no = {"A spokesman for the council declined to comment.",
        "Shares declined 3% on Monday.", "He called his mother from the airport.",
        "She said the weather was fine.", "They took the train to the coast."};
    for (String s : yes) {
      assertTrue(Statements.candidate(s, 0, s.length()), s);
    }
    for (String s : no) {
      assertTrue(!Statements.candidate(s, 0, s.length()), s);
    }
  }

  @Test
  void aDecisionChallengedAtLawIsRejected() {
    assertTrue(types("Tomas Marlo challenged the decision in court on Monday.").contains("REJECT"));
    assertTrue(types("The Velmoran government will challenge the ruling in court.")
        .contains("REJECT"));
    assertTrue(types("Tomas Marlo challenged Dastria's decision.").contains("ACCUSE"));
    assertEquals(List.of(), types("Tomas Marlo challenged the champion in court number one at "
        + "Wimbledon."));
  }

  @Test
  void objectingToAPlanIsRejectingItEvenWhenTheTaggerReadsANoun() {
    // "Dastria objects to the plan": the tagger reads "objects" as a plural noun
    Event e = only("Dastria objects to the plan.");
    assertEquals("REJECT", e.type());
    assertTrue(role(e, "dastria", "SOURCE"), e::toString);
    e = only("Velmora, a neighbour of Dastria, objects to the new rules.");
    assertEquals("REJECT", e.type());
    assertTrue(role(e, "velmora", "SOURCE"), e::toString);
    // the name set off after the subject's relative clause is the subject's, not the object's
    // (the parser hangs the names as conjuncts of the relative clause's object)
    for (String text : List.of("The union that represents the dock workers, Brenn Dockers Union, "
        + "or BDU, objects to the plan.")) {
      List<Event> es = ActsFixture.events(text, java.time.LocalDate.parse("2024-06-10"), List.of(
          new dossier.model.Entity("bdu", "Brenn Dockers Union", "ORGANIZATION", null),
          new dossier.model.Entity("oeb", "Ostrig Energy Board", "ORGANIZATION", null)),
          java.util.Map.of());
      assertTrue(es.stream().anyMatch(x -> x.type().equals("REJECT")
          && (role(x, "bdu", "SOURCE") || role(x, "oeb", "SOURCE"))), () -> text + " -> " + es);
    }
    // an act objected to is disapproved of, as before
    assertEquals(List.of("ACCUSE"), types("Tomas Marlo objected to the shelling of Brenn."));
    // things sent are no objection
    assertEquals(List.of(), types("The Justice Ministry sent art objects to the museum."));
  }
}
