package dossier.events;

import dossier.model.GenericActor;
import dossier.model.Participant;
import java.util.Map;
import java.util.Set;

/**
 * A crowd of ordinary people as the maker of a denunciation or protest aimed at something:
 * "local residents denounced the attack", "many villagers condemned the decision". Residents
 * otherwise make a statement only when tied to a place ({@link GenericMakers}); a verb of outright
 * condemnation with its object is their act whoever counts them.
 */
final class Crowds {
  /** Verbs of outright condemnation. */
  private static final Set<String> CONDEMN = Set.of("condemn", "denounce", "decry", "deplore",
      "protest", "jeer", "boo");
  /** Ordinary people gathered or living somewhere. */
  private static final Set<String> PEOPLE = Set.of("resident", "villager", "citizen",
      "townspeople", "neighbour", "neighbor", "protester", "protestor", "demonstrator", "crowd",
      "student", "worker", "supporter", "parent", "voter", "worshipper", "mourner", "local");
  private static final Set<String> TYPES = Set.of("ACCUSE", "PROTEST");

  private Crowds() {}

  /** 1 when verb {@code v} is a condemnation by a crowd with an object, else 0. */
  static int count(Parse p, DepFinder.Context c, int v, String type, String status,
      Map<String, Participant> parts) {
    if (!TYPES.contains(type) || !p.tok(v).verb() || "hoped".equals(status)
        || !CONDEMN.contains(p.tok(v).lemma().toLowerCase()) || p.children(v, "obj").isEmpty()) {
      return 0;
    }
    for (int s : p.children(v, "nsubj")) {
      Parse.Tok t = p.tok(s);
      if (t.noun() && PEOPLE.contains(t.lemma().toLowerCase())
          && Participants.mentionAt(c, t) == null) {
        GenericActor g = GenericActors.actor(p, c, s);
        g = g != null ? g : new GenericActor(t.word(), "crowd", "CVL", null, null, null,
            t.start(), t.end());
        parts.putIfAbsent(g.key(), Participant.generic(g, "SOURCE"));
        return 1;
      }
    }
    return 0;
  }
}
