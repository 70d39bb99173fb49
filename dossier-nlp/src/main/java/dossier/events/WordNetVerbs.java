package dossier.events;

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
  /** Types whose agentless passive is news ("was incarcerated", "was decapitated"). */
  private static final Set<String> AGENTLESS = Set.of("ASSAULT", "COERCE", "SANCTION");
  /** Personal pronouns that stand for people acted on. */
  private static final Set<String> PEOPLE_PRONOUNS = Set.of("him", "her", "them", "us", "me",
      "he", "she", "they", "we", "i");
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
    if (type == null || WordNetLexicon.known(lemma) || Statements.asked(p, v, type)) {
      return null;
    }
    if (p.in(v).stream().anyMatch(a -> a.rel().equals("amod"))) {
      return null; // "the decimated town": a modifier, not a clause
    }
    if (!CoverageVerbs.hand(p, v, AGENTLESS.contains(type))) {
      return null; // "the disease decimated the herd", "prices exalted"
    }
    if (DONE_TO.contains(type) && !undergoer(p, v, type)) {
      return null;
    }
    return type;
  }

  /** Whether the one acted on is named: a name, people, a group, a place or a policy. */
  private static boolean undergoer(Parse p, int v, String type) {
    for (String rel : UNDERGOER) {
      for (int o : p.children(v, rel)) {
        Parse.Tok t = p.tok(o);
        String w = t.word().toLowerCase(Locale.ROOT);
        String l = t.lemma().toLowerCase(Locale.ROOT);
        if (t.tag().startsWith("NNP") || PEOPLE_PRONOUNS.contains(w)
            || Lexicon.PERSON_NOUNS.contains(l) || Lexicon.GROUP_ACTORS.contains(l)
            || Lexicon.ROLE.contains(l) || Lexicon.CROWDS.contains(l)
            || type.equals("ASSAULT") && Lexicon.TARGETS.contains(l)
            || !type.equals("ASSAULT") && !type.equals("COERCE") && stance(l)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A policy, decision or proposal, which criticism, support and rejection are about. */
  private static boolean stance(String lemma) {
    return StatementVerbs.POLICY.contains(lemma) || SpeechActs.PROPOSALS.contains(lemma)
        || SpeechActs.DECISIONS.contains(lemma);
  }
}
