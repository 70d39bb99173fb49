package dossier.events;

import static dossier.events.ActsFixture.events;
import static dossier.events.ActsFixture.none;
import static dossier.events.ActsFixture.role;
import static dossier.events.ActsFixture.types;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The codebook's common verbs per PLOVER type (CoverageVerbs), one sentence a wording, each with
 * its type and who made it and who took it; and the senses of the same verbs that are no event.
 */
class CoverageVerbsTest {
  /** The one event of {@code type} in {@code text}, with {@code source} and {@code target}. */
  private static void event(String text, String type, String source, String target) {
    List<Event> es = events(text);
    Event e = es.stream().filter(x -> x.type().equals(type)).findFirst().orElse(null);
    assertTrue(e != null, () -> text + " -> " + es);
    if (source != null) {
      assertTrue(role(e, source, "SOURCE"), () -> text + " source " + source + " -> " + e);
    }
    if (target != null) {
      assertTrue(role(e, target, "TARGET"), () -> text + " target " + target + " -> " + e);
    }
  }

  @Test
  void assaultByWoundingBlowingUpSinkingAndHostageTaking() {
    event("Velmora wounded three soldiers of Dastria in a raid near the border.", "ASSAULT",
        "velmora", "dastria");
    event("Police officers beat Tomas Marlo outside his home in Brenn.", "ASSAULT", null,
        "marlo");
    event("Kidnappers held Tomas Marlo hostage for two weeks.", "ASSAULT", null, "marlo");
    event("Velmora's navy sank a patrol boat of Dastria.", "ASSAULT", "velmora", "dastria");
    event("Rebels overran an army base of Dastria near Brenn.", "ASSAULT", null, "dastria");
    event("Velmora targeted a fuel depot in Dastria with drones.", "ASSAULT", "velmora", null);
  }

  @Test
  void noAssaultInSportAccidentsAndFigures() {
    none("Velmora beat Dastria 3-1 in the final.");
    none("Tomas Marlo was injured in a car crash near Brenn.");
    none("Tomas Marlo injured his knee during training in Brenn.");
    none("The storm wounded the economy of Dastria.");
    none("Tomas Marlo targeted young voters in Brenn.");
    none("Tomas Marlo held the budget of Velmora hostage for a month.");
  }

  @Test
  void coerceByCrackdownsRoundUpsBansCurfewsAndHouseArrest() {
    event("Velmora cracked down on protesters in Brenn.", "COERCE", "velmora", null);
    event("Velmora banned the party of Tomas Marlo.", "COERCE", "velmora", "marlo");
    event("Velmora shut down the newspaper of Tomas Marlo.", "COERCE", "velmora", "marlo");
    event("Velmora imposed a curfew in Brenn.", "COERCE", "velmora", null);
    event("Tomas Marlo was put under house arrest in Velmora.", "COERCE", null, "marlo");
  }

  @Test
  void sanctionByFinesFreezesCutTiesRecallsAndTariffs() {
    event("The Justice Ministry fined Tomas Marlo for tax fraud.", "SANCTION", "ministry",
        "marlo");
    event("Velmora cut ties with Dastria on Tuesday.", "SANCTION", "velmora", "dastria");
    event("Velmora froze the assets of Tomas Marlo.", "SANCTION", "velmora", "marlo");
    event("Velmora recalled its ambassador from Dastria.", "SANCTION", "velmora", "dastria");
    event("Velmora halted aid to Dastria.", "SANCTION", "velmora", "dastria");
    event("Velmora banned imports from Dastria.", "SANCTION", "velmora", "dastria");
    event("Velmora cut its aid to Dastria.", "SANCTION", "velmora", "dastria");
  }

  @Test
  void noSanctionForPricesRatesHiringOrATrafficFine() {
    none("The Justice Ministry froze hiring for the rest of the year.");
    none("Velmora's central bank cut interest rates on Tuesday.");
    none("Velmora, the biggest buyer of grain, cut its imports."); // its own trade, no one's loss
    none("Tomas Marlo was fined for speeding in Brenn.");
    none("The league banned Tomas Marlo for three matches.");
  }

  @Test
  void retreatAndConcedeByFreeingResigningHandingBackAndLifting() {
    event("Velmora freed Tomas Marlo on Monday.", "RETREAT", "velmora", "marlo");
    event("Tomas Marlo stepped down as minister of Velmora.", "RETREAT", "marlo", null);
    event("Velmora handed back the town of Brenn to Dastria.", "RETREAT", "velmora", "dastria");
    event("Velmora lifted its blockade of Dastria.", "CONCEDE", "velmora", "dastria");
    event("Velmora gave in to the demands of Dastria.", "CONCEDE", "velmora", "dastria");
  }

