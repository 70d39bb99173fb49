package dossier.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who makes a statement, and the argument tests the statement frames share: a speaker as subject
 * (a name, a pronoun, an office or group that speaks) or as a passive's agent, a proper name in a
 * slot, the speaker's own object, a particle, and a sentence's register (sport, markets, things).
 */
final class StatementMakers {
  private StatementMakers() {}

  /**
   * Whether the active subject of {@code v} (or of the verb it is the controlled complement of)
   * is a speaker: a proper name, a pronoun, or an office or group that speaks.
   */
  static boolean speaker(Parse p, int v) {
    for (int s : activeSubjects(p, v)) {
      if (namedOrSpeaker(p, s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subjects of an active {@code v}, or of the verb it is a conjunct or controlled complement
   * of when it has none; none for a passive.
   */
  static List<Integer> activeSubjects(Parse p, int v) {
    if (!p.children(v, "nsubj:pass").isEmpty() || !p.children(v, "aux:pass").isEmpty()) {
      return List.of();
    }
    List<Integer> subjects = new ArrayList<>(p.children(v, "nsubj"));
    if (subjects.isEmpty()) {
      int up = p.governor(v, "conj", "xcomp");
      if (up >= 0) {
        subjects.addAll(p.children(up, "nsubj"));
      }
    }
    return subjects;
  }

  /** Whether a passive {@code v} has a speaker as its agent ("was slammed by X"). */
  static boolean agent(Parse p, int v) {
    for (String rel : new String[] {"obl:agent", "obl:by"}) {
      for (int a : p.children(v, rel)) {
        if (namedOrSpeaker(p, a)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean namedOrSpeaker(Parse p, int s) {
    Parse.Tok t = p.tok(s);
    if (t.tag().startsWith("NNP") || StatementVerbs.SPEAKERS.contains(t.lemma().toLowerCase())
        || StatementVerbs.PRONOUNS.contains(t.word().toLowerCase())
        || StatementVerbs.SPEAKERS.contains(t.word().toLowerCase())
        || GenericMakers.speaks(p, s)) {
      return true;
    }
    for (int m : p.children(s, "compound")) {
      if (p.tok(m).tag().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  /** Whether an argument of {@code v} in {@code rels} is a proper name or a person pronoun. */
  static boolean proper(Parse p, int v, String... rels) {
    for (String rel : rels) {
      for (int x : p.children(v, rel)) {
        Parse.Tok t = p.tok(x);
        if (t.tag().startsWith("NNP") || Set.of("him", "her", "them", "he", "she", "they")
            .contains(t.word().toLowerCase())) {
          return true;
        }
        for (int m : p.children(x, "compound")) {
          if (p.tok(m).tag().startsWith("NNP")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether {@code v}'s object is the speaker's own ("defended its decision"). */
  static boolean own(Parse p, int v) {
    for (int o : p.children(v, "obj")) {
      for (int x : p.children(o, "nmod:poss")) {
        if (Set.of("its", "their", "his", "her", "our", "my", "own")
            .contains(p.tok(x).word().toLowerCase())) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean argIn(Parse p, int v, Set<String> words, String... rels) {
    return p.childIn(v, words, rels);
  }

  static boolean particle(Parse p, int v, String... words) {
    Set<String> ws = Set.of(words);
    for (String rel : new String[] {"compound:prt", "advmod"}) {
      for (int x : p.children(v, rel)) {
        if (ws.contains(p.tok(x).lemma().toLowerCase())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the sentence speaks of sport, markets or things (where "slammed" is literal). */
  static boolean register(Parse p) {
    for (Parse.Tok t : p.tokens()) {
      if (StatementVerbs.REGISTER.contains(t.word().toLowerCase())) {
        return true;
      }
    }
    return false;
  }
}
