package dossier.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Arcs the parser leaves implicit or gets wrong in news prose, added before the patterns read the
 * parse, so that the patterns see a clause's doer and undergoer where English leaves them out:
 * <ul>
 *   <li>a participle on a noun ("the suspect, arrested on Sunday", "X, accused of fraud", "gunmen
 *       firing at the crowd"), however it was hung (acl, amod with its own arguments, dep): the noun
 *       is its passive subject (past participle) or its subject (-ing form);</li>
 *   <li>a subjectless -ing or past-participle adjunct ("after rallying in Athens, members marched",
 *       "arrested on Sunday, he was charged"): its subject is the clause's subject;</li>
 *   <li>"find him guilty": the one found guilty is the verb's object;</li>
 *   <li>"while threatening to kill", parsed with "threatening" as the subject of "kill": the
 *       control verb heads the clause, the infinitive is its complement.</li>
 * </ul>
 * Arcs are only added or re-hung; tokens and offsets stay as they are.
 */
final class ParseRepair {
  /** Verbs that take an infinitive the parser may misread as their subject ("threatening to"). */
  static final Set<String> CONTROL = Set.of("threaten", "vow", "swear", "warn", "promise",
      "pledge", "plan", "try", "attempt", "order", "refuse", "seek");
  /** Modifier arcs a participle clause may hang by. */
  private static final Set<String> MODIFIER = Set.of("acl", "amod", "dep");
  /** Dependents that make a participle a clause, not a bare adjective ("the disputed region"). */
  private static final Set<String> CLAUSE_ARGS = Set.of("obl", "obj", "advmod", "xcomp",
      "ccomp", "obl:tmod", "iobj");

  private ParseRepair() {}

  static Parse of(Parse p) {
    List<Parse.Arc> arcs = new ArrayList<>(p.arcs());
    controlMisparse(p, arcs);
    askingMisparse(p, arcs);
    curlyCopula(p, arcs);
    ParticipleObjects.repair(p, arcs);
    ClauseRepair.repair(p, arcs);
    FrontedSubjects.repair(p, arcs); // "released by X, the two leaders pledged"
    StanceAppositives.repair(p, arcs); // "..., a figure X rejects"
    RelativeAppositives.repair(new Parse(p.tokens(), arcs), arcs); // "the group that runs X, Y, objects"
    Parse q = new Parse(p.tokens(), arcs);
    List<Parse.Arc> added = new ArrayList<>();
    for (int v = 0; v < q.tokens().size(); v++) {
      if (!q.tok(v).verb()) {
        continue;
      }
      participle(q, v, added);
      adjunctSubject(q, v, added);
      complementSubject(q, v, added);
      verbConjoinedToNoun(q, v, added);
      guiltyObject(q, v, added);
    }
    if (added.isEmpty() && arcs.equals(p.arcs())) {
      return p;
    }
    arcs.addAll(added);
    return new Parse(p.tokens(), arcs);
  }

  private static boolean hasSubject(Parse p, int v) {
    return !p.children(v, "nsubj").isEmpty() || !p.children(v, "csubj").isEmpty();
  }

  /** "the suspect, arrested on Sunday": the noun a participle modifies is its (passive) subject. */
  private static void participle(Parse p, int v, List<Parse.Arc> added) {
    String tag = p.tok(v).tag();
    if (!(tag.equals("VBN") || tag.equals("VBG")) || hasSubject(p, v)) {
      return;
    }
    for (Parse.Arc a : p.in(v)) {
      String rel = a.rel();
      if (a.gov() < 0 || !MODIFIER.contains(rel) || !p.tok(a.gov()).noun()) {
        continue;
      }
      // "acl" is a clause already; "amod" and "dep" only with arguments of their own, so that
      // "the disputed region", "a Russian-mediated truce" stay modifiers
      // (after its noun, a participle is a reduced relative clause: "with Mr X arrested")
      boolean clause = rel.equals("acl") || v > a.gov() || p.out(v).stream().anyMatch(
          x -> CLAUSE_ARGS.contains(x.rel()) || x.rel().startsWith("obl:"));
      if (!clause || !p.children(v, "mark").isEmpty()) {
        continue;
      }
      added.add(new Parse.Arc(v, a.gov(), tag.equals("VBN") ? "nsubj:pass" : "nsubj"));
      return;
    }
  }

  /**
   * "After rallying in Athens, members of the unions marched": a subjectless -ing or participle
   * adjunct clause takes the subject of the clause it modifies (English subject control).
   */
  private static void adjunctSubject(Parse p, int v, List<Parse.Arc> added) {
    String tag = p.tok(v).tag();
    if (!(tag.equals("VBG") || tag.equals("VBN")) || hasSubject(p, v)
        || added.stream().anyMatch(a -> a.gov() == v && a.rel().startsWith("nsubj"))) {
      return;
    }
    // a fronted adjunct ("After rallying ..., members marched") or a bare participle ("marched
    // through the city, chanting slogans") is controlled by the subject; a trailing "after
    // shooting at a mall" is as often the shooting, a noun, as the subject's own act
    boolean bare = p.children(v, "mark").isEmpty() && p.children(v, "case").isEmpty();
    for (Parse.Arc a : p.in(v)) {
      boolean adjunct = a.gov() >= 0 && p.tok(a.gov()).verb() && (a.rel().startsWith("advcl")
          || tag.equals("VBG") && (a.rel().equals("dep") || a.rel().startsWith("obl")));
      if (!adjunct || !(v < a.gov() || bare)) {
        continue;
      }
      for (Parse.Arc s : p.out(a.gov())) {
        // the doer of the main clause ("nsubj"; a passive's subject is no doer of the adjunct's
        // -ing: "he was arrested after threatening" is his threat all the same)
        if (s.rel().equals("nsubj") || s.rel().equals("nsubj:pass")) {
          added.add(new Parse.Arc(v, s.dep(), tag.equals("VBN") ? "nsubj:pass" : "nsubj"));
        }
      }
      return;
    }
  }

  /**
   * "He was ordered held without bail": a subjectless complement the parser left without its
   * controller takes the governor's object, else its subject.
   */
  private static void complementSubject(Parse p, int v, List<Parse.Arc> added) {
    if (hasSubject(p, v) || !p.children(v, "mark").isEmpty()
        || added.stream().anyMatch(a -> a.gov() == v && a.rel().startsWith("nsubj"))) {
      return;
    }
    int g = p.governor(v, "xcomp");
    if (g < 0 || !p.tok(g).verb()) {
      return;
    }
    List<Integer> controller = p.children(g, "obj");
    if (controller.isEmpty()) {
      controller = p.children(g, "nsubj");
    }
    String rel = p.tok(v).tag().equals("VBN") ? "nsubj:pass" : "nsubj";
    for (int s : controller) {
      added.add(new Parse.Arc(v, s, rel));
    }
  }

  /**
   * "X accused A and B of meddling and warned that ...", parsed with "warned" conjoined to "B": a
   * verb conjoined to a noun shares the subject of the clause that noun belongs to.
   */
  private static void verbConjoinedToNoun(Parse p, int v, List<Parse.Arc> added) {
    if (hasSubject(p, v) || !p.tok(v).tag().startsWith("VB") || p.tok(v).tag().equals("VBG")
        || p.tok(v).tag().equals("VBN")) {
      return;
    }
    int n = p.governor(v, "conj");
    if (n < 0 || p.tok(n).verb()) {
      return;
    }
    int x = n;
    for (int i = 0; i < 4 && x >= 0 && !p.tok(x).verb(); i++) {
      int up = -1;
      for (Parse.Arc a : p.in(x)) {
        if (a.gov() >= 0 && a.gov() != v) {
          up = a.gov();
          break;
        }
      }
      x = up;
    }
    if (x >= 0 && p.tok(x).verb()) {
      for (int s : p.children(x, "nsubj")) {
        if (!p.tok(s).tag().startsWith("W")) {
          added.add(new Parse.Arc(v, s, "nsubj"));
        }
      }
    }
  }

  /** "to find him guilty": "him", the subject of "guilty", is the one the verdict is about. */
  private static void guiltyObject(Parse p, int v, List<Parse.Arc> added) {
    if (!p.tok(v).lemma().equals("find") || !p.children(v, "obj").isEmpty()) {
      return;
    }
    for (int g : p.children(v, "xcomp")) {
      if (p.tok(g).lemma().equalsIgnoreCase("guilty")) {
        for (int s : p.children(g, "nsubj")) {
          added.add(new Parse.Arc(v, s, "obj"));
        }
      }
    }
  }

  /**
   * "while threatening to kill her": the parser makes "threatening" the subject of "kill". Re-hang
   * it: the control verb takes the infinitive's place, the infinitive becomes its complement.
   */
  private static void controlMisparse(Parse p, List<Parse.Arc> arcs) {
    for (Parse.Arc a : p.arcs()) {
      int w = a.gov();
      int x = a.dep();
      if (w < 0 || !a.rel().startsWith("nsubj") || !p.tok(x).tag().equals("VBG")
          || !CONTROL.contains(p.tok(x).lemma()) || x > w
          || p.children(w, "mark").stream().noneMatch(m -> p.tok(m).word().equalsIgnoreCase("to"))) {
        continue;
      }
      arcs.remove(a);
      for (Parse.Arc up : p.in(w)) {
        arcs.remove(up);
        arcs.add(new Parse.Arc(up.gov(), x, up.rel()));
      }
      arcs.add(new Parse.Arc(x, w, "xcomp"));
      // the clause's own marker ("while") goes with its new head
      for (Parse.Arc m : p.out(w)) {
        if (m.rel().equals("mark") && !p.tok(m.dep()).word().equalsIgnoreCase("to")) {
          arcs.remove(m);
          arcs.add(new Parse.Arc(x, m.dep(), "mark"));
        }
      }
    }
  }

  /** Verbs of asking whose addressee comes in a phrase the parser may misread as a clause's. */
  private static final Set<String> ASKING = Set.of("call", "appeal", "plead");

  /**
   * "Mr. Marlo called on Velmora to continue", "X appealed to Velmora to release the prisoners",
   * parsed with "on" or "to" as the marker of a clause whose subject is Velmora ("called [on
   * Velmora to continue]"; after a title, or with "appeal" at all). The one asked is the verb's
   * addressee (the object of "call on", the "to" phrase of "appeal to") and the doer of its
   * complement, as when the parse is right.
   */
  /** Pronouns that "'s" after them makes "is" of (never a possessive). */
  private static final Set<String> IS_PRONOUNS = Set.of("it", "that", "this", "he", "she",
      "there", "what", "who");

  /**
   * "It’s scandalous that ...": with a curly apostrophe the parser reads "’s" as a possessive
   * hanging off the predicate (dep); after a subject pronoun it can only be "is", so it is made
   * the predicate's copula, as with a straight apostrophe.
   */
  private static void curlyCopula(Parse p, List<Parse.Arc> arcs) {
    for (Parse.Arc a : p.arcs()) {
      int g = a.gov();
      int s = a.dep();
      if (g < 0 || s < 1 || !a.rel().equals("dep") || !p.tok(s).word().equals("\u2019s")
          || !IS_PRONOUNS.contains(p.tok(s - 1).word().toLowerCase())
          || !p.children(g, "nsubj").contains(s - 1) || !p.children(g, "cop").isEmpty()) {
        continue;
      }
      arcs.remove(a);
      arcs.add(new Parse.Arc(g, s, "cop"));
    }
  }

  private static void askingMisparse(Parse p, List<Parse.Arc> arcs) {
    for (Parse.Arc a : p.arcs()) {
      int v = a.gov();
      int w = a.dep();
      if (v < 0 || w < v || !a.rel().startsWith("advcl")
          || !ASKING.contains(p.tok(v).lemma().toLowerCase()) || v + 1 >= p.tokens().size()
          || !p.children(w, "mark").contains(v + 1)) {
        continue;
      }
      String prep = p.tok(v + 1).word().toLowerCase();
      List<Integer> subjects = p.children(w, "nsubj");
      if (!Set.of("on", "upon", "to").contains(prep) || subjects.size() != 1
          || subjects.get(0) < v) {
        continue;
      }
      int s = subjects.get(0);
      arcs.remove(a);
      arcs.add(new Parse.Arc(v, w, "xcomp"));
      arcs.remove(new Parse.Arc(w, v + 1, "mark"));
      arcs.remove(new Parse.Arc(w, s, "nsubj"));
      if (prep.equals("to")) {
        arcs.add(new Parse.Arc(v, s, "obl:to"));
        arcs.add(new Parse.Arc(s, v + 1, "case"));
      } else {
        arcs.add(new Parse.Arc(v, v + 1, "compound:prt"));
        arcs.add(new Parse.Arc(v, s, "obj"));
      }
      arcs.add(new Parse.Arc(w, s, "nsubj:xsubj"));
    }
  }
}
