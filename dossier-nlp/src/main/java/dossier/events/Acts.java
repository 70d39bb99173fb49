package dossier.events;

/**
 * The one door from the finder and the pre-parse test to the speech and legal acts
 * ({@link SpeechActs}, {@link LegalActs}), so that their hooks stay one line each.
 */
final class Acts {
  private Acts() {}

  /**
   * The constructions of accusation, rejection, backing, pressure and threat a verb list cannot
   * hold: a clause under a verb of saying, a judging complement, a light verb or idiom.
   */
  static String accusation(Parse p, int v) {
    String type = ClausalAccusations.type(p, v);
    type = type != null ? type : Evaluatives.type(p, v);
    type = type != null ? type : Judgements.type(p, v); // "called the order grave", praise
    return type != null ? type : CriticismIdioms.type(p, v);
  }

  /**
   * Participants those constructions hang where the finder does not look, token to role: "said X
   * had lied" (X), "came under fire from X" (X the source), "called X's decision illegal".
   */
  static java.util.Map<Integer, String> arguments(Parse p, int v, String type) {
    java.util.Map<Integer, String> out = new java.util.LinkedHashMap<>();
    ClausalAccusations.arguments(p, v).forEach(out::putIfAbsent);
    Evaluatives.arguments(p, v).forEach(out::putIfAbsent);
    Judgements.arguments(p, v).forEach(out::putIfAbsent);
    CriticismIdioms.arguments(p, v, type).forEach(out::putIfAbsent);
    if ("THREATEN".equals(type)) {
      ClausalThreats.arguments(p, v).forEach(out::putIfAbsent); // "said X would strike Y"
    }
    return out;
  }

  /** Whether {@code text[start, end)} may hold one of those constructions (parse it if so). */
  static boolean construction(String text, int start, int end) {
    return AccuseWords.CANDIDATE.matcher(text).region(start, end).find()
        || Buildups.CANDIDATE.matcher(text).region(start, end).find() // "increased its forces"
        || Warnings.CANDIDATE.matcher(text).region(start, end).find() // "warned that force"
        || ClausalThreats.CANDIDATE.matcher(text).region(start, end).find() // "would use force"
        || Demands.CANDIDATE.matcher(text).region(start, end).find(); // "gave X until Friday to"
  }

  /** The type a verb makes as a speech or legal act with its arguments, or null. */
  static String type(Parse p, int v) {
    String type = SpeechActs.type(p, v);
    type = type != null ? type : LegalActs.type(p, v);
    type = type != null ? type : CrimeActs.type(p, v);
    type = type != null ? type : CriticismIdioms.threat(p, v); // "did not rule out force"
    type = type != null ? type : Statements.type(p, v);
    type = type != null ? type : accusation(p, v); // constructions: "charged that", "came under fire"
    type = type != null ? type : CoverageVerbs.type(p, v); // the codebook's other common verbs
    type = type != null ? type : Diplomacy.type(p, v); // "discussed X with B", "bolstered its forces"
    type = type != null ? type : Invitations.type(p, v); // "invited B to visit"
    type = type != null ? type : Assurances.type(p, v); // "assured B that it would"
    type = type != null ? type : Missions.type(p, v); // "sent an envoy to B"
    type = type != null ? type : Warnings.type(p, v); // "warned B that the threat of force is real"
    type = type != null ? type : ClausalThreats.type(p, v); // "said X would use force if"
    type = type != null ? type : Demands.type(p, v); // "gave X five months to develop a plan"
    return type != null ? type : WordNetVerbs.type(p, v); // WordNet's, the last fallback
  }

  /** The lexicon's type of token {@code i}, unless a statement reads it otherwise ("hit out"). */
  static String lexicon(Parse p, int i) {
    String type = Statements.override(p, i);
    type = type != null ? type : CoverageVerbs.override(p, i); // "rallied behind X": support
    type = type != null ? type : Diplomacy.override(p, i); // "pledged to stand with X": support
    type = type != null ? type : CriticismIdioms.override(p, i); // "refused to rule out force"
    type = type != null ? type : Lexicon.type(p.tok(i));
    if (type != null && Diplomacy.period(p, i) >= 0) {
      return null; // "the third day of an assault": read by Diplomacy through EventNouns
    }
    // "Will X condemn Y?": a question asks whether it will be said; nothing was
    return type != null && Statements.asked(p, i, type) ? null : type;
  }

  /** Whether a lemma may trigger one of these acts (for the pre-parse word test). */
  static boolean trigger(String lemma) {
    return SpeechActs.trigger(lemma) || LegalActs.trigger(lemma) || EventNouns.trigger(lemma)
        || CrimeActs.trigger(lemma) || CoverageVerbs.trigger(lemma) || Diplomacy.trigger(lemma)
        || Invitations.trigger(lemma) || Assurances.trigger(lemma) || Missions.trigger(lemma)
        || WordNetVerbs.trigger(lemma);
  }

  /** Whether {@code text[start, end)} may hold one of these acts (for the pre-parse regex). */
  static boolean candidate(String text, int start, int end) {
    return SpeechActs.CANDIDATE.matcher(text).region(start, end).find()
        || LegalActs.CANDIDATE.matcher(text).region(start, end).find()
        || EventNouns.CANDIDATE.matcher(text).region(start, end).find()
        || StatementVerbs.CANDIDATE.matcher(text).region(start, end).find()
        || CrimeActs.CANDIDATE.matcher(text).region(start, end).find()
        || CoverageWords.CANDIDATE.matcher(text).region(start, end).find()
        || Diplomacy.CANDIDATE.matcher(text).region(start, end).find()
        || Invitations.CANDIDATE.matcher(text).region(start, end).find()
        || Assurances.CANDIDATE.matcher(text).region(start, end).find()
        || Missions.CANDIDATE.matcher(text).region(start, end).find()
        || WordNetVerbs.candidate(text, start, end);
  }

  /**
   * Whether a clause under {@code lemma} (by {@code rel}) is no event: a guess ("is likely to
   * deploy") or the purpose of training or arming ("trained rebels to fight").
   */
  static boolean unreal(String lemma, String rel) {
    String l = lemma.toLowerCase();
    return SpeechActs.UNREAL.contains(l) && rel.equals("xcomp")
        || SpeechActs.PURPOSE.contains(l) && (rel.equals("xcomp") || rel.startsWith("advcl"));
  }
}
