package dossier.events;

import static dossier.events.CoverageArgs.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Coverage verbs of stance (ACCUSE, REJECT, THREATEN, SUPPORT): branding and blame, threats of
 * one's own reprisal, what is opposed, blocked, recognised or investigated.
 */
final class StanceVerbs {
  private StanceVerbs() {}

  /** What opposing or supporting is a political act about (beside policies and proposals). */
  static final Set<String> STANCES = union(StatementVerbs.POLICY, SpeechActs.PROPOSALS,
      SpeechActs.DECISIONS, Set.of("bid", "candidacy", "nomination", "membership", "accession",
          "war", "reform", "reforms", "resolution", "idea", "effort", "efforts", "cause",
          "right", "rights", "independence", "sovereignty", "government", "regime",
          "intervention", "invasion", "strike", "strikes", "campaign", "referendum",
          "annexation", "occupation", "expansion", "integrity", "unification", "claim",
          "withdrawal", "sanctions", "embargo", "blockade"));

  /** What one turns down that is no offer or request: "turned down the volume". */
  private static final Set<String> DIALS = Set.of("volume", "heat", "music", "light", "lights",
      "radio", "sound", "thermostat", "temperature", "television", "tv", "flame", "gas", "bed",
      "sheet", "sheets", "collar", "corner", "page", "road", "street", "path", "lane");

  /**
   * "turned down the offer", "turned down such treatment": a refusal by someone. Not when hung on
   * a verb of saying ("X said Y decided to grant A, but turned down B"): the parser gives it the
   * speaker, though the refusal is as often the reported one's.
   */
  static boolean turnedDown(Parse p, int v, Set<String> prt) {
    int gov = p.governor(v, "conj");
    return prt.contains("down") && hand(p, v, true) && hasObject(p, v) && !objectIn(p, v, DIALS)
        && !p.negated(v)
        && (gov < 0 || !Lexicon.REPORTING.contains(p.tok(gov).lemma().toLowerCase()));
  }

  /** What recognising is diplomatic support for ("recognised its independence"). */
  static final Set<String> STATEHOOD = Set.of("government", "independence", "state",
      "sovereignty", "statehood", "republic", "annexation", "authority", "council");

  /** What blocking or thwarting is a rejection of. */
  static final Set<String> MOTIONS = Set.of("resolution", "resolutions", "bill",
      "proposal", "plan", "deal", "measure", "bid", "accession", "membership", "nomination",
      "motion", "appointment", "treaty", "agreement", "statement", "declaration", "request",
      "sanctions");

  /** What a side is branded, labelled or described as in an accusation (beside the insults). */
  private static final Set<String> BRANDED = union(StatementVerbs.INSULTS, Set.of("threat",
      "unlawful", "provocation", "aggression", "outrageous", "absurd", "baseless", "false", "lie",
      "lies", "propaganda", "violation", "crime", "hypocritical", "sponsor", "invader", "pariah",
      "rogue", "terrorists", "criminals", "liars", "traitors"));

  /** What one is held or said to be for a wrong: "held X responsible", "said X was to blame". */
  private static final Set<String> CULPABLE = Set.of("responsible", "accountable", "liable",
      "culpable", "guilty");

  /** Harms one is said to be responsible for or behind (beside the lexicon's event nouns). */
  private static final Set<String> HARMS = Set.of("blast", "explosion", "killing", "killings",
      "murder", "murders", "death", "deaths", "plot", "coup", "hack", "hacking", "leak", "leaks",
      "violence", "crisis", "abuse", "abuses", "massacre", "bombings", "shooting", "shootings",
      "crime", "crimes", "fire", "sabotage", "unrest", "riots", "kidnapping", "assassination",
      "disappearance", "poisoning", "downing", "crash", "failure", "losses", "casualties");

  /** Acts a warning or a conditional promise threatens: one's own retaliation. */
  private static final Set<String> REPRISAL_ACTS = Set.of("retaliate", "respond", "punish",
      "hit", "strike", "attack", "invade", "retake", "destroy", "crush", "annihilate", "sever",
      "cut", "expel", "sanction", "arrest", "bomb", "shoot", "fire");

  /** Pronouns by which a warner means itself ("warned that it would strike"). */
  private static final Set<String> SELF = Set.of("it", "we", "i", "he", "she");

  /** "warned that it would strike B": a threat of the warner's own harmful act. */
  static boolean warnedOfOwnAct(Parse p, int v) {
    List<Integer> said = new ArrayList<>(p.children(v, "ccomp"));
    said.addAll(p.children(v, "parataxis")); // "warned B it could cut ties"
    for (int x : said) {
      boolean future = p.childIn(x, Set.of("will", "would", "'ll", "shall", "could", "may",
          "might"), "aux");
      boolean self = p.childIn(x, SELF, "nsubj");
      String type = Lexicon.type(p.tok(x));
      if (type == null && p.tok(x).verb()) {
        type = CoverageVerbs.type(p, x);
      }
      if (future && self && (type != null && Set.of("ASSAULT", "COERCE", "SANCTION",
          "MOBILIZE").contains(type) || REPRISAL_ACTS.contains(p.tok(x).lemma().toLowerCase()))
          && !p.negated(x)) {
        return true;
      }
    }
    return false;
  }

