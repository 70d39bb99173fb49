package dossier.events;

import dossier.events.StatementVerbs.Frame;
import dossier.events.StatementVerbs.Verb;
import java.util.ArrayList;
import java.util.List;

/**
 * Whom a statement is about beyond the finder's usual slots: "lashed out at X", "said X had
 * violated" (the clause's subject), "concern over X's plan", "called for an inquiry into X".
 */
final class StatementTargets {
  private StatementTargets() {}

  /** Relations through which a statement's adverbial names whom it is about. */
  static final String[] ABOUT = {"obl:at", "obl:over", "obl:about", "obl:against",
      "obl:for", "obl:to"};

  /**
   * Tokens beyond the finder's usual slots that name whom a statement is about: "lashed out at
   * X", "said X had violated" (the clause's subject), "concern over X's plan", "X's claim is
   * false". Empty for other verbs.
   */
  static List<Integer> targets(Parse p, int v) {
    List<Integer> out = new ArrayList<>();
    Verb verb = StatementVerbs.of(p.tok(v).lemma().toLowerCase());
    boolean hit = p.tok(v).lemma().equalsIgnoreCase("hit");
    if (verb == null && !hit) {
      return out;
    }
    Frame f = hit ? Frame.PHRASAL : verb.frame();
    switch (f) {
      case PHRASAL, CRITIC, CRITIC_LOOSE, COMPLAIN -> out.addAll(p.children(v, "obl:at"));
      case CALL -> {
        for (int x : p.children(v, "xcomp")) {
          for (int s : p.children(x, "nsubj")) {
            out.add(s); // "called X a liar", "called X's claims baseless"
            out.addAll(p.children(s, "nmod:poss"));
          }
        }
        for (int x : p.children(v, "obl:for")) {
          List<Integer> holders = Demands.holders(p, x);
          if (holders != null) {
            out.addAll(holders); // "called for the release of X": asked of the holder, not of X
            continue;
          }
          for (String rel : new String[] {"nmod:into", "nmod:of", "nmod:against", "nmod:on"}) {
            out.addAll(p.children(x, rel)); // "called for an inquiry into X"
          }
        }
      }
      case REPORT -> {
        for (int c : p.children(v, "ccomp")) {
          out.addAll(p.children(c, "nsubj"));
          for (int s : p.children(c, "nsubj")) {
            out.addAll(p.children(s, "nmod:poss")); // "X's claim is false"
          }
        }
      }
      case EXPRESS -> {
        for (int o : p.children(v, "obj")) {
          for (String rel : new String[] {"nmod:over", "nmod:about", "nmod:at", "nmod:for",
              "nmod:with", "nmod:to", "nmod:of"}) {
            out.addAll(p.children(o, rel));
          }
        }
        for (String rel : ABOUT) {
          out.addAll(p.children(v, rel));
        }
      }
      default -> { }
    }
    return out;
  }
}
