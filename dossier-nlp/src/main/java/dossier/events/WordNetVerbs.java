package dossier.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The last door: a verb that {@link WordNetLexicon} types and no other door knows ("mediated",
 * "incarcerated", "ostracised", "decapitated") is an event only with the arguments the other
 * doors ask for. Its doer is a hand (a name, a person, a group or force: never a storm or a
 * market, see {@link CoverageVerbs#hand}); a type that is done to someone needs that someone as
 * its object or passive subject (a name, a person or group, a place attacked, a policy opposed).
 * Status (negation, plans, hopes, claims), participants and the named-participant test are then
 * DepFinder's, as for every lexicon verb.
 */
final class WordNetVerbs {
  /** Types that are done to someone: without an object they are no event ("he rebelled" is). */
  private static final Set<String> DONE_TO = Set.of("ACCUSE", "ASSAULT", "COERCE", "SANCTION",
      "SUPPORT", "REJECT", "REQUEST");
  /**
   * Types whose agentless passive is news ("was incarcerated"): only custody, which no company,
   * team or thing undergoes; "X will be liquidated" is a firm, "X was ejected" a player.
   */
  private static final Set<String> AGENTLESS = Set.of("COERCE");
  /** Personal pronouns that stand for people acted on. */
  private static final Set<String> PEOPLE_PRONOUNS = Set.of("him", "her", "them", "us", "me",
      "he", "she", "they", "we", "i");
  /** Types whose other side must be named: one cooperates, gives in or agrees with someone. */
  private static final Set<String> WITH_SOMEONE = Set.of("COOPERATE", "CONCEDE", "AGREE");
  /** Posts, thrones and claims a retreat gives up ("vacated the presidency"), not a flat. */
  private static final Set<String> POSTS = Set.of("post", "office", "seat", "throne", "crown",
      "presidency", "premiership", "chair", "leadership", "claim", "claims", "command", "mandate",
      "position", "role", "title", "membership");
  /** Forces whose violence against a thing of a named side is an attack ("torpedoed a ship of B"). */
  private static final Set<String> FORCES = Set.of("army", "navy", "troops", "troop", "soldier",
      "force", "forces", "militant", "rebel", "insurgent", "gunman", "gunmen", "militia",
      "military", "police", "jet", "drone", "warship", "submarine", "mob", "attacker");
  /** Relations that name the one an act is done to. */
  private static final String[] UNDERGOER = {"obj", "nsubj:pass", "obl:against", "obl:at",
      "obl:on", "obl:to"};

  private WordNetVerbs() {}

  /** Whether {@code lemma} may be read by this door (for the pre-parse word test). */
  static boolean trigger(String lemma) {
    return WordNetLexicon.verb(lemma) != null && !WordNetLexicon.known(lemma);
  }

  /** Whether {@code text[start, end)} has a word that is a form of one of this door's verbs. */
  static boolean candidate(String text, int start, int end) {
    int i = start;
    while (i < end) {
      while (i < end && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int from = i;
      while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      if (i - from > 3) {
        for (String l : TriggerWords.lemmas(text.substring(from, i).toLowerCase(Locale.ROOT))) {
          if (trigger(l)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The PLOVER type verb {@code v} makes with its arguments, or null. */
  static String type(Parse p, int v) {
    Parse.Tok t = p.tok(v);
    if (!t.verb()) {
      return null;
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    String type = WordNetLexicon.verb(lemma);
    if (type == null || WordNetLexicon.known(lemma) || Statements.asked(p, v, type)
        || question(p, v)) {
      return null;
    }
    if (p.in(v).stream().anyMatch(a -> a.rel().equals("amod"))) {
      return null; // "the decimated town": a modifier, not a clause
    }
    if (!CoverageArgs.hand(p, v, AGENTLESS.contains(type))
        && (type.equals("ASSAULT") || !ownedDoer(p, v))) {
      return null; // "the disease decimated the herd", "prices exalted"
    }
    if (DONE_TO.contains(type) && !undergoer(p, v, type)) {
      return null;
    }
    if (WITH_SOMEONE.contains(type) && recipients(p, v).stream().noneMatch(o -> actor(p, o))
        && !p.nameIn(v, "obj")) {
      return null; // "collaborated with a painter", "capitulated to his craving"
    }
    if (type.equals("RETREAT") && !p.children(v, "obj").isEmpty()
        && !p.childIn(v, POSTS, "obj")) {
      return null; // "vacated his flat"; "vacated the presidency", "abdicated" stand
    }
    return type;
  }

  /**
   * The other side of this door's verbs, beyond DepFinder's slots: "capitulated to B",
   * "collaborated with B", and the owner of what was given in to ("acquiesced in B's plan").
   */
  static List<Integer> recipients(Parse p, int v) {
    List<Integer> out = new ArrayList<>();
    if (!p.tok(v).verb() || !trigger(p.tok(v).lemma().toLowerCase(Locale.ROOT))) {
      return out;
    }
    for (String rel : new String[] {"obl:to", "obl:with", "obl:in"}) {
      for (int o : p.children(v, rel)) {
        if (!rel.equals("obl:in") && actor(p, o)) {
          out.add(o);
        }
        out.addAll(p.children(o, "nmod:of"));
        out.addAll(p.children(o, "nmod:poss"));
      }
    }
    out.removeIf(o -> !actor(p, o));
    return out;
  }

  /** A name or a group: one who can be the other side of an act. */
  private static boolean actor(Parse p, int o) {
    Parse.Tok t = p.tok(o);
    String l = t.lemma().toLowerCase(Locale.ROOT);
    return t.tag().startsWith("NNP") || Lexicon.GROUP_ACTORS.contains(l)
        || Lexicon.ROLE.contains(l) || FORCES.contains(l);
  }

  /** "Would X mediate?", "Will X be banished?": a question asks; nothing was done. */
  private static boolean question(Parse p, int v) {
    int last = p.tokens().size() - 1;
    if (last < 0 || !p.tok(last).word().equals("?")) {
      return false;
    }
    for (int a : p.children(v, "aux")) {
      for (String rel : new String[] {"nsubj", "nsubj:pass"}) {
        for (int s : p.children(v, rel)) {
          if (a < s) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the one acted on is named: a name, people, a group, a place or a policy. */
  private static boolean undergoer(Parse p, int v, String type) {
    if (!type.equals("REQUEST") && CoverageArgs.people(p, v)) {
      return true; // "exterminated the villagers", "banished dozens of opponents"
    }
    for (String rel : UNDERGOER) {
      for (int o : p.children(v, rel)) {
        Parse.Tok t = p.tok(o);
        String w = t.word().toLowerCase(Locale.ROOT);
        String l = t.lemma().toLowerCase(Locale.ROOT);
        if (t.tag().startsWith("NNP") || PEOPLE_PRONOUNS.contains(w)
            || Lexicon.PERSON_NOUNS.contains(l) || Lexicon.GROUP_ACTORS.contains(l)
            || Lexicon.ROLE.contains(l) || Lexicon.CROWDS.contains(l)
            || type.equals("ASSAULT") && Lexicon.TARGETS.contains(l)
            || !type.equals("ASSAULT") && !type.equals("COERCE") && !type.equals("REQUEST")
                && stance(l)
            || type.equals("REQUEST") && (SpeechActs.SOUGHT.contains(l)
                || SpeechActs.OFFERED.contains(l))) {
          return true;
        }
        // a thing of a named side: "the motives of B", "a warship of B" (attacked by a force)
        if (owned(p, o) && (!type.equals("ASSAULT") || doerIn(p, v, FORCES)
            || doerIn(p, v, Lexicon.GROUP_ACTORS))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A body of a named side as the doer: "the assembly of B", "B's parliament". */
  private static boolean ownedDoer(Parse p, int v) {
    for (int s : p.children(v, "nsubj")) {
      if (owned(p, s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean owned(Parse p, int o) {
    for (String rel : new String[] {"nmod:of", "nmod:poss"}) {
      for (int x : p.children(o, rel)) {
        if (p.tok(x).tag().startsWith("NNP")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean doerIn(Parse p, int v, Set<String> words) {
    return p.childIn(v, words, "nsubj", "obl:agent");
  }

  /** A policy, decision or proposal, which criticism, support and rejection are about. */
  private static boolean stance(String lemma) {
    return StatementVerbs.POLICY.contains(lemma) || SpeechActs.PROPOSALS.contains(lemma)
        || SpeechActs.DECISIONS.contains(lemma);
  }
}
