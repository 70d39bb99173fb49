package dossier.events;

import static dossier.events.StatementMakers.*;
import static dossier.events.StatementTargets.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The frames of criticism, rejection, praise, pushing and expressed feeling: each verb's test of
 * the arguments that make it a statement ("rebuffed the claims", "pushed for", "voiced concern
 * over X's plan").
 */
final class StatementFrames {
  private StatementFrames() {}

  /** Rules and measures: objecting to one is rejecting it, beside {@link StatementVerbs#CLAIMS}. */
  private static final Set<String> MEASURES = Set.of("rule", "regulation", "law", "bill",
      "measure", "policy", "decision", "move", "reform", "change", "amendment", "scheme",
      "project", "nomination", "appointment", "tariff", "budget", "treaty", "agreement");

  /**
   * "X objects to the plan": a proposal, rule or claim objected to is rejected (PLOVER REJECT, the
   * codebook's "reject plan, agreement"); anything else ("objected to the shelling", "to the
   * minister") is disapproved of (ACCUSE). Null when nothing is objected to.
   */
  static String objection(Parse p, int v) {
    List<Integer> to = p.children(v, "obl:to");
    if (to.isEmpty()) {
      return null;
    }
    for (int o : to) {
      Parse.Tok t = p.tok(o);
      if (!StatementVerbs.CLAIMS.contains(t.word().toLowerCase())
          && !StatementVerbs.CLAIMS.contains(t.lemma().toLowerCase())
          && !MEASURES.contains(t.lemma().toLowerCase())) {
        return "ACCUSE";
      }
    }
    return "REJECT";
  }

  static boolean critic(Parse p, int v, String lemma) {
    if (register(p) || !(speaker(p, v) || agent(p, v))) {
      return false;
    }
    if (lemma.equals("question") || lemma.equals("challenge")) {
      return argIn(p, v, StatementVerbs.POLICY, "obj", "nsubj:pass")
          && !argIn(p, v, Set.of("suspect", "witness"), "obj", "nsubj:pass");
    }
    return proper(p, v, "obj", "nsubj:pass")
        || argIn(p, v, StatementVerbs.SPEAKERS, "obj", "nsubj:pass")
        || argIn(p, v, StatementVerbs.POLICY, "obj", "nsubj:pass");
  }

  static boolean rejected(Parse p, int v, String lemma) {
    if (register(p) || !(speaker(p, v) || agent(p, v))) {
      return false;
    }
    boolean claims = argIn(p, v, StatementVerbs.CLAIMS, "obj", "nsubj:pass");
    return switch (lemma) {
      case "rule" -> particle(p, v, "out") && !p.children(v, "obj").isEmpty()
          || particle(p, v, "out") && !p.children(v, "nsubj:pass").isEmpty();
      case "turn" -> particle(p, v, "down") && (claims || proper(p, v, "obj", "nsubj:pass"));
      case "brush", "shrug" -> particle(p, v, "off", "aside") && (claims
          || !p.children(v, "obj").isEmpty() && !argIn(p, v, StatementVerbs.REGISTER, "obj"));
      case "rebuff", "spurn" -> claims || p.nameIn(v, "obj", "nsubj:pass");
      case "dismiss" -> claims || !p.children(v, "obl:as").isEmpty()
          && !argIn(p, v, Set.of("case", "lawsuit", "suit", "employee", "worker"), "obj");
      case "refute", "rebut", "repudiate", "disavow" -> claims || p.nameIn(v, "obj", "nsubj:pass")
          || argIn(p, v, StatementVerbs.POLICY, "obj", "nsubj:pass"); // not "repudiate the work"
      default -> claims || argIn(p, v, Set.of("result", "results", "figures", "outcome",
          "election", "vote", "count", "ruling", "verdict", "decision"), "obj", "nsubj:pass");
    };
  }

  static String praise(Parse p, int v, String lemma) {
    if (!(speaker(p, v) || agent(p, v)) || register(p)) {
      return null;
    }
    boolean object = proper(p, v, "obj", "nsubj:pass")
        || argIn(p, v, StatementVerbs.SPEAKERS, "obj", "nsubj:pass")
        || argIn(p, v, StatementVerbs.POLICY, "obj", "nsubj:pass");
    return switch (lemma) {
      case "back" -> particle(p, v, "down") ? "CONCEDE"
          : p.children(v, "compound:prt").isEmpty() && object && !money(p) ? "SUPPORT" : null;
      // "defended its own decision" backs nobody else: no SUPPORT
      case "defend" -> argIn(p, v, StatementVerbs.POLICY, "obj", "nsubj:pass") && !own(p, v)
          && !argIn(p, v, Set.of("title", "crown", "seat", "position", "border", "city",
              "territory", "country", "homeland"), "obj") ? "SUPPORT" : null;
      case "side" -> !p.children(v, "obl:with").isEmpty() ? "SUPPORT" : null;
      default -> object ? "SUPPORT" : null;
    };
  }

  static String push(Parse p, int v, String lemma) {
    if (!(speaker(p, v) || agent(p, v)) || register(p)) {
      return null;
    }
    if (lemma.equals("push") && particle(p, v, "back")) {
      return !p.children(v, "obl:on").isEmpty() || !p.children(v, "obl:against").isEmpty()
          || pushedBackAlone(p, v) ? "REJECT" : null; // not "pushed back the date"
    }
    if (!p.children(v, "compound:prt").isEmpty()) {
      return null; // "pushed ahead", "pushed through the bill"
    }
    boolean forSomething = !p.children(v, "obl:for").isEmpty();
    boolean someoneTo = !p.children(v, "xcomp").isEmpty() && (proper(p, v, "obj")
        || argIn(p, v, StatementVerbs.SPEAKERS, "obj") || lemma.equals("lobby")
        || lemma.equals("petition")); // "pushed X to quit"; not "pushing hard to"
    return forSomething || someoneTo ? "REQUEST" : null;
  }

  /**
   * "X pushed back when Y proposed": a speaker objecting, with nothing pushed and no date it is
   * put off to; not forces pushing back ("troops pushed back"), which is fighting.
   */
  private static boolean pushedBackAlone(Parse p, int v) {
    return p.children(v, "obj").isEmpty() && p.children(v, "nsubj:pass").isEmpty()
        && p.children(v, "obl:to").isEmpty() && p.children(v, "obl:until").isEmpty()
        && !argIn(p, v, Lexicon.FORCES, "nsubj");
  }

  static String expressed(Parse p, int v, String lemma) {
    if (!(speaker(p, v) || agent(p, v))) {
      return null;
    }
    for (int o : objects(p, v)) {
      String w = p.tok(o).lemma().toLowerCase();
      if (w.equals("regret") && !lemma.equals("raise")) {
        return "CONCEDE"; // PLOVER: regret is a concession
      }
      if (StatementVerbs.DISAPPROVAL.contains(w) && about(p, v, o)) {
        return "ACCUSE"; // "concern over X's tests", not "concern about a contract"
      }
      if (StatementVerbs.BACKING.contains(w) && !lemma.equals("raise")
          && !lemma.equals("register")) {
        return "SUPPORT"; // "raised support" is fundraising
      }
    }
    return null;
  }

  static boolean phrasal(Parse p, int v, String lemma) {
    if (!(speaker(p, v) || agent(p, v)) || register(p)) {
      return false;
    }
    return switch (lemma) {
      case "lash" -> particle(p, v, "out");
      case "rail", "inveigh" -> !p.children(v, "obl:against").isEmpty();
      case "round" -> !p.children(v, "obl:on").isEmpty();
      case "take" -> !p.children(v, "obl:at").isEmpty()
          && argIn(p, v, Set.of("aim", "swipe", "jab", "potshot", "potshots", "swipes"), "obj");
      case "speak" -> particle(p, v, "out") && !p.children(v, "obl:against").isEmpty();
      default -> false;
    };
  }

  /**
   * Whether what is disapproved of is an actor or a policy: the noun's or the verb's "over",
   * "about", "at" phrase, or the verb's object's own modifiers, name one.
   */
  private static boolean about(Parse p, int v, int o) {
    List<Integer> what = new ArrayList<>();
    for (String rel : new String[] {"nmod:over", "nmod:about", "nmod:at", "nmod:with", "nmod:on",
        "nmod:regarding", "nmod:to"}) {
      what.addAll(p.children(o, rel));
    }
    for (String rel : ABOUT) {
      what.addAll(p.children(v, rel));
    }
    for (int x : what) {
      Parse.Tok t = p.tok(x);
      if (t.tag().startsWith("NNP") || StatementVerbs.POLICY.contains(t.lemma().toLowerCase())
          || StatementVerbs.SPEAKERS.contains(t.lemma().toLowerCase())
          || p.children(x, "nmod:poss").stream().anyMatch(y -> p.tok(y).tag().startsWith("NNP"))) {
        return true;
      }
    }
    return !p.children(v, "ccomp").isEmpty() || !p.children(o, "acl").isEmpty();
  }

  /** "calling for higher pay" said by a rally: a protest's demand, PLOVER's PROTEST, no request. */
  static boolean protest(Parse p, int v) {
    if (!p.tok(v).tag().equals("VBG")) {
      return false;
    }
    for (int i = 0; i < p.tokens().size(); i++) {
      if ("PROTEST".equals(Lexicon.type(p.tok(i)))) {
        return true;
      }
    }
    return false;
  }

  /** Money in the sentence: "a deal backed by a fund for $300m" is finance, not support. */
  private static boolean money(Parse p) {
    return p.tokens().stream().anyMatch(t -> t.word().equals("$") || t.word().equals("€")
        || t.word().equals("£") || Set.of("million", "billion", "investor", "investors", "fund",
            "stake", "shares", "loan").contains(t.lemma().toLowerCase()));
  }

  /** Objects of {@code v} and their conjuncts. */
  private static List<Integer> objects(Parse p, int v) {
    List<Integer> out = new ArrayList<>();
    for (int o : p.children(v, "obj")) {
      out.add(o);
      out.addAll(p.children(o, "conj"));
    }
    return out;
  }
}
