package dossier.events;

import static dossier.events.ActsFixture.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Trigger verbs in turns of phrase that are no event, each beside the event the verb can tell. */
class IdiomsTest {
  @Test
  void seizingOnAnIdeaIsNoSeizure() {
    assertEquals(List.of(), types("Tomas Marlo seized on a rumour about the Justice Ministry."));
    assertEquals(List.of("COERCE"), types("Velmora seized Tomas Marlo's ship off Brenn."));
    assertEquals(List.of("COERCE"), types("Velmora seized Tomas Marlo's ship in a raid on Friday."));
  }

  @Test
  void leavingThePublicEyeOrReleasingAWorkIsNoRetreat() {
    assertEquals(List.of(), types("Tomas Marlo retreated from public view after the trial."));
    assertEquals(List.of(), types("Velmora released a report on Tomas Marlo last week."));
    assertEquals(List.of(), types("Tomas Marlo was released from hospital in Brenn on Friday."));
    assertEquals(List.of("RETREAT"), types("Velmora released Tomas Marlo from prison on Friday."));
  }

  @Test
  void fightingAnIllIsNoAssault() {
    assertEquals(List.of(), types("Velmora has been fighting pollution in Brenn for decades."));
    assertEquals(List.of("ASSAULT"), types("Velmora has been fighting Dastria in Brenn since May."));
  }

  @Test
  void fightingForACauseIsNoAssault() {
    assertEquals(List.of(), types("Tomas Marlo fought for the well-being of others all his life."));
    assertEquals(List.of(), types("Tomas Marlo battled for equal rights in Brenn for decades."));
    // a foe, or a prize of territory, makes it fighting
    assertEquals(List.of("ASSAULT"), types("Velmora fought Dastria for control of the border on "
        + "Monday."));
  }

  @Test
  void rallyingToWinAndDemonstratingHowAreNoProtests() {
    assertEquals(List.of(), types("Tomas Marlo rallied to win the final in Brenn."));
    assertEquals(List.of(), types("Tomas Marlo demonstrated how the new device works."));
    assertEquals(List.of("PROTEST"), types("Tomas Marlo demonstrated against the Justice Ministry "
        + "in Brenn."));
  }

  @Test
  void adviceToBeCarefulIsNoRequest() {
    assertEquals(List.of(), types("Tomas Marlo urged Velmora to be careful with the claims."));
    assertEquals(List.of("REQUEST"), types("Tomas Marlo urged Velmora to pay the debts."));
    assertEquals(List.of("REQUEST"), types("Tomas Marlo urged \"calm and restraint\" in Brenn."));
  }

  @Test
  void contractOffersAndWishesAreNoAgreementsOrRequests() {
    assertEquals(List.of(), types("Velmora offered Tomas Marlo a five-year, $90 million contract."));
    assertEquals(List.of(), types("Velmora has withdrawn its offer to Tomas Marlo."));
    assertEquals(List.of(), types("Tomas Marlo wanted the whole affair to vanish."));
    assertEquals(List.of("AGREE"), types("Velmora offered Dastria a truce on Sunday."));
    assertEquals(List.of("REQUEST"), types("Tomas Marlo wanted Dastria to return the land."));
  }

  @Test
  void attacksOnPlansKillingTimeAndBombingInPollsAreWordsOnly() {
    // a verbal attack on a proposal is criticism (PLOVER ACCUSE), never an ASSAULT
    assertEquals(List.of("ACCUSE"), types("Velmora attacked the tax proposal of Dastria on the "
        + "radio."));
    assertEquals(List.of(), types("Velmora invaded the market of Dastria with cheap grain."));
    assertEquals(List.of(), types("Tomas Marlo killed time in Brenn before the hearing."));
    assertEquals(List.of(), types("Velmora bombed in the polls after the debate with Dastria."));
    assertEquals(List.of(), types("The virus attacked the lungs of Tomas Marlo."));
    assertEquals(List.of(), types("Velmora's side fought back to draw with Dastria."));
    assertEquals(List.of(), types("Velmora arrested the decline of its currency."));
    assertEquals(List.of("ASSAULT"), types("Velmora's troops attacked Dastria's posts near Brenn "
        + "on Sunday."));
    assertEquals(List.of("ASSAULT"), types("Velmora bombed Dastria's depots near Brenn on Sunday."));
    assertEquals(List.of("COERCE"), types("Velmora arrested Tomas Marlo in Brenn."));
    assertEquals(List.of(), types("Tomas Marlo was under constant attack at the debate in Brenn."));
    assertEquals(List.of("ASSAULT"), types("Velmora's troops attacked Tomas Marlo's house in "
        + "Brenn."));
  }

  @Test
  void dealsOfTradeAndShowAreNoAgreementsOrTalks() {
    assertEquals(List.of(), types("Tomas Marlo signed a book deal with the Justice Ministry."));
    assertEquals(List.of(), types("Velmora and Dastria are in talks about a film deal."));
    assertEquals(List.of("CONSULT"), types("Velmora and Dastria held talks on a border deal in "
        + "Brenn."));
  }

  @Test
  void leavingATreatyIsNoRetreat() {
    assertEquals(List.of(), types("The law withdraws Velmora from the test ban treaty."));
    assertEquals(List.of("RETREAT"), types("Velmora withdrew its troops from Brenn on Friday."));
  }

  @Test
  void aForecastOfASurrenderIsNoEvent() {
    assertEquals(List.of(), types("Velmora expects that thousands of Dastrian soldiers will "
        + "surrender over the next few days."));
    assertEquals(List.of("RETREAT"), types("Thousands of Dastrian soldiers surrendered to Velmora "
        + "on Friday."));
  }

  @Test
  void whatWouldHaveHappenedDidNot() {
    assertEquals(List.of(), types("The proposals of Dastria would have required Velmora to lift "
        + "its sanctions on Brenn."));
    assertEquals(List.of("CONCEDE"), types("Velmora lifted its sanctions on Dastria on Friday."));
  }
}
