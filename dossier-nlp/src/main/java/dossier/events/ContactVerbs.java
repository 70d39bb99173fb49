package dossier.events;

import static dossier.events.CoverageArgs.*;

import java.util.Set;

/**
 * Coverage verbs of contact (CONSULT) and of protest told by its manner: a call to a leader,
 * travel for talks, meetings boycotted or walked out of, strikes and streets.
 */
final class ContactVerbs {
  private ContactVerbs() {}

  /** Meetings whose boycott is a rejection (PLOVER: cancelling or refusing a meeting). */
  static final Set<String> MEETINGS = Set.of("talks", "summit", "meeting", "meetings",
      "negotiation", "negotiations", "session", "sessions", "vote", "election", "elections",
      "ceremony", "conference", "inauguration", "parade", "referendum", "hearing", "debate");

  /** "called the president of B" (a call between leaders); not "called an election". */
  static boolean called(Parse p, int v, Set<String> prt) {
    if (!prt.isEmpty() || !p.children(v, "xcomp").isEmpty() || !p.children(v, "ccomp").isEmpty()
        || !p.children(v, "obl").isEmpty() && p.children(v, "obl:tmod").isEmpty()
            && p.children(v, "obl:on").isEmpty() || passive(p, v)) {
      return false;
    }
    for (int o : p.children(v, "obj")) {
      if (!p.children(o, "acl").isEmpty() || !p.children(o, "xcomp").isEmpty()) {
        return false; // "called the vote rigged"
      }
      boolean leader = in(p, o, Lexicon.GUESTS) || in(p, o, Set.of("counterpart"));
      if (leader && hand(p, v, false)) {
        return true;
      }
    }
    return false;
  }

  /** "travelled to B for talks", "arrived in B for a summit". */
  static boolean forTalks(Parse p, int v) {
    for (int x : p.children(v, "obl:for")) {
      String type = Lexicon.type(p.tok(x));
      if ("CONSULT".equals(type) && (p.nameIn(v, "obl:to", "obl:in"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Protests told by a verb of the act: "went on strike", "took to the streets", "blocked roads
   * in protest", "staged a sit-in" (the noun is in the lexicon).
   */
  static String protestManner(Parse p, int v, String lemma) {
    if (lemma.equals("go") || lemma.equals("be")) {
      for (int x : p.children(v, "obl:on")) {
        if (p.tok(x).lemma().equalsIgnoreCase("strike")) {
          return "PROTEST";
        }
      }
    }
    if (lemma.equals("take")) {
      for (int x : p.children(v, "obl:to")) {
        String l = p.tok(x).lemma().toLowerCase();
        if ((l.equals("street") || p.tok(x).word().equalsIgnoreCase("streets"))
            && p.childIn(x, Set.of("the"), "det")) {
          return "PROTEST";
        }
      }
    }
    for (int x : p.children(v, "obl:in")) {
      Parse.Tok t = p.tok(x);
      if (t.lemma().equalsIgnoreCase("protest") && p.children(x, "det").isEmpty()
          && hand(p, v, false)) {
        return "PROTEST";
      }
    }
    return null;
  }
}
