package dossier.events;

import static dossier.events.StatementMakers.*;
import static dossier.events.StatementFrames.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Statements told by their complement clause: requests ("called on X to", "told X to leave",
 * "said X should"), suggestions, accusations in a reported clause ("said X had violated"),
 * warnings and refusals ("declined to attend").
 */
final class StatementClauses {
  private StatementClauses() {}

  private static final Set<String> MODALS = Set.of("should", "must", "ought");
  private static final Set<String> TO = Set.of("to");

  /** Whom one tells news, not orders: "told reporters", "told the BBC". */
  private static final Set<String> AUDIENCE = Set.of("reporter", "reporters", "journalist",
      "journalists", "media", "press", "audience", "crowd", "supporters", "listeners", "viewers",
      "readers", "newspaper", "agency", "radio", "television", "broadcaster", "interviewer");

  static boolean suggested(Parse p, int v, String lemma) {
    if (!speaker(p, v)) {
      return false;
    }
    List<Integer> clauses = new ArrayList<>(p.children(v, "xcomp"));
    clauses.addAll(p.children(v, "dep"));
    for (int x : clauses) {
      if (p.tok(x).tag().equals("VBG") && !StatementVerbs.NO_ACT.contains(p.tok(x).lemma())) {
        return true; // "suggested delaying the vote"
      }
    }
    for (int c : p.children(v, "ccomp")) {
      if (p.tok(c).verb() && !StatementVerbs.NO_ACT.contains(p.tok(c).lemma().toLowerCase())
          && (modal(p, c) || lemma.equals("recommend"))) {
        return true; // "suggested that the agency should drop", "recommended that X be charged"
      }
    }
    return lemma.equals("recommend") && argIn(p, v, StatementVerbs.POLICY, "obj");
  }

  static String call(Parse p, int v) {
    boolean on = particle(p, v, "on") || !p.children(v, "obl:on").isEmpty();
    boolean act = !p.children(v, "xcomp").isEmpty() || !p.children(v, "advcl").isEmpty()
        || !p.children(v, "obl:for").isEmpty();
    if (!(speaker(p, v) || agent(p, v)) || protest(p, v)) {
      return null;
    }
    if (on && act) {
      return "REQUEST"; // "called on X to release", "called on X for restraint"
    }
    if (!p.children(v, "obl:for").isEmpty() && !register(p) && !argIn(p, v,
        Set.of("rain", "snow", "weather", "help"), "obl:for")) {
      return "REQUEST"; // "called for an inquiry"; not "calls for rain"
    }
    {
      for (int x : p.children(v, "xcomp")) { // "called the minister a liar": a small clause
        String w = p.tok(x).lemma().toLowerCase();
        if (StatementVerbs.INSULTS.contains(w)) {
          return "ACCUSE"; // "called the minister a liar"
        }
        if (StatementVerbs.FALSE.contains(w)) {
          return "REJECT"; // "called the report false"
        }
      }
    }
    return null;
  }

