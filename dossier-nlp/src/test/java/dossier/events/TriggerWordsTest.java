package dossier.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The word test keeps sentences with a trigger form and drops word beginnings that are none. */
class TriggerWordsTest {
  private static boolean may(String s) {
    return TriggerWords.mayHold(s, 0, s.length());
  }

  @Test
  void inflectedTriggersKeepTheirSentence() {
    assertTrue(may("The two ministers met in Lorvik on Tuesday."));
    assertTrue(may("Rebels shelled the town overnight."));
    assertTrue(may("Both sides were negotiating until dawn."));
    assertTrue(may("The embassy expelled three diplomats."));
    assertTrue(may("Gunmen were hitting the checkpoint again."));
    assertTrue(may("Talks resumed in the capital."));
    assertTrue(may("A cease-fire took hold."));
    assertTrue(may("The army sent 2,000 troops north."));
    assertTrue(may("Protesters rallied outside parliament."));
    assertTrue(may("The government withdrew its envoy."));
    // forms of verbs that are events only with certain arguments: the parse decides
    assertTrue(may("The ministry called up reservists."));
    // the regex matched "withdrawal", no trigger; but the parse may find "dispatched troops"
    assertTrue(may("The withdrawal stalled as the army dispatched troops to the pass."));
  }

  @Test
  void argumentVerbsAndIrregularFormsKeepTheirSentence() {
    assertTrue(may("A jury took two hours to find him guilty."));
    assertTrue(may("A deputy was gunned down outside a diner."));
    assertTrue(may("The rebels laid siege to the town."));
    assertTrue(may("Officers caught the suspect two streets away."));
    assertTrue(may("The navy intercepted three boats."));
    assertTrue(may("Gunmen killed two guards."));
  }

  @Test
  void wordBeginningsThatAreNoTriggerDropTheirSentence() {
    assertFalse(may("A spokesman for the council declined to comment."));
    assertFalse(may("Sentiment in the market recovered by the evening."));
    assertFalse(may("A spokesman confirmed the deployment."));
    assertFalse(may("The hostage crisis ended quietly; a hospital spokeswoman gave no details."));
  }

  @Test
  void aSentenceWithoutAnyCandidateStaysOut() {
    assertFalse(may("Prices rose by two percent in October."));
  }
}