  /** "branded X a threat", "labelled X a traitor", "described the move as illegal". */
  static boolean branded(Parse p, int v) {
    if (p.negated(v) || !hand(p, v, false)) {
      return false;
    }
    boolean two = p.children(v, "obj").size() + p.children(v, "iobj").size() >= 2;
    List<Integer> as = new ArrayList<>();
    for (String rel : new String[] {"xcomp", "obl:as", "advcl:as"}) {
      as.addAll(p.children(v, rel));
    }
    if (two) {
      as.addAll(p.children(v, "obj")); // "branded X a threat": two objects
    }
    for (int o : objects(p, v)) {
      as.addAll(p.children(o, "dep")); // "labelled X a traitor" parsed loosely
    }
    for (int o : p.children(v, "iobj")) {
      as.addAll(p.children(o, "dep"));
    }
    for (int x : as) {
      if (in(p, x, BRANDED) || p.childIn(x, BRANDED, "amod", "compound")) {
        return true;
      }
    }
    return false;
  }

  /** "held X responsible for the attack". */
  static boolean heldCulpable(Parse p, int v) {
    if (p.tok(v).lemma().equalsIgnoreCase("take") && p.childIn(v, Set.of("task"), "obl:to")) {
      return properObject(p, v) || people(p, v); // "took X to task over"
    }
    return !p.negated(v) && !culpable(p, v).isEmpty();
  }

  /**
   * Who is held culpable by hold {@code v}: "held X responsible" parses X as the object or as
   * the subject of the small clause "X responsible".
   */
  static List<Integer> culpable(Parse p, int v) {
    List<Integer> out = new ArrayList<>();
    for (Parse.Arc a : p.out(v)) {
      if (a.rel().startsWith("nsubj") || !in(p, a.dep(), CULPABLE) || p.negated(a.dep())) {
        continue;
      }
      for (int x : p.children(a.dep(), "nsubj")) {
        if (p.tok(x).tag().startsWith("NNP") || in(p, x, PEOPLE)) {
          out.add(x);
        }
      }
      for (int x : objects(p, v)) {
        if (p.tok(x).tag().startsWith("NNP") || in(p, x, PEOPLE)) {
          out.add(x);
        }
      }
    }
    return out;
  }

  /** "said X was responsible for", "said X was behind the attack": an accusation. */
  static boolean saidCulpable(Parse p, int v) {
    if (p.negated(v)) {
      return false;
    }
    for (int x : p.children(v, "ccomp")) {
      boolean named = p.children(x, "nsubj").stream()
          .anyMatch(s -> p.tok(s).tag().startsWith("NNP"));
      boolean culpable = in(p, x, CULPABLE) && p.children(x, "obl:for").stream()
          .anyMatch(f -> harm(p, f)) || p.childIn(x, Set.of("behind"), "case") && harm(p, x);
      if (named && culpable && !p.negated(x) && !p.childIn(x, Set.of("if", "whether"), "mark")
          && !p.childIn(x, Set.of("could", "might", "may"), "aux")) { // not "could be behind"
        return true;
      }
    }
    return false;
  }

  /** Whether {@code x} names a harm: an event noun of the lexicon, a blast, a death, a leak. */
  private static boolean harm(Parse p, int x) {
    return Lexicon.type(p.tok(x)) != null || in(p, x, HARMS);
  }

  /** "said it would retaliate if attacked": a conditional promise of one's own reprisal. */
  static boolean saidConditional(Parse p, int v) {
    for (int x : p.children(v, "ccomp")) {
      boolean future = p.childIn(x, Set.of("will", "would", "'ll"), "aux");
      boolean self = p.childIn(x, SELF, "nsubj");
      boolean condition = p.children(x, "advcl").stream()
          .anyMatch(a -> p.childIn(a, Set.of("if", "unless"), "mark"));
      String type = Lexicon.type(p.tok(x));
      boolean harm = REPRISAL_ACTS.contains(p.tok(x).lemma().toLowerCase())
          || type != null && Set.of("ASSAULT", "SANCTION", "COERCE").contains(type);
      if (future && self && condition && harm && !p.negated(x)) {
        return true;
      }
    }
    return false;
  }

  /** "declared two diplomats persona non grata": an expulsion. */
  static boolean nonGrata(Parse p, int v) {
    for (Parse.Tok t : p.tokens()) {
      if (t.word().equalsIgnoreCase("grata")) {
        return true;
      }
    }
    return false;
  }

  /** "investigated X for fraud", "probed allegations of bribery"; not "investigated the crash". */
  static boolean investigated(Parse p, int v) {
    if (!p.children(v, "obl:for").isEmpty() && (people(p, v) || properObject(p, v))) {
      return true;
    }
    return people(p, v) && !objectIn(p, v, Set.of("death", "crash", "fire", "cause"))
        || objectIn(p, v, Set.of("allegation", "allegations", "claim", "claims",
            "accusation", "accusations", "corruption", "fraud", "bribery", "abuse", "abuses",
            "misconduct", "wrongdoing", "violation", "violations", "crimes", "leak", "leaks"));
  }
}
