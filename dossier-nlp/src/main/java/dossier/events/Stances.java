package dossier.events;

import java.util.Set;

/**
 * A retreat from a stance is no withdrawal of forces: "the department retreated from its position
 * in the case", "backed away from its demand" (PLOVER's RETREAT is forces pulled back). A stance
 * word after "from" reads so always; "position" only when the one retreating is no armed force
 * ("the rebels retreated from their positions" stays).
 */
final class Stances {
  private static final Set<String> VERBS = Set.of("retreat", "withdraw", "back", "pull");
  private static final Set<String> STANCES = Set.of("stance", "stand", "view", "demand",
      "policy", "pledge", "commitment", "promise", "proposal", "plan", "claim", "opinion",
      "argument", "insistence", "rhetoric");

  private Stances() {}

  /** Whether the retreat told by verb {@code t} is from a stance, not a place. */
  static boolean retreat(Parse p, int t) {
    if (!VERBS.contains(p.tok(t).lemma().toLowerCase())) {
      return false;
    }
    for (int from : p.children(t, "obl:from")) {
      String l = p.tok(from).lemma().toLowerCase();
      if (STANCES.contains(l)) {
        return true;
      }
      if (l.equals("position") && p.tok(from).tag().equals("NN")
          && p.children(t, "nsubj").stream().noneMatch(s -> Roles.armed(p, s))) {
        return true;
      }
    }
    return false;
  }
}
