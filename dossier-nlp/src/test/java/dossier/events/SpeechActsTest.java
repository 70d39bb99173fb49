package dossier.events;

import static dossier.events.ActsFixture.events;
import static dossier.events.ActsFixture.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Verbs of saying that do something, with the arguments that make each an event, and not. */
class SpeechActsTest {
  @Test
  void requestsByPressingWantingAskingAndPleading() {
    assertEquals(List.of("REQUEST"), types("Velmora has been pressuring Dastria to leave "
        + "the border area."));
    assertEquals(List.of("REQUEST"), types("Velmora also wants Dastria to lift the tariffs "
        + "imposed last year."));
    assertEquals(List.of("REQUEST"), types("Velmora asked Dastria to hand over the suspects."));
    assertEquals(List.of("REQUEST"), types("Velmora is seeking the extradition of Tomas Marlo "
        + "from Dastria."));
    assertEquals(List.of("REQUEST"), types("Tomas Marlo pleaded with Dastria to reconsider its "
        + "decision."));
  }

  @Test
  void requestsOfAnAuthorityByPeopleNamedByTheirTrade() {
    assertEquals(List.of("REQUEST"), types("The nurses pleaded with the ministry to reconsider its ruling."));
    assertEquals(List.of(), types("The doctors pleaded with their patients to rest."));
  }

  @Test
  void askingAQuestionOrWantingToWinIsNoRequest() {
    assertEquals(List.of(), types("Velmora wants to win the next round of the cup."));
    assertEquals(List.of(), types("Tomas Marlo asked a question about the weather."));
    assertEquals(List.of(), types("When asked about Dastria, Tomas Marlo smiled."));
    assertEquals(List.of(), types("Tomas Marlo was asked to comment on the match."));
    assertEquals(List.of(), types("Tomas Marlo wants people to know the truth."));
    assertEquals(List.of(), types("Tomas Marlo wanted to paint what he wanted to paint."));
    assertEquals(List.of(), types("Protesters do not want Dastria to lose its autonomy."));
    assertEquals(List.of(), types("Tomas Marlo pleaded guilty to fraud in Brenn."));
    assertEquals(List.of(), types("Tomas Marlo is seeking re-election next year."));
  }

  @Test
  void welcomingADecisionIsSupportNotWelcomingGuests() {
    assertEquals(List.of("SUPPORT"), types("Velmora welcomed the ruling of the court in "
        + "Brenn."));
    assertEquals(List.of(), types("Tomas Marlo welcomed the guests at the door."));
    assertEquals(List.of(), types("Velmora welcomes any step toward dialogue with Dastria."));
  }

  @Test
  void notAcceptingAnOfferIsARefusalThatHappened() {
    List<dossier.model.Event> es = events("The Justice Ministry did not accept the offer "
        + "from Velmora.");
    assertEquals(1, es.size());
    assertEquals("REJECT", es.get(0).type());
    assertEquals("happened", es.get(0).status());
    assertEquals(List.of("AGREE"), types("The Justice Ministry accepted Velmora's "
        + "offer."));
  }

  @Test
  void balkingAndDenyingAnAccusationAreRejections() {
    assertEquals(List.of("REJECT"), types("Dastria is balking at committing to a fixed "
        + "amount of purchases."));
    assertEquals(List.of("REJECT"), types("Tomas Marlo denied the allegations in Brenn."));
    assertEquals(List.of(), types("Dastria is denying vaccines to the detainees."));
  }

  @Test
  void anOfferOfHelpIsAnAgreementNotAJobOffer() {
    assertEquals(List.of("AGREE"), types("Velmora offered military aid to Dastria."));
    assertEquals(List.of(), types("Velmora offered Tomas Marlo a job as a coach."));
  }

  @Test
  void trainingForcesIsAidAndTheirPurposeNoFight() {
    List<String> t = types("Velmora has been training the Dastrian opposition forces to "
        + "fight against the rebels.");
    assertEquals(List.of("AID"), t);
    assertEquals(List.of(), types("The army of Velmora trained 500 new recruits last year."));
  }

  @Test
  void aGuessAboutWhatMayComeIsNoEvent() {
    assertTrue(types("Velmora is likely to deploy troops to the border with Dastria.")
        .isEmpty());
  }
}
