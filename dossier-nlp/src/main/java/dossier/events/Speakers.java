package dossier.events;

import dossier.model.Participant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The speaker of a statement told by a pronoun: news names a speaker once and goes on with a
 * pronoun ("Marlo spoke on Monday. He also rejected the plan"). Resolved by {@link Pronouns}, for
 * the verbal types only, and only when the statement has no source of its own.
 */
final class Speakers {
  /** The types a pronoun speaker may carry: statements, not acts. */
  private static final Set<String> VERBAL = Set.of("ACCUSE", "REQUEST", "REJECT", "SUPPORT",
      "THREATEN", "CONCEDE");

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

  /** Whether {@code v} has an object or a clause: "they demanded a recount", not "it refused". */
  private static boolean argued(Parse p, int v) {
    return !p.children(v, "obj").isEmpty() || !p.children(v, "ccomp").isEmpty()
        || !p.children(v, "xcomp").isEmpty();
  }

  /**
   * Adds who the pronoun subject of {@code v} stands for as the source (`Pronouns`: "he"/"she" by
   * gender, "we"/"I" in a quote by its speaker, "they"/"it" by the sentence before's subject).
   */
  static void previous(Parse p, DepFinder.Context c, int v, String type,
      Map<String, Participant> parts) {
    if (!VERBAL.contains(type) || parts.entrySet().stream().anyMatch(
        x -> !x.getKey().startsWith(Roles.PRONOUN) && x.getValue().role().equals("SOURCE"))) {
      return;
    }
    int pronoun = -1;
    for (int s : p.children(v, "nsubj")) {
      if (p.tok(s).tag().startsWith("PRP")) {
        pronoun = s;
      }
    }
    if (pronoun < 0) {
      return;
    }
    String one = Pronouns.of(c, p.tok(pronoun));
    // a group named before ("they", "it": an organisation or country) speaks for the public; a
    // person's statement must be about a target, claim or policy ("she refused" is no news)
    List<String> who = one != null ? (political(p, v, parts) ? List.of(one) : List.of())
        : argued(p, v) ? Pronouns.group(p, c, pronoun) : List.of();
    for (String id : who) {
      // the role the parse gave the pronoun stands: "he faces charges" is the accused
      Participant had = parts.remove(Roles.PRONOUN + id);
      parts.putIfAbsent(id, new Participant(id, had != null ? had.role() : "SOURCE"));
    }
  }
}
