package dossier.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The argument tests the accusation constructions share: who speaks, who is named, and whose act
 * a noun is ("Dastria's decision", "the raid by Dastria", "the Dastrian move").
 */
final class AccuseArgs {
  private static final Set<String> PERSONAL = Set.of("he", "she", "they", "we", "it", "i");
  /** Armed men and their weapons: fire from or at them is shooting, not words. */
  static final Set<String> ARMED = Set.of("troops", "soldier", "soldiers", "force", "forces",
      "militant", "militants", "gunman", "gunmen", "rebel", "rebels", "insurgent", "insurgents",
      "sniper", "snipers", "fighter", "fighters", "army", "militia", "militias", "artillery",
      "tank", "tanks", "helicopter", "helicopters", "jet", "jets", "warplane", "warplanes",
      "mortar", "mortars", "rocket", "rockets", "gun", "guns", "patrol", "convoy", "position",
      "positions", "base", "bases", "post", "posts", "checkpoint", "vehicle", "vehicles", "ship",
      "ships", "vessel", "aircraft", "plane", "drone", "drones", "police", "officer", "officers",
      "unit", "units", "battalion", "brigade", "attacker", "attackers", "assailant", "enemy",
      "town", "village", "city", "area", "building", "embassy", "compound", "camp", "hospital");

  /** Those who comment by trade: analysts, economists, scholars, pundits. */
  private static final Set<String> COMMENTATORS = Set.of("analyst", "analysts", "economist",
      "economists", "expert", "experts", "strategist", "strategists", "researcher",
      "researchers", "scholar", "scholars", "professor", "academic", "commentator",
      "commentators", "columnist", "pundit", "pundits", "pollster", "historian", "observer",
      "observers", "consultant", "trader", "traders", "investor", "investors");

  private AccuseArgs() {}

  /**
   * Whether the active subject of {@code v} (or of the verb it is a conjunct or complement of)
   * is one who may make a statement: a name, a personal pronoun, an office or a group that speaks.
   */
  static boolean speaker(Parse p, int v) {
    return StatementMakers.activeSubjects(p, v).stream().anyMatch(s -> maker(p, s) && !commentator(p, s));
  }

  /**
   * Whether the subject is a commentator by trade ("analyst X said", "X, an economist at",
   * "experts"): their judgements are analysis, not a political actor's accusation or demand.
   */
  static boolean commentator(Parse p, int s) {
    if (in(p, s, COMMENTATORS)) {
      return true;
    }
    for (Parse.Arc a : p.out(s)) {
      if ((a.rel().equals("compound") || a.rel().equals("appos") || a.rel().equals("amod"))
          && in(p, a.dep(), COMMENTATORS)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code s} may make a statement: a name, a personal pronoun, an office. */
  static boolean maker(Parse p, int s) {
    Parse.Tok t = p.tok(s);
    String w = t.word().toLowerCase();
    return named(p, s) || PERSONAL.contains(w)
        || StatementVerbs.SPEAKERS.contains(t.lemma().toLowerCase())
        || StatementVerbs.SPEAKERS.contains(w) || GenericMakers.speaks(p, s);
  }

  /** Whether token {@code x} is a proper name or a noun with a proper name compounded. */
  static boolean named(Parse p, int x) {
    return p.tok(x).tag().startsWith("NNP") || p.nameIn(x, "compound", "flat");
  }

  /**
   * The tokens naming whose act or claim noun {@code x} is: itself when named, else its
   * possessor, its "by" phrase, or a name or nationality before it ("the Dastrian move").
   */
  static List<Integer> owners(Parse p, int x) {
    List<Integer> out = new ArrayList<>();
    if (named(p, x) || Set.of("him", "her", "them").contains(p.tok(x).word().toLowerCase())) {
      out.add(x);
      return out;
    }
    for (String rel : new String[] {"nmod:by", "nmod:agent"}) {
      out.addAll(p.children(x, rel)); // "the raid by X": the finder does not follow "by"
    }
    boolean owned = !p.children(x, "nmod:poss").isEmpty();
    for (String rel : new String[] {"amod", "compound"}) {
      for (int m : p.children(x, rel)) {
        owned |= p.tok(m).tag().startsWith("NNP") || p.tok(m).tag().equals("JJ")
            && Character.isUpperCase(p.tok(m).word().charAt(0));
      }
    }
    if (owned) {
      out.add(x); // the finder reads the owner off the noun: "X's move", "the Velmoran plan"
    }
    return out;
  }

  /** Whether the lemma or word of token {@code x} is in {@code words}. */
  static boolean in(Parse p, int x, Set<String> words) {
    return words.contains(p.tok(x).lemma().toLowerCase())
        || words.contains(p.tok(x).word().toLowerCase());
  }

  /** "against X" under {@code x}, up to two arcs down ("charges of genocide against X"). */
  static void against(Parse p, int x, int depth, List<Integer> out) {
    for (Parse.Arc a : p.out(x)) {
      if (a.rel().equals("nmod:against") || a.rel().equals("obl:against")) {
        out.add(a.dep());
      } else if (depth < 1 && a.rel().startsWith("nmod")) {
        against(p, a.dep(), depth + 1, out);
      }
    }
  }
}
