package dossier.events;

import dossier.model.Participant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The doer of an act told in a clause with no subject of its own, further up than one control
 * verb: "X ended the dispute by promising to withdraw" (a "by" gerund is the means of the clause
 * above, so its doer is that clause's), "X was willing to withdraw" (an adjective of readiness
 * controls its infinitive, which the parser often hangs as a bare dep). {@link
 * Participants#subjectFromControl} reads the one-level cases; this walks up to three levels.
 */
final class Controllers {
  /** Adjectives whose subject does the act of their infinitive. */
  private static final Set<String> READY = Set.of("willing", "ready", "prepared", "eager",
      "determined", "keen", "unwilling", "reluctant", "able", "unable");
  private static final int LEVELS = 3;

  private Controllers() {}

  /**
   * Adds the subject of the controlling clause as the source of active verb {@code v}'s act when
   * {@code v} has no subject of its own (the one-level cases again: adding is idempotent).
   */
  static void add(Parse p, DepFinder.Context c, int v, Map<String, Participant> parts) {
    if (hasSubject(p, v) || !p.children(v, "aux:pass").isEmpty()) {
      return;
    }
    int x = v;
    for (int i = 0; i < LEVELS; i++) {
      int up = controller(p, x);
      if (up < 0) {
        return;
      }
      List<Integer> subjects = subjects(p, up);
      if (!subjects.isEmpty()) {
        subjects.forEach(s -> Participants.addActors(p, c, s, "SOURCE", parts));
        return;
      }
      if (!p.children(up, "aux:pass").isEmpty()) {
        return; // "was forced to withdraw": the one who forced is not named here
      }
      x = up;
    }
  }

  /** The clause that controls {@code x}'s doer, or -1. */
  static int controller(Parse p, int x) {
    int up = p.governor(x, "xcomp");
    if (up >= 0) {
      return up;
    }
    up = Adverbials.controller(p, x);
    if (up >= 0 && p.tok(up).verb()) {
      return up; // "by promising to withdraw": the means of the clause above
    }
    up = p.governor(x, "dep", "ccomp");
    if (up >= 0 && p.tok(up).tag().startsWith("JJ")
        && READY.contains(p.tok(up).lemma().toLowerCase())
        && p.children(x, "mark").stream().anyMatch(m -> p.tok(m).word().equalsIgnoreCase("to"))) {
      return up; // "was willing to withdraw", hung as dep
    }
    return -1;
  }

  private static boolean hasSubject(Parse p, int v) {
    return !p.children(v, "nsubj").isEmpty() || !p.children(v, "nsubj:pass").isEmpty()
        || !p.children(v, "nsubj:xsubj").isEmpty();
  }

  /** The clause's subjects, not relative pronouns ("who"). */
  private static List<Integer> subjects(Parse p, int v) {
    List<Integer> out = new java.util.ArrayList<>(p.children(v, "nsubj"));
    out.addAll(p.children(v, "nsubj:xsubj"));
    return out.stream().filter(s -> !p.tok(s).tag().startsWith("W")).toList();
  }
}
