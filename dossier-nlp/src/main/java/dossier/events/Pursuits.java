package dossier.events;

import java.util.Set;

/**
 * Going after wrongdoers as the content of a vow: "vowed to hunt down the bombers", "swore to bring
 * those responsible to justice" is a threat against them (PLOVER THREATEN), though hunting and
 * bringing are no violence. The pursued must be wrongdoers ("the killers", "those behind the
 * attack"): "vowed to track down her birth mother" or "to hunt down the league leaders" is none.
 */
final class Pursuits {
  /** Verbs of going after someone. */
  private static final Set<String> PURSUING = Set.of("hunt", "track", "pursue", "chase", "catch",
      "find", "capture", "apprehend");
  /** Who is pursued after a crime or an attack. */
  private static final Set<String> WRONGDOERS = Set.of("killer", "murderer", "culprit",
      "perpetrator", "criminal", "bomber", "gunman", "gunmen", "attacker", "assailant",
      "terrorist", "kidnapper", "abductor", "hijacker", "sniper", "assassin", "militant");

  private Pursuits() {}

  /** Whether clause {@code x} goes after wrongdoers: "hunt down the killers", "bring X to justice". */
  static boolean ofWrongdoers(Parse p, int x) {
    String lemma = p.tok(x).lemma().toLowerCase();
    if (lemma.equals("bring")) {
      return p.children(x, "obl:to").stream()
          .anyMatch(j -> p.tok(j).lemma().equalsIgnoreCase("justice"));
    }
    if (!PURSUING.contains(lemma)) {
      return false;
    }
    for (String rel : new String[] {"obj", "obl:after"}) {
      for (int o : p.children(x, rel)) {
        if (wrongdoers(p, o)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "the bombers", "those responsible", "those who were responsible", "those behind it". */
  private static boolean wrongdoers(Parse p, int o) {
    if (WRONGDOERS.contains(p.tok(o).lemma().toLowerCase())) {
      return true;
    }
    for (Parse.Arc a : p.out(o)) {
      String w = p.tok(a.dep()).lemma().toLowerCase();
      if (a.rel().equals("nmod:behind") || w.equals("responsible")
          && (a.rel().equals("amod") || a.rel().startsWith("acl"))) {
        return true;
      }
    }
    return false;
  }
}