  @Test
  void noResignationInBusinessOrSport() {
    none("Tomas Marlo stepped down as chief executive of the company.");
    none("The coach of Velmora resigned after the defeat.");
    none("Tomas Marlo admitted he was nervous before the final.");
  }

  @Test
  void aidGivenToANamedOrNeedyReceiver() {
    event("Velmora donated food to Dastria.", "AID", "velmora", "dastria");
    event("Velmora sent aid to Dastria on Monday.", "AID", "velmora", "dastria");
    event("Velmora gave Dastria 50 million dollars in loans.", "AID", "velmora", "dastria");
    event("Velmora granted asylum to Tomas Marlo.", "AID", "velmora", "marlo");
    none("The firm will provide software to banks in Brenn.");
  }

  @Test
  void cooperationByJoiningForcesHandingOverAndSharingIntelligence() {
    event("Velmora joined forces with Dastria against the rebels.", "COOPERATE", "velmora",
        "dastria");
    event("Velmora handed over Tomas Marlo to Dastria.", "COOPERATE", "velmora", "dastria");
    event("Velmora shared intelligence with Dastria.", "COOPERATE", "velmora", "dastria");
  }

  @Test
  void helpSentWithNoReceiverNamed() {
    event("The Justice Ministry has sent medical and other supplies as well as investigators.",
        "AID", "ministry", null);
    event("Velmora also dispatched dozens of agents and evidence specialists.", "AID", "velmora",
        null);
    none("Police sent officers to the scene in Brenn.");
    none("Velmora sent a letter to the court.");
    none("The pressure must continue for Velmora to allow Dastria to deliver aid.");
  }

  @Test
  void joiningAnAllianceIsCooperation() {
    event("Velmora and Dastria on Friday formally joined NATO.", "COOPERATE", "dastria", null);
    event("Velmora joined the alliance last year.", "COOPERATE", "velmora", null);
    none("Tomas Marlo joined the company in Brenn.");
  }

  @Test
  void anOfferTurnedDownIsARejection() {
    event("Velmora approved duty-free treatment for imports but turned down such treatment for "
        + "Dastria.", "REJECT", "velmora", null);
    event("Tomas Marlo turned down the offer of Dastria.", "REJECT", "marlo", "dastria");
    none("Tomas Marlo turned down the volume.");
    // the parser hangs the second verb on "said": whose refusal it is stays unclear
    assertTrue(!types("The Justice Ministry said Velmora decided to grant the status to Brenn, "
        + "but turned down such treatment for Dastria.").contains("REJECT"));
  }

  @Test
  void mobilizationByMassingStationingAndAlerts() {
    event("Velmora massed troops on the border with Dastria.", "MOBILIZE", "velmora", null);
    event("Velmora placed its forces on high alert.", "MOBILIZE", "velmora", null);
    event("Velmora stationed warships off the coast of Dastria.", "MOBILIZE", "velmora", null);
  }

  @Test
  void rejectionBySnubbingOpposingResistingAndBoycottingTalks() {
    event("Velmora opposed the plan of Dastria.", "REJECT", "velmora", "dastria");
    event("Velmora snubbed Dastria's offer of talks.", "REJECT", "velmora", "dastria");
    event("Velmora resisted pressure from Dastria.", "REJECT", "velmora", "dastria");
    event("Velmora boycotted talks with Dastria.", "REJECT", "velmora", null);
  }

  @Test
  void threatsOfOwnActsAndVowsOfRevenge() {
    event("Velmora warned that it would strike Dastria.", "THREATEN", "velmora", null);
    event("Velmora vowed revenge against Dastria.", "THREATEN", "velmora", null);
    // a warning of what another side may do is no threat
    assertTrue(!types("Velmora warned that Dastria would strike Brenn.").contains("THREATEN"));
  }

  @Test
  void supportByBackingBidsRecognitionAndRestoredTies() {
    event("Velmora supported Dastria's bid for membership.", "SUPPORT", "velmora", "dastria");
    event("Velmora recognized the government of Dastria.", "SUPPORT", "velmora", "dastria");
    event("Velmora and Dastria restored diplomatic relations.", "SUPPORT", "velmora", null);
    none("Velmora's mines support 10,000 jobs in Brenn.");
    none("Tomas Marlo stood by his decision.");
  }

