package dossier.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The status of a clause: hypothetical (none), happened, planned, hoped, denied or claimed, read
 * from its marks, auxiliaries, negation and the chain of verbs it hangs under ("set to", "hope",
 * "said").
 */
final class ClauseStatus {
  private ClauseStatus() {}

  private static final Set<String> HYPOTHETICAL_MARK = Set.of("if", "whether", "unless");

  private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "might", "may", "should");

  /** Verbs of forecasting: a clause in the future under them is a guess. */
  private static final Set<String> PREDICTING = Set.of("expect", "predict", "forecast",
      "anticipate", "foresee");

  private static final Set<String> FUTURE_AUX = Set.of("will", "would", "shall", "'ll", "wo");

  /** Whether {@code v} is told with "would have" (or "could/might have"): a counterfactual. */
  private static boolean counterfactual(Parse p, int v) {
    boolean would = false;
    boolean have = false;
    for (int a : p.children(v, "aux")) {
      String w = p.tok(a).word().toLowerCase();
      would |= w.equals("would") || w.equals("'d");
      have |= w.equals("have") || w.equals("'ve");
    }
    return would && have;
  }

  /**
   * The verbs clause {@code v} hangs under, {@code v} first, at most five ("said it would agree to
   * meet": meet, agree, said); {@code how} gets the relation of each step up (xcomp, ccomp, advcl,
   * csubj).
   */
  static List<Integer> chain(Parse p, int v, List<String> how) {
    List<Integer> chain = new ArrayList<>();
    for (int x = v; x >= 0 && chain.size() < 5; ) {
      chain.add(x);
      int up = -1;
      for (Parse.Arc a : p.in(x)) {
        if (a.gov() >= 0 && (a.rel().equals("xcomp") || a.rel().equals("ccomp")
            || a.rel().startsWith("advcl") || a.rel().equals("csubj"))) {
          up = a.gov();
          how.add(a.rel());
          break;
        }
      }
      x = up;
    }
    return chain;
  }

  /**
   * The status of the clause headed by {@code v}: null for a hypothetical ("if", "whether",
   * "could"), else happened, planned, hoped, denied or claimed.
   */
  static String status(Parse p, int v, String type) {
    List<String> how = new ArrayList<>();
    List<Integer> chain = chain(p, v, how);
    for (int x : chain) {
      String noun = EventNouns.clauseStatus(p, x); // "calls for X to release": only hoped
      if (noun != null) {
        return noun.isEmpty() ? null : noun;
      }
    }
    for (int x : chain) {
      for (int m : p.children(x, "mark")) {
        if (HYPOTHETICAL_MARK.contains(p.tok(m).lemma())) {
          return null;
        }
      }
    }
    for (int a : p.children(v, "aux")) {
      if (HYPOTHETICAL_AUX.contains(p.tok(a).word().toLowerCase())) {
        return null;
      }
    }
    for (int x : chain) {
      if (counterfactual(p, x)) {
        return null; // "would have required lifting sanctions": it did not happen
      }
    }
    String unreal = UnrealClauses.status(p, v, type);
    if (unreal != null) {
      return unreal.isEmpty() ? null : unreal; // "can call up", "will not retreat", "any decision to"
    }
    if (p.negated(v) && !notUntil(p, v) || Adverbials.without(p, v)) {
      return "denied"; // "did not meet", "left without meeting B"
    }
    String status = "happened";
    if (chain.size() == 1 && p.children(v, "mark").stream()
        .anyMatch(m -> p.tok(m).word().equalsIgnoreCase("to"))
        && !p.childIn(v, Set.of("had"), "aux")) {
      // a headline's "X and Y to hold talks"; not "police had to use tear gas", which they did
      // (the parser hangs "had" on the verb as an auxiliary)
      status = "planned";
    }
    for (int a : p.children(v, "aux")) {
      if (FUTURE_AUX.contains(p.tok(a).word().toLowerCase())) {
        status = "planned";
      }
    }
    String control = ControlVerbs.status(p, chain, how, type);
    if (control != null) {
      return control.isEmpty() ? null : control;
    }
    for (int i = 1; i < chain.size(); i++) {
      String lemma = p.tok(chain.get(i)).lemma();
      String rel = how.get(i - 1);
      if (Acts.unreal(lemma, rel)) {
        return null; // "is likely to deploy": a guess; "trained forces to fight": a purpose
      }
      if (PREDICTING.contains(lemma) && rel.equals("ccomp") && status.equals("planned")) {
        return null; // "expects that soldiers will surrender": a forecast, nothing done
      }
      boolean complement = rel.equals("xcomp") || rel.equals("ccomp");
      if (Lexicon.PLANNED.contains(lemma) && complement && i == 1) {
        status = "planned";
      } else if (Lexicon.HOPED.contains(lemma) && complement) {
        return "hoped";
      } else if (Lexicon.DENYING.contains(lemma)) {
        return "denied";
      } else if (Lexicon.REPORTING.contains(lemma) && rel.equals("ccomp")
          && !type.equals("ACCUSE") && status.equals("happened")) {
        status = "claimed";
      }
    }
    return ReportedSpeech.status(p, chain, status); // "according to X, ..."
  }

  /** "did not meet X until last year": the act happened, then; the negation only times it. */
  private static boolean notUntil(Parse p, int v) {
    return p.out(v).stream().anyMatch(a -> UNTIL.contains(a.rel()));
  }

  private static final Set<String> UNTIL = Set.of("obl:until", "advcl:until", "obl:till",
      "advcl:till");
}
