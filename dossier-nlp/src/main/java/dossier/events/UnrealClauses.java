package dossier.events;

import java.util.Set;

/**
 * Clauses that tell no act although their verb is an event's: an ability ("can call up 50,000
 * reservists"), the force a conditional threatens ("would bomb Brenn unless ..."; the threat is
 * read by {@link ClausalThreats}), an act under "any"/"no"/"every" ("any decision to expel X must
 * be approved"), a negated act to come ("will not retreat", "guarantees that X would not be
 * attacked"), an act only weighed ("is considering urging X to", "the first option would be to
 * launch an invasion") and a stated purpose ("the aim is (not) to invade"). Found in an audit of political
 * news no gold covers: each was a false alarm, counted by every gold as an event that did not
 * happen.
 */
final class UnrealClauses {
  private UnrealClauses() {}

  /** What a conditional only threatens: force told with "would"/"will" and "if"/"unless". */
  private static final Set<String> FORCE = Set.of("ASSAULT", "COERCE", "SANCTION");
  private static final Set<String> CONDITION = Set.of("if", "unless");
  private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "wo", "'d");
  private static final Set<String> ABILITY = Set.of("can", "ca");
  /** Acts a negation makes ("will not accept" rejects, "will not rule out force" threatens). */
  private static final Set<String> SAID_BY_NEGATION = Set.of("REJECT", "THREATEN");
  /** Determiners under which a noun names no act ("any decision to expel"). */
  private static final Set<String> NO_ACT = Set.of("any", "no", "every");
  /** Verbs whose complement is only weighed ("is considering urging X to"). */
  private static final Set<String> WEIGHED = Set.of("consider", "contemplate");
  /** Nouns whose complement is an aim, not an act ("the aim is to invade"). */
  private static final Set<String> AIMS = Set.of("purpose", "aim", "goal", "intention",
      "objective", "idea");

  /**
   * The status clause {@code v} takes whatever it hangs under: "" when it tells no act, "hoped"
   * for a stated aim, null when these rules say nothing.
   */
  static String status(Parse p, int v, String type) {
    boolean negated = p.negated(v);
    if (!negated && p.childIn(v, ABILITY, "aux")) {
      return ""; // "can call up 50,000 reservists": a power, not its use
    }
    if (p.childIn(v, FUTURE, "aux")) {
      if (negated && !SAID_BY_NEGATION.contains(type)) {
        return ""; // "will not retreat": nothing done, nothing planned
      }
      if (FORCE.contains(type) && conditional(p, v)) {
        return ""; // "would bomb Brenn unless ...": a threat, not an attack
      }
    }
    if (p.childIn(v, Set.of("would"), "aux") && p.childIn(v, Set.of("be"), "aux")
        && p.childIn(v, Set.of("to"), "mark")) {
      return ""; // "the first option would be to launch an invasion": an option weighed
    }
    for (Parse.Arc a : p.in(v)) {
      if (a.gov() >= 0 && WEIGHED.contains(p.tok(a.gov()).lemma().toLowerCase())
          && (a.rel().equals("xcomp") || a.rel().equals("acl") || a.rel().equals("obj"))) {
        return ""; // "is considering urging X to": the parser may hang it as acl or obj
      }
      if (a.gov() >= 0 && a.rel().startsWith("acl") && !a.rel().equals("acl:relcl")
          && p.childIn(a.gov(), NO_ACT, "det")) {
        return ""; // "any decision to expel X": no decision taken
      }
    }
    int be = p.governor(v, "xcomp", "ccomp");
    boolean copula = be >= 0 && p.tok(be).lemma().equalsIgnoreCase("be");
    if (p.childIn(v, AIMS, "nsubj") || copula && p.childIn(be, AIMS, "nsubj")) {
      return negated || copula && p.negated(be) ? "" : "hoped"; // "the purpose isn't to invade"
    }
    return null;
  }

  /** Whether {@code v} has an adverbial clause of condition ("unless X hands over ..."). */
  private static boolean conditional(Parse p, int v) {
    for (int c : p.children(v, "advcl")) {
      if (p.childIn(c, CONDITION, "mark")) {
        return true;
      }
    }
    return false;
  }
}
