package dossier.events;

import java.util.List;
import java.util.Set;

/**
 * Events told on someone's word: "according to X, Y attacked Z", "Y attacked Z, according to a
 * statement by X". Such an event is X's claim, as one told in the complement of "X said" is
 * ({@link DepFinder#status}); the claimant is the "according to" phrase.
 */
final class ReportedSpeech {
  /** Heads of an "according to" phrase that are no one's word ("according to plan"). */
  private static final Set<String> NO_SOURCE = Set.of("plan", "schedule", "law", "rule",
      "rules", "tradition", "custom", "protocol", "procedure", "agreement", "deal", "treaty",
      "script", "design", "need", "needs", "data", "poll", "polls", "survey", "census", "map",
      "calendar", "forecast");

  private ReportedSpeech() {}

  /**
   * The status of a clause whose verbs are {@code chain} (the event's verb first, then the verbs
   * it is the complement of): "claimed" when one of them is told "according to" someone, else
   * {@code status} unchanged.
   */
  static String status(Parse p, List<Integer> chain, String status) {
    if (!"happened".equals(status)) {
      return status;
    }
    for (int x : chain) {
      for (int a : p.children(x, "obl:according_to")) {
        if (!NO_SOURCE.contains(p.tok(a).lemma().toLowerCase())) {
          return "claimed";
        }
      }
    }
    return status;
  }
}
