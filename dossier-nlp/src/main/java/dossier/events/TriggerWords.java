package dossier.events;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The sharper pre-parse test: a sentence is parsed only when one of its words may be a form of a
 * trigger the patterns read (a lexicon verb or event noun, or a verb that is an event with certain
 * arguments). {@link Lexicon#CANDIDATE} matches word beginnings ("spoke" in "spokesman", "sen" in
 * "sentence"); this keeps, of the sentences it matches, those with a word that, undone of its
 * inflection, is a trigger. It only ever parses fewer sentences than the regex alone.
 */
final class TriggerWords {
  /** Verbs DepFinder reads as events only with certain arguments ("sent troops", "pull back"). */
  private static final Set<String> ARGUMENT_VERBS = Set.of("pull", "move", "send", "dispatch",
      "mass", "call", "exchange", "free", "swap", "speak", "find", "face", "open", "gun", "hurl",
      "throw", "lob", "lay", "catch", "guilty", "fire", "siege", "hold", "vow", "swear",
      "warn", "drag", "haul", "set", "order", "command", "instruct", "surround", "encircle",
      "advance", "conduct", "stage", "oversee");
  /** Irregular forms of trigger verbs, to their lemma. */
  private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("met", "meet"),
      Map.entry("struck", "strike"), Map.entry("stricken", "strike"), Map.entry("shot", "shoot"),
      Map.entry("fought", "fight"), Map.entry("sent", "send"), Map.entry("spoke", "speak"),
      Map.entry("spoken", "speak"), Map.entry("withdrew", "withdraw"),
      Map.entry("withdrawn", "withdraw"), Map.entry("hit", "hit"), Map.entry("laid", "lay"),
      Map.entry("caught", "catch"), Map.entry("found", "find"),
      Map.entry("threw", "throw"), Map.entry("thrown", "throw"), Map.entry("fled", "flee"),
      Map.entry("freed", "free"), Map.entry("shooting", "shoot"), Map.entry("held", "hold"),
      Map.entry("swore", "swear"), Map.entry("sworn", "swear"),
      Map.entry("oversaw", "oversee"), Map.entry("overseen", "oversee"));

  private TriggerWords() {}

  /** Whether DepFinder reads {@code lemma} as an event only with certain arguments. */
  static boolean argumentVerb(String lemma) {
    return ARGUMENT_VERBS.contains(lemma);
  }

  /**
   * Whether {@code text[start, end)} may hold a trigger: the regex matches in it (so this never
   * parses a sentence the regex alone would skip), and one of its words, any word, may be a form of
   * a trigger. Any word, not only the matched one: a sentence parsed for "withdrawal" may hold an
   * "airstrike" or "dispatched troops" that the regex does not see.
   */
  static boolean mayHold(String text, int start, int end) {
    if (Statements.candidate(text, start, end) || Acts.construction(text, start, end)) {
      return true; // a statement verb in its frame: the raw-text test is the word test
    }
    if (!Lexicon.CANDIDATE.matcher(text).region(start, end).find()
        && !Acts.candidate(text, start, end)) {
      return false;
    }
    int i = start;
    while (i < end) {
      while (i < end && !word(text.charAt(i))) {
        i++;
      }
      int from = i;
      while (i < end && word(text.charAt(i))) {
        i++;
      }
      if (i > from && trigger(text.substring(from, i).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A trigger form, whole or (the tokenizer may split at hyphens) in one of its pieces. */
  private static boolean trigger(String w) {
    if (form(w)) {
      return true;
    }
    if (w.indexOf('-') >= 0) {
      for (String piece : w.split("-")) {
        if (!piece.isEmpty() && form(piece)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean word(char c) {
    return Character.isLetter(c) || c == '-';
  }

  private static boolean form(String w) {
    for (String lemma : lemmas(w)) {
      if (ARGUMENT_VERBS.contains(lemma) || Acts.trigger(lemma)
          || Lexicon.type(new Parse.Tok(0, 0, w, lemma, "VB")) != null
          || Lexicon.type(new Parse.Tok(0, 0, w, lemma, "NN")) != null) {
        return true;
      }
    }
    return false;
  }

  /** The lemmas a word form may have: itself, and itself undone of a regular inflection. */
  static Set<String> lemmas(String w) {
    Set<String> out = new LinkedHashSet<>();
    out.add(w);
    out.add(IRREGULAR.getOrDefault(w, w));
    if (w.endsWith("ies") || w.endsWith("ied")) {
      out.add(w.substring(0, w.length() - 3) + "y");
    }
    for (String suffix : new String[] {"s", "es", "d", "ed", "ing"}) {
      if (w.length() > suffix.length() + 1 && w.endsWith(suffix)) {
        String stem = w.substring(0, w.length() - suffix.length());
        out.add(stem);
        if (suffix.equals("ing") || suffix.equals("ed")) {
          out.add(stem + "e"); // "negotiating", "invaded" undone of the dropped e
          int n = stem.length();
          if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
            out.add(stem.substring(0, n - 1)); // "hitting", "expelled": a doubled consonant
          }
        }
      }
    }
    return out;
  }
}
