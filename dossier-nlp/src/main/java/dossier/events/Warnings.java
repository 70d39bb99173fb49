package dossier.events;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A warning whose clause holds force in store (PLOVER THREATEN): "warned B that the threat of
 * force was real", "warned that military action remains an option", "warned B that strikes were
 * possible". The force is the clause's subject or the thing it is about; a warning of a storm, of
 * losses or of the other side's force ("warned that B's army was massing") is none, nor a negated
 * one ("warned that force was not an option"). Also a side bound to force against another: "is
 * committed to a possible strike against B", "is prepared for military action against B".
 */
final class Warnings {
  /** The raw-text test: a warning with a word of force after it in the sentence. */
  static final Pattern CANDIDATE = Pattern.compile("(?i)\\bwarn(?:s|ed|ing)?\\b[^.;]{0,100}?"
      + "\\b(?:force|(?:air)?strikes?|military|attacks?|war|retaliation|reprisals?|invasion"
      + "|bombing)\\b|\\b(?:committed|prepared)\\s+(?:to|for)\\s+(?:[\\w'-]+\\s+){0,3}?"
      + "(?:(?:air)?strikes?|attacks?|war|force|action)\\b");
  /** Nouns of force held in store. */
  private static final Set<String> FORCE = Set.of("force", "strike", "strikes", "airstrike",
      "airstrikes", "attack", "attacks", "war", "retaliation", "reprisal", "reprisals",
      "invasion", "bombing");
  /** Nouns that are force only when military: "military action", "the military option". */
  private static final Set<String> ACTION = Set.of("action", "option", "response", "measures");

  private Warnings() {}

  /** Participles of a side bound to force against another: "is committed to a strike against B". */
  private static final Set<String> BOUND = Set.of("commit", "prepare");

  /** Modals of an act that may come: "the government may move to seize", "could strike back". */
  private static final Set<String> POSSIBLE = Set.of("may", "might", "could");
  /** Subjects that are the warner's own side acting: "we may", "the government may". */
  private static final Set<String> OWN_SIDE = Set.of("we", "i", "government", "authorities",
      "state");

  /**
   * Whether clause {@code x} of warning {@code v} is an act of harm the warner's side may do:
   * "warned that if he is indicted, the government may move to seize his assets", "warned that
   * Velmora could strike back" (a "will" is tested apart). Not "the rebels may attack" from a third
   * party, nor "the fire may destroy the town".
   */
  static boolean mayHarm(Parse p, int v, int x) {
    if (!p.childIn(x, POSSIBLE, "aux") || !harmful(p, x) && p.children(x, "xcomp").stream()
        .noneMatch(c -> harmful(p, c))) {
      return false; // "may move to seize": the harm one step down
    }
    Set<String> warners = new HashSet<>();
    p.children(v, "nsubj").forEach(s -> warners.add(p.tok(s).lemma().toLowerCase()));
    for (int s : p.children(x, "nsubj")) {
      String w = p.tok(s).lemma().toLowerCase();
      if (OWN_SIDE.contains(w) || warners.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean harmful(Parse p, int c) {
    String type = Lexicon.type(p.tok(c));
    return p.tok(c).verb() && ("ASSAULT".equals(type) || "COERCE".equals(type)
        || "SANCTION".equals(type) || ControlVerbs.HARM.contains(p.tok(c).lemma()));
  }

  /** THREATEN for a warning of force, or a side bound to force against another, else null. */
  static String type(Parse p, int v) {
    if (bound(p, v)) {
      return "THREATEN"; // "is committed to a possible strike against B"
    }
    if (!p.tok(v).verb() || !p.tok(v).lemma().equalsIgnoreCase("warn") || p.negated(v)
        || !AccuseArgs.speaker(p, v)) {
      return null;
    }
    java.util.List<Integer> clauses = new java.util.ArrayList<>(p.children(v, "ccomp"));
    for (int o : p.children(v, "obj")) {
      clauses.addAll(p.children(o, "ccomp")); // "warned B that ...", the clause hung on B
    }
    for (int x : clauses) {
      if (p.negated(x) || p.childIn(x, Set.of("no"), "det")) {
        continue;
      }
      for (int s : p.children(x, "nsubj")) {
        if (force(p, s) && AccuseArgs.owners(p, s).isEmpty()) {
          return "THREATEN"; // "that the threat of force was real"; not "that B's army is ready"
        }
      }
    }
    return null;
  }

  /** "X is committed / prepared to force against B": X, the passive's subject, is the one bound. */
  static boolean bound(Parse p, int v) {
    if (!p.tok(v).tag().equals("VBN") || !BOUND.contains(p.tok(v).lemma().toLowerCase())
        || p.negated(v)) {
      return false;
    }
    for (String rel : new String[] {"obl:to", "obl:for"}) {
      for (int o : p.children(v, rel)) {
        if (force(p, o) && !p.children(o, "nmod:against").isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean force(Parse p, int n) {
    if (AccuseArgs.in(p, n, FORCE)
        || AccuseArgs.in(p, n, ACTION) && p.childIn(n, Set.of("military"), "amod")) {
      return true;
    }
    for (int o : p.children(n, "nmod:of")) {
      if (p.tok(n).lemma().equalsIgnoreCase("threat") && force(p, o)) {
        return true; // "the threat of force"
      }
    }
    return false;
  }
}
