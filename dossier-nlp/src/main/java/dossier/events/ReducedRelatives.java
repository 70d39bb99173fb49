package dossier.events;

import java.util.Set;

/**
 * A relative clause without its "that" on an event noun: "the embargo the UN has imposed on X",
 * "sanctions Washington imposed on Y last year", "the aid X sent to Y". The parser reads the
 * named doer as part of the noun or as the sentence's subject and the verb as the main clause;
 * with the relative word put back ("which") it reads the clause as the noun's, so the noun's event gets the verb's
 * doer ("impose" makes the sanctions X's). The added word is taken out of the parse again
 * ({@link Headlines#without}), so every offset is the text's.
 */
final class ReducedRelatives {
  /** Verbs that make an event noun one's act: impose sanctions, send aid, sign a treaty. */
  private static final Set<String> MAKING = Set.of("impose", "slap", "levy", "send", "give",
      "provide", "deliver", "ship", "offer", "pledge", "promise", "sign", "reach", "conclude",
      "broker", "launch", "carry", "stage", "announce", "extend", "grant", "approve", "hold");
  /** Nouns of what is given or sent, beside the lexicon's event nouns. */
  private static final Set<String> GIVEN = Set.of("aid", "assistance", "sanction", "sanctions",
      "embargo", "tariff", "tariffs", "ban", "loan", "loans");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we");
  /** "which", not "that": "the embargo that ..." is read as the content of the noun. */
  private static final String THAT = "which ";

  private ReducedRelatives() {}

  /** {@code p} (the parse of {@code text[begin, end)}), or its reading with the "that" put back. */
  static Parse repair(DepParser parser, String text, int begin, int end, Parse p) {
    int at = gap(p);
    if (at < 0) {
      return p;
    }
    int pos = p.tok(at).start();
    String with = text.substring(0, pos) + THAT + text.substring(pos, end);
    Parse q = Headlines.without(parser.parse(with, begin, with.length()), pos, THAT.length());
    if (q.tokens().size() != p.tokens().size()) {
      return p;
    }
    int noun = at - 1;
    int verb = verbAfter(p, at);
    // kept only when the clause now hangs on the noun and the noun is its object
    boolean relative = q.in(verb).stream()
        .anyMatch(a -> a.gov() == noun && a.rel().startsWith("acl"));
    return relative ? q : p;
  }

  /**
   * The first token of a doer right after an event noun and before a verb of {@link #MAKING}
   * ("sanctions | Washington imposed", "the embargo | the UN has imposed"), or -1.
   */
  static int gap(Parse p) {
    for (int i = 0; i + 2 < p.tokens().size(); i++) {
      Parse.Tok n = p.tok(i);
      // a capital at the start ("Sanctions Washington imposed") may be tagged a name
      if (!n.tag().startsWith("NN") || n.tag().startsWith("NNP") && i > 0 || !eventNoun(n)) {
        continue;
      }
      int v = verbAfter(p, i + 1);
      if (v < 0) {
        continue;
      }
      int noun = i;
      boolean linked = p.in(v).stream().anyMatch(a -> a.gov() == noun && a.rel().startsWith("acl"));
      if (!linked) {
        return i + 1;
      }
    }
    return -1;
  }

  /** The verb of making after a doer that starts at {@code s} (a name or a pronoun), or -1. */
  private static int verbAfter(Parse p, int s) {
    int i = s;
    if (i < p.tokens().size() && PRONOUNS.contains(p.tok(i).word().toLowerCase())) {
      i++;
    } else {
      if (i < p.tokens().size() && p.tok(i).word().equalsIgnoreCase("the")) {
        i++;
      }
      int names = 0;
      while (i < p.tokens().size() && p.tok(i).tag().startsWith("NNP") && names < 4) {
        i++;
        names++;
      }
      if (names == 0) {
        return -1;
      }
    }
    if (i < p.tokens().size() && p.tok(i).lemma().equalsIgnoreCase("have")
        && p.tok(i).tag().startsWith("VB")) {
      i++; // "the UN has imposed"
    }
    if (i >= p.tokens().size()) {
      return -1;
    }
    Parse.Tok v = p.tok(i);
    return (v.tag().equals("VBD") || v.tag().equals("VBN"))
        && MAKING.contains(v.lemma().toLowerCase()) ? i : -1;
  }

  /** Whether {@code v} is a verb that makes an event noun one's act ("imposed", "sent"). */
  static boolean making(Parse.Tok v) {
    return MAKING.contains(v.lemma().toLowerCase());
  }

  private static boolean eventNoun(Parse.Tok n) {
    return GIVEN.contains(n.word().toLowerCase()) || GIVEN.contains(n.lemma().toLowerCase())
        || Lexicon.type(n) != null;
  }
}
