package dossier.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judgements told with a verb of naming and a complement (PLOVER ACCUSE, disapprove): "called X's
 * decision illegal", "described the move as a provocation", "branded the vote a sham", "labelled
 * the report a pack of lies", "was branded a mistake by X". A claim judged untrue, or a proposal
 * judged unacceptable, is REJECT. The one judged must be named, or be an act a name owns ("X's
 * decision", "the raid by X", "the Velmoran plan"), or a policy; the judge must speak.
 */
final class Evaluatives {
  /** Proposals whose dismissal is a rejection: "called the plan unacceptable". */
  static final Set<String> PROPOSALS = Set.of("proposal", "proposals", "offer",
      "offers", "plan", "plans", "demand", "demands", "terms", "ultimatum", "request",
      "requests", "condition", "conditions", "initiative", "overture", "overtures", "idea",
      "suggestion", "call", "calls", "invitation");

  private Evaluatives() {}

  /** The type verb {@code v} makes by judging its object with a complement, or null. */
  static String type(Parse p, int v) {
    String lemma = p.tok(v).lemma().toLowerCase();
    if (!p.tok(v).verb() || !AccuseWords.EVALUATING.contains(lemma) || p.negated(v)
        || Statements.question(p) || StatementMakers.register(p)) {
      return null;
    }
    int judged = judged(p, v);
    int complement = judged < 0 ? -1 : complement(p, v, judged);
    if (complement < 0 || !(AccuseArgs.speaker(p, v) || agent(p, v))) {
      return null;
    }
    boolean owned = !AccuseArgs.owners(p, judged).isEmpty();
    boolean policy = AccuseArgs.in(p, judged, StatementVerbs.POLICY);
    if (!owned && !policy) {
      return null;
    }
    if (AccuseArgs.in(p, complement, AccuseWords.UNTRUE)
        && AccuseArgs.in(p, judged, StatementVerbs.CLAIMS)) {
      return "REJECT"; // "called the report false", "described the claims as baseless"
    }
    if (AccuseArgs.in(p, judged, PROPOSALS) && AccuseArgs.in(p, complement,
        AccuseWords.DISAPPROVING)) {
      return "REJECT"; // "called the offer unacceptable"
    }
    return AccuseArgs.in(p, complement, AccuseWords.DISAPPROVING)
        || AccuseArgs.in(p, complement, StatementVerbs.INSULTS) ? "ACCUSE" : null;
  }

  /** The one judged: the owner of the judged act, for the finder's target slot. */
  static Map<Integer, String> arguments(Parse p, int v) {
    Map<Integer, String> out = new LinkedHashMap<>();
    if (!p.tok(v).verb() || !AccuseWords.EVALUATING.contains(p.tok(v).lemma().toLowerCase())) {
      return out;
    }
    int judged = judged(p, v);
    if (judged >= 0 && complement(p, v, judged) >= 0) {
      AccuseArgs.owners(p, judged).forEach(o -> out.put(o, "TARGET"));
    }
    return out;
  }

  /** The object judged ("called X ..."), the passive's subject ("was branded ..."), or -1. */
  private static int judged(Parse p, int v) {
    List<Integer> xs = new ArrayList<>(p.children(v, "obj"));
    xs.addAll(p.children(v, "nsubj:pass"));
    for (int x : p.children(v, "xcomp")) {
      xs.addAll(p.children(x, "nsubj")); // "called the decision illegal" as a small clause
    }
    return xs.isEmpty() ? -1 : xs.get(0);
  }

  /** The judging complement: "as a provocation", a small clause's head, or a "dep" the parser hung. */
  private static int complement(Parse p, int v, int judged) {
    List<Integer> xs = new ArrayList<>();
    for (String rel : new String[] {"obl:as", "advcl:as", "xcomp", "dep"}) {
      xs.addAll(p.children(v, rel));
    }
    for (String rel : new String[] {"dep", "nmod:as", "acl:as", "amod"}) {
      for (int x : p.children(judged, rel)) {
        if (x > judged) {
          xs.add(x); // "branded the vote a sham": the parser hangs "sham" from "vote"
        }
      }
    }
    for (int x : xs) {
      if (judging(p, x)) {
        return x;
      }
      for (int y : p.children(x, "nmod:of")) {
        if (judging(p, y)) {
          return y; // "a pack of lies", "an act of aggression"
        }
      }
    }
    return -1;
  }

  private static boolean judging(Parse p, int x) {
    return AccuseArgs.in(p, x, AccuseWords.DISAPPROVING) || AccuseArgs.in(p, x, AccuseWords.UNTRUE)
        || AccuseArgs.in(p, x, StatementVerbs.INSULTS);
  }

  /** A passive's agent who speaks: "was branded a sham by X". */
  private static boolean agent(Parse p, int v) {
    for (String rel : new String[] {"obl:agent", "obl:by"}) {
      for (int a : p.children(v, rel)) {
        if (AccuseArgs.maker(p, a)) {
          return true;
        }
      }
    }
    return false;
  }
}