  static String reported(Parse p, int v) {
    if (p.tok(v).lemma().equalsIgnoreCase("tell") && (speaker(p, v) || agent(p, v))) {
      List<Integer> told = new ArrayList<>(p.children(v, "obj"));
      told.addAll(p.children(v, "nsubj:pass"));
      if (argIn(p, v, AUDIENCE, "obj", "iobj", "nsubj:pass")
          || !p.children(v, "iobj").isEmpty()) {
        return null; // "told reporters the decision to ...": an audience, not one ordered
      }
      for (int x : p.children(v, "xcomp")) {
        String w = p.tok(x).lemma().toLowerCase();
        boolean near = told.stream().anyMatch(o -> x > o && x - o <= 6 || x > v && x - v <= 8);
        if (p.tok(x).verb() && !StatementVerbs.NO_ACT.contains(w) && !Lexicon.SAYING.contains(w)
            && !told.isEmpty() && near) {
          return "REQUEST"; // "told Dastria to leave", "were told by the firm to sign"
        }
      }
    }
    if (!speaker(p, v)) {
      return null;
    }
    for (int c : p.children(v, "ccomp")) {
      Parse.Tok t = p.tok(c);
      String lemma = t.lemma().toLowerCase();
      if (p.negated(c)) {
        continue;
      }
      boolean named = proper(p, c, "nsubj") || argIn(p, c, StatementVerbs.SPEAKERS, "nsubj")
          && !argIn(p, c, StatementVerbs.PRONOUNS, "nsubj");
      if (t.verb() && StatementVerbs.WRONGDOING.contains(lemma) && named) {
        return "ACCUSE"; // "said the company had violated the rules"
      }
      if (t.verb() && modal(p, c) && named && !StatementVerbs.NO_ACT.contains(lemma)
          && p.children(c, "aux:pass").isEmpty()) {
        return "REQUEST"; // "said the agency should drop the programme"
      }
      // a name, not "they": "they need to undertake an assessment" is the speakers' own plan
      if (obliged(p, c) && (p.nameIn(c, "nsubj")
          || p.children(c, "nsubj").stream().anyMatch(x -> p.nameIn(x, "compound")))) {
        return "REQUEST"; // "says Dastria has to stop the shelling", "needs to withdraw"
      }
      // "said the ministry's claim is false": EventNouns reads it (with "a spokesman for X")
    }
    return null;
  }

  static String warned(Parse p, int v) {
    if (!speaker(p, v)) {
      return null;
    }
    if (argIn(p, v, StatementVerbs.REPRISALS, "obl:of")) {
      return "THREATEN"; // "warned of consequences"
    }
    boolean someone = !p.children(v, "obj").isEmpty();
    boolean against = !p.children(v, "obl:against").isEmpty()
        || !p.children(v, "advcl:against").isEmpty();
    boolean notTo = p.children(v, "xcomp").stream().anyMatch(x -> p.negated(x));
    return someone && (against || notTo) ? "REQUEST" : null;
  }

  static boolean declined(Parse p, int v) {
    if (!speaker(p, v) || register(p)) {
      return false;
    }
    for (int x : p.children(v, "xcomp")) {
      String w = p.tok(x).lemma().toLowerCase();
      if (p.tok(x).verb() && StatementVerbs.DECLINED.contains(w)) {
        return true; // "declined to attend", not "declined to comment", "to make an offer"
      }
    }
    return argIn(p, v, Set.of("invitation", "offer", "request", "proposal", "demand", "demands",
        "call", "calls", "appeal"), "obj");
  }

  /** Whether {@code c} is "have to" or "need to" with an act: "has to stop", "needs to leave". */
  private static boolean obliged(Parse p, int c) {
    String lemma = p.tok(c).lemma().toLowerCase();
    if (p.negated(c)) {
      return false;
    }
    if (p.childIn(c, TO, "mark") && p.tok(c).verb() && !StatementVerbs.NO_ACT.contains(lemma)
        && p.children(c, "aux").stream().anyMatch(a -> p.tok(a).word().matches("(?i)has|have"))) {
      return true; // parsed as aux: "has to stop" (present; "had to leave" told no demand)
    }
    if (!(lemma.equals("have") || lemma.equals("need")) || p.tok(c).tag().equals("VBD")) {
      return false;
    }
    for (int x : p.children(c, "xcomp")) {
      String w = p.tok(x).lemma().toLowerCase();
      if (p.tok(x).verb() && !StatementVerbs.NO_ACT.contains(w) && !Lexicon.SAYING.contains(w)
          && p.childIn(x, TO, "mark")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause at {@code c} has "should", "must" or "ought" as its auxiliary. */
  private static boolean modal(Parse p, int c) {
    for (int a : p.children(c, "aux")) {
      if (MODALS.contains(p.tok(a).word().toLowerCase())) {
        return true;
      }
    }
    return false;
  }
}