  @Test
  void agreementsRatifiedSettledAndClinched() {
    event("Velmora ratified the treaty with Dastria.", "AGREE", "velmora", "dastria");
    event("Velmora and Dastria settled their dispute.", "AGREE", "velmora", null);
    event("Velmora and Dastria clinched an agreement on trade.", "AGREE", "velmora", null);
  }

  @Test
  void investigationsAreAccusations() {
    event("Velmora investigated Tomas Marlo for fraud.", "ACCUSE", "velmora", "marlo");
    none("Velmora investigated the cause of the fire in Brenn.");
  }

  @Test
  void callsBetweenLeadersAndTripsForTalks() {
    event("Tomas Marlo called the president of Dastria on Monday.", "CONSULT", "marlo",
        "dastria");
    event("Tomas Marlo travelled to Dastria for talks.", "CONSULT", "marlo", "dastria");
    none("Tomas Marlo called the referee of Dastria a cheat.");
    none("Tomas Marlo travelled to Dastria for the final.");
  }

  @Test
  void protestsByStrikesPicketsAndTakingToTheStreets() {
    event("Workers in Velmora went on strike on Monday.", "PROTEST", null, null);
    event("Nurses picketed the Justice Ministry in Brenn.", "PROTEST", null, "ministry");
    event("Thousands took to the streets of Brenn against Tomas Marlo.", "PROTEST", null,
        null);
  }

  @Test
  void accusationsByBrandingBlamingAndHoldingResponsible() {
    event("Velmora branded Dastria a threat to peace.", "ACCUSE", "velmora", "dastria");
    event("Velmora labelled Tomas Marlo a traitor.", "ACCUSE", "velmora", "marlo");
    event("Velmora held Dastria responsible for the attack on Brenn.", "ACCUSE", "velmora",
        "dastria");
    event("Velmora pointed the finger at Dastria for the blast.", "ACCUSE", "velmora",
        "dastria");
    event("Velmora took Dastria to task over the border dispute.", "ACCUSE", "velmora",
        "dastria");
    event("Velmora said Dastria was responsible for the explosion.", "ACCUSE", "velmora", null);
    none("Velmora said Dastria was responsible for the new museum in Brenn.");
    none("Tomas Marlo described the mood in Brenn as calm.");
  }

  @Test
  void rejectionsByBarsCancelledMeetingsAndWalkouts() {
    // kept from a place: PLOVER COERCE restrict (BarringTest); shut out of talks stays REJECT
    event("Velmora barred Tomas Marlo from entering the country.", "COERCE", "velmora",
        "marlo");
    event("Velmora barred Tomas Marlo from the peace talks.", "REJECT", "velmora", "marlo");
    event("Velmora called off talks with Dastria.", "REJECT", "velmora", null);
    assertTrue(!types("Velmora called off talks with Dastria.").contains("AGREE"));
    event("Velmora walked out of talks with Dastria.", "REJECT", "velmora", null);
    assertTrue(!types("Velmora walked out of talks with Dastria.").contains("CONSULT"));
  }

  @Test
  void supportByRallyingBehindAndPledgingSupport() {
    event("Velmora rallied behind Dastria.", "SUPPORT", "velmora", null);
    assertTrue(!types("Velmora rallied behind Dastria.").contains("PROTEST"));
    event("Velmora pledged support for Dastria.", "SUPPORT", "velmora", null);
    event("Velmora threw its weight behind Tomas Marlo.", "SUPPORT", "velmora", null);
  }

  @Test
  void threatsOfCutsAndConditionalReprisalsAndExpulsions() {
    event("Velmora warned Dastria it could cut ties.", "THREATEN", "velmora", null);
    event("Velmora said it would retaliate if Dastria attacked.", "THREATEN", "velmora", null);
    assertTrue(!types("Velmora said it would retaliate.").contains("THREATEN"));
    event("Velmora declared two diplomats of Dastria persona non grata.", "SANCTION",
        "velmora", null);
  }

  @Test
  void crowdControlCustodySearchesAndOccupations() {
    event("Police used water cannon on protesters in Brenn.", "ASSAULT", null, null);
    event("Tomas Marlo was taken into custody in Brenn.", "COERCE", null, "marlo");
    event("Police searched the home of Tomas Marlo.", "COERCE", null, "marlo");
    event("Velmora's troops occupied the town of Brenn.", "ASSAULT", "velmora", null);
    event("Police broke up a rally of Tomas Marlo's supporters in Brenn.", "COERCE", null, null);
    none("Tomas Marlo used a new camera on his trip to Brenn.");
    none("Tomas Marlo searched the house for his keys.");
  }
}
