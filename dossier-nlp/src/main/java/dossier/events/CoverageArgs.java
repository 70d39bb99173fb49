package dossier.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The small matcher the coverage verbs share: a verb's objects (or passive subject), whether one
 * is in a word list, a name or people, and whether the doer is a hand (a person, group, force or
 * name) and not a storm or a market.
 */
final class CoverageArgs {
  private CoverageArgs() {}

  /** People a violent or coercive act is done to ("wounded three soldiers", "rounded up activists"). */
  static final Set<String> PEOPLE = union(Lexicon.PERSON_NOUNS, Lexicon.CAPTURED,
      Lexicon.GROUP_ACTORS, Set.of("civilian", "child", "children", "villager", "journalist",
          "reporter", "passenger", "pilgrim", "worshipper", "policeman", "policemen", "official",
          "minister", "opponent", "critic", "dissident", "citizen", "refugee", "detainee",
          "victim", "family", "relative", "local", "bystander", "farmer", "teacher", "doctor",
          "nurse", "priest", "monk", "tourist", "dozen", "dozens", "scores", "hundreds",
          "thousands", "supporter", "blogger", "lawyer", "opposition", "politician", "candidate",
          "lawmaker"));

  /** Doers who beat people: forces, guards, armed men and mobs (not a team, not a candidate). */
  static final Set<String> BEATERS = Set.of("police", "policeman", "policemen",
      "officer", "soldier", "troop", "troops", "army", "guard", "militia", "mob", "gang",
      "gunman", "gunmen", "militant", "rebel", "insurgent", "attacker", "assailant", "thug",
      "crowd", "rioter", "youth", "vigilante", "extremist", "force", "agent", "jailer", "warder");

  /** Subjects that never make a hand: things, not people ("the data support", "the storm"). */
  private static final Set<String> PRONOUN_HANDS = Set.of("he", "she", "they", "we", "i");

  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  @SafeVarargs
  static Set<String> union(Set<String> a, Set<String> b, Set<String>... more) {
    Set<String> out = new HashSet<>(union(a, b));
    for (Set<String> m : more) {
      out.addAll(m);
    }
    return Set.copyOf(out);
  }

  static boolean passive(Parse p, int v) {
    return !p.children(v, "nsubj:pass").isEmpty() || !p.children(v, "aux:pass").isEmpty();
  }

  /** Objects: the object, or the passive subject. */
  static List<Integer> objects(Parse p, int v) {
    List<Integer> out = new ArrayList<>(p.children(v, "obj"));
    out.addAll(p.children(v, "nsubj:pass"));
    return out;
  }

  static int firstObject(Parse p, int v) {
    List<Integer> o = objects(p, v);
    return o.isEmpty() ? -1 : o.get(0);
  }

  static boolean hasObject(Parse p, int v) {
    return !objects(p, v).isEmpty();
  }

  /** Whether an object's lemma or word is in {@code words}, or "thousands of" such. */
  static boolean objectIn(Parse p, int v, Set<String> words) {
    for (int o : objects(p, v)) {
      if (in(p, o, words)) {
        return true;
      }
      for (int y : p.children(o, "nmod:of")) {
        if (in(p, y, words) && Set.of("dozen", "dozens", "hundreds", "thousands", "scores",
            "group", "number", "hundred", "thousand", "million", "millions")
            .contains(p.tok(o).lemma().toLowerCase())) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean in(Parse p, int x, Set<String> words) {
    return words.contains(p.tok(x).lemma().toLowerCase())
        || words.contains(p.tok(x).word().toLowerCase());
  }

  /** Whether an object is a name ("fined Marlo", "freed the two Velmorans"). */
  static boolean properObject(Parse p, int v) {
    for (int o : objects(p, v)) {
      if (p.tok(o).tag().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the one acted on is people: a person noun, a name or a number of them. */
  static boolean people(Parse p, int v) {
    for (int o : objects(p, v)) {
      Parse.Tok t = p.tok(o);
      if (t.tag().startsWith("NNP") || t.tag().equals("CD") || in(p, o, PEOPLE)
          || t.tag().equals("PRP") && PRONOUN_HANDS.contains(t.lemma().toLowerCase())
          || Set.of("him", "her", "them", "us", "me").contains(t.word().toLowerCase())) {
        return true;
      }
    }
    return objectIn(p, v, PEOPLE);
  }

  /**
   * Whether the doer is a hand: a person, a group, a force or a name, not a storm or a market.
   * With {@code agentless}, a passive without its doer passes ("was assaulted in the street").
   */
  static boolean hand(Parse p, int v, boolean agentless) {
    List<Integer> doers = new ArrayList<>();
    if (passive(p, v)) {
      doers.addAll(p.children(v, "obl:agent"));
      doers.addAll(p.children(v, "obl:by"));
      if (doers.isEmpty()) {
        return agentless;
      }
    } else {
      doers.addAll(p.children(v, "nsubj"));
      if (doers.isEmpty()) {
        // a participle or infinitive: its governor's subject ("police moved in, beating ...")
        int gov = p.governor(v, "xcomp", "advcl", "conj");
        return gov >= 0 && gov != v && hand(p, gov, agentless);
      }
    }
    for (int d : doers) {
      Parse.Tok t = p.tok(d);
      if (t.tag().startsWith("NNP") || in(p, d, Lexicon.GROUP_ACTORS)
          || in(p, d, Lexicon.PERSON_NOUNS) || in(p, d, Lexicon.ROLE) || in(p, d, BEATERS)
          || PRONOUN_HANDS.contains(t.word().toLowerCase()) || in(p, d, PEOPLE)
          || in(p, d, Lexicon.CROWDS)) {
        return true;
      }
    }
    return false;
  }
}
