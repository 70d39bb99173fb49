package dossier.events;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * An assurance about what one will do (PLOVER AGREE, one side's commitment, as a promise is):
 * "X assured B that it would not join the alliance", "B was assured by X that the port would
 * close", "X reassured B it will keep its troops home". Only with a clause of what will be done
 * (a future or conditional modal): "assured reporters that the town was calm" reports a fact,
 * "assured its place in the final" and "rest assured" are no commitment.
 */
final class Assurances {
  /** The raw-text test, beside {@link Lexicon#CANDIDATE}. */
  static final Pattern CANDIDATE = Pattern.compile(
      "(?i)\\b(?:re)?assur(?:e|es|ed|ing|ances?)\\b");
  private static final Set<String> VERBS = Set.of("assure", "reassure");
  /** Modals that make the clause a commitment: what will or would be done. */
  /** Verbs that give an assurance as a noun: "gave B assurances that it would". */
  private static final Set<String> GIVING = Set.of("give", "offer", "provide", "extend");
  private static final Set<String> NOUNS = Set.of("assurance", "assurances");
  static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "wo");

  private Assurances() {}

  static boolean trigger(String lemma) {
    return VERBS.contains(lemma) || NOUNS.contains(lemma);
  }

  /** AGREE for an assurance with a clause of what will be done, else null. */
  static String type(Parse p, int v) {
    Parse.Tok t = p.tok(v);
    String lemma = t.lemma().toLowerCase();
    if (!t.verb() || p.negated(v)) {
      return null;
    }
    if (GIVING.contains(lemma)) {
      for (int o : p.children(v, "obj")) {
        if (AccuseArgs.in(p, o, NOUNS) && commitment(p, o)) {
          return "AGREE"; // "gave B assurances that it would not intervene"
        }
      }
      return null;
    }
    if (!VERBS.contains(lemma)) {
      return null;
    }
    if (p.childIn(v, Set.of("you", "yourself"), "obj") || p.childIn(v, Set.of("rest"), "cop")) {
      return null; // "I can assure you that": a speaker's emphasis, no commitment to anyone
    }
    if (commitment(p, v)) {
      return "AGREE";
    }
    for (int o : p.children(v, "obj")) {
      if (commitment(p, o)) {
        return "AGREE"; // "reassured B that ...", the clause hung on B
      }
    }
    return null;
  }

  /** A clause of what will be done under {@code x}: "that it would", or bare ("B it would"). */
  private static boolean commitment(Parse p, int x) {
    for (String rel : new String[] {"ccomp", "parataxis", "acl"}) {
      for (int y : p.children(x, rel)) {
        if (y > x && p.childIn(y, FUTURE, "aux")) {
          return true;
        }
      }
    }
    return false;
  }
}
