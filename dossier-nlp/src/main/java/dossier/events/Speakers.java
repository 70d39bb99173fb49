package dossier.events;

import dossier.model.Mention;
import dossier.model.Participant;
import java.util.Map;
import java.util.Set;

/**
 * The speaker of a statement told by "he" or "she": news names a speaker once and goes on with a
 * pronoun ("Marlo spoke on Monday. He also rejected the plan"). Taken as the nearest person named
 * before the pronoun, in the sentence or the two before it, for the verbal types only, and only
 * when the statement has no source of its own.
 */
final class Speakers {
  /** The types a pronoun speaker may carry: statements, not acts. */
  private static final Set<String> VERBAL = Set.of("ACCUSE", "REQUEST", "REJECT", "SUPPORT",
      "THREATEN", "CONCEDE");
  /** How far back the name may stand, in characters (about two sentences). */
  private static final int REACH = 400;

  private Speakers() {}

  /**
   * Whether the statement is about something a pronoun's speaker makes news of: a named target,
   * a statement verb read in its frame, or an object that is a claim or a policy ("he denied the
   * accusations"); not "she refused", "he rejected it", "she apologised to her family".
   */
  private static boolean political(Parse p, int v, Map<String, Participant> parts) {
    if (parts.values().stream().anyMatch(x -> x.role().equals("TARGET"))
        || StatementVerbs.of(p.tok(v).lemma().toLowerCase()) != null) {
      return true;
    }
    for (String rel : new String[] {"obj", "nsubj:pass"}) {
      for (int o : p.children(v, rel)) {
        String w = p.tok(o).lemma().toLowerCase();
        if (StatementVerbs.POLICY.contains(w) || StatementVerbs.CLAIMS.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Adds the person "he" or "she" (the subject of {@code v}) stands for as the source. */
  static void previous(Parse p, DepFinder.Context c, int v, String type,
      Map<String, Participant> parts) {
    if (!VERBAL.contains(type) || parts.values().stream()
        .anyMatch(x -> x.role().equals("SOURCE"))) {
      return;
    }
    int pronoun = -1;
    for (int s : p.children(v, "nsubj")) {
      String w = p.tok(s).word().toLowerCase();
      if (w.equals("he") || w.equals("she")) {
        pronoun = s;
      }
    }
    if (pronoun < 0 || !political(p, v, parts)) {
      return;
    }
    int at = p.tok(pronoun).start();
    Mention best = null;
    for (Mention m : c.mentions()) {
      if (m.entityId() != null && "PERSON".equals(c.types().get(m.entityId()))
          && m.end() <= at && m.start() >= at - REACH && m.start() >= c.from() - REACH
          && !c.skip().contains(m.text()) && (best == null || m.start() > best.start())) {
        best = m;
      }
    }
    if (best != null) {
      parts.putIfAbsent(best.entityId(), new Participant(best.entityId(), "SOURCE"));
    }
  }
}
