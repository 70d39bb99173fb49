package dossier.events;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * Verbs the tagger reads as nouns where news English leaves no doubt, re-tagged before the
 * parser runs (its features are the tags, so the parse follows):
 * <ul>
 *   <li>"X objects to the plan": "objects" right after its subject and before "to" plus a noun
 *       phrase is the verb (not "sent art objects to the museum": a verb before it takes it as
 *       its object);</li>
 *   <li>"after touring X and meeting with Y": a bare "meeting with" after a conjunction or
 *       preposition is the -ing form (not "a meeting with", "Monday's meeting with");</li>
 *   <li>"demanded that X return the prisoners": after a verb of demanding, "that" and a name, a
 *       verb's base form read as a noun is the verb the demand asks for.</li>
 * </ul>
 */
final class Retags {
  /** Tags a subject may end with right before its verb. */
  private static final Set<String> SUBJECT_END = Set.of("NNP", "NNPS", "NN", "NNS", "PRP",
      ",", "-RRB-", "RB");
  /** Tags inside a noun phrase before its head. */
  private static final Set<String> NOUN_PHRASE = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "DT",
      "PRP$", "POS", "CD", "PRP");
  /** Words a bare gerund follows ("and meeting with", "after meeting with"). */
  private static final Set<String> BEFORE_GERUND = Set.of("CC", "IN", ",");

  /** Verbs in the base form the tagger may read as nouns after a name ("that X return Y"). */
  private static final Set<String> ASKED_ACTS = Set.of("return", "release", "free", "hand",
      "withdraw", "stop", "end", "halt", "pull", "leave", "surrender", "extradite");

  /** Particles inside foreign names ("Dar es Salaam", "Osama bin Laden"). */
  private static final Set<String> NAME_PARTICLES = Set.of("es", "el", "al", "bin", "ibn",
      "de", "da", "di", "du", "del", "della", "van", "von", "der", "ul", "ud");

  private Retags() {}

  /** Re-tags the sentence's tokens in place. */
  static void fix(List<CoreLabel> toks) {
    for (int i = 1; i + 1 < toks.size(); i++) {
      CoreLabel t = toks.get(i);
      String next = toks.get(i + 1).word().toLowerCase();
      if (NAME_PARTICLES.contains(t.word()) && toks.get(i - 1).tag().startsWith("NNP")
          && toks.get(i + 1).tag().startsWith("NNP")
          && Character.isUpperCase(toks.get(i + 1).word().charAt(0))) {
        t.setTag("NNP");
        t.setLemma(t.word());
      } else if (t.word().equals("objects") && t.tag().equals("NNS") && next.equals("to")
          && objectsVerb(toks, i)) {
        t.setTag("VBZ");
        t.setLemma("object");
      } else if (t.word().equals("meeting") && t.tag().startsWith("NN") && next.equals("with")
          && BEFORE_GERUND.contains(toks.get(i - 1).tag())
          && !toks.get(i - 1).word().equalsIgnoreCase("of")) {
        t.setTag("VBG"); // "of meeting with" stays: "the purpose of meeting with" is a noun's
        t.setLemma("meet");
      } else if (t.tag().startsWith("NN") && ASKED_ACTS.contains(t.word().toLowerCase())
          && demandedOf(toks, i)) {
        t.setTag("VB");
        t.setLemma(t.word().toLowerCase());
      }
    }
  }

  /**
   * Whether "objects" at {@code i} is the clause's verb: a subject ends right before it, the
   * noun phrase before it is no verb's or preposition's object ("sent art objects to", "with
   * objects to"), and "to" is not an infinitive's ("the objects to be sold").
   */
  private static boolean objectsVerb(List<CoreLabel> toks, int i) {
    if (!SUBJECT_END.contains(toks.get(i - 1).tag())
        || i + 2 < toks.size() && toks.get(i + 2).tag().equals("VB")) {
      return false;
    }
    int j = i - 1;
    while (j >= 0 && NOUN_PHRASE.contains(toks.get(j).tag())) {
      j--;
    }
    if (j < 0 || j == i - 1) {
      return true; // the sentence's start, or a break: "X, or Y, objects to"
    }
    String tag = toks.get(j).tag();
    return !(tag.startsWith("VB") || tag.equals("IN") || tag.equals("TO"));
  }

  /** Whether token {@code i} follows "demanded that" and a name: "demanded that X return". */
  private static boolean demandedOf(List<CoreLabel> toks, int i) {
    int j = i - 1;
    while (j >= 0 && toks.get(j).tag().startsWith("NNP")) {
      j--;
    }
    return j < i - 1 && j >= 1 && toks.get(j).word().equalsIgnoreCase("that")
        && toks.get(j - 1).lemma() != null && Demands.verb(toks.get(j - 1).lemma());
  }
}
