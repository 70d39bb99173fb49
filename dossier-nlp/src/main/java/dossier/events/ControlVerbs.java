package dossier.events;

import java.util.List;
import java.util.Set;

/**
 * Verbs that take another event as their complement, and what they make of it: a threat ("vowed to
 * attack", "threatening to kill") is a THREATEN, not the attack; an attack ordered is planned, not
 * done; a withdrawal refused did not happen. Also two argument tests of everyday news: held in
 * custody, and a crowd counted by its size ("tens of thousands of Greeks demonstrate").
 */
final class ControlVerbs {
  /** Verbs whose complement is threatened, not done. */
  static final Set<String> THREATENING = Set.of("threaten", "vow", "swear", "warn");
  /** Verbs whose complement is ordered: planned until the text says it was done. */
  private static final Set<String> ORDERING = Set.of("order", "command", "instruct");
  /**
   * Words whose complement is a guess or a purpose, not a report: "is likely to deploy",
   * "trained the forces to fight".
   */
  private static final Set<String> UNREAL = Set.of("likely", "unlikely", "possible", "liable",
      "train", "teach", "equip", "adequate", "sufficient", "capable");
  /** Verbs whose complement is asked for: "invited B to visit" is a visit to come. */
  private static final Set<String> INVITING = Set.of("invite");
  /** Verbs whose complement did not happen ("refused to withdraw", "failed to reach"). */
  private static final Set<String> DECLINING = Set.of("refuse", "decline", "fail");
  /** Acts of harm a threat is about, beyond the ASSAULT and COERCE verbs of the lexicon. */
  static final Set<String> HARM = Set.of("hurt", "harm", "destroy", "retaliate",
      "punish", "annihilate", "crush", "wipe", "burn", "blow", "avenge", "eliminate");
  /** Where custody is: "held without bail", "held in custody", "on remand". */
  private static final Set<String> CUSTODY = Set.of("bail", "custody", "jail", "prison",
      "detention", "remand", "incommunicado");
  /** Counts that make a plural noun a crowd ("tens of thousands of Greeks"). */
  private static final Set<String> COUNTS = Set.of("thousand", "thousands", "hundred",
      "hundreds", "ten", "tens", "dozen", "dozens", "million", "millions", "score", "scores");

  private ControlVerbs() {}

  /** What is fired at someone in an attack ("fired teargas at protesters", "fired shots"). */
  private static final Set<String> FIRED = Set.of("shot", "round", "bullet", "teargas", "gas",
      "rocket", "missile", "shell", "mortar", "grenade", "volley", "salvo", "canister", "pellet",
      "cannon", "projectile", "weapon", "gun", "rifle", "pistol");
  /** Time words that presuppose an arrest ("after his arrest", "before his re-arrest"). */
  private static final Set<String> TIME_CASES = Set.of("after", "before", "since", "following",
      "upon", "until", "on");
  /** Habits and generalities: "are usually held in custody" is no event. */
  private static final Set<String> HABITUAL = Set.of("usually", "often", "typically",
      "generally", "always", "normally", "rarely", "seldom", "sometimes");

  /** "fired teargas at protesters", "fired shots at the car", "fired on the crowd". */
  static boolean firedAt(Parse p, int v) {
    boolean fired = false;
    for (String rel : new String[] {"obj", "nsubj:pass"}) {
      for (int o : p.children(v, rel)) {
        String w = p.tok(o).lemma().toLowerCase();
        fired |= FIRED.contains(w) || p.children(o, "nmod:of").stream()
            .anyMatch(x -> FIRED.contains(p.tok(x).lemma().toLowerCase())); // "rounds of teargas"
      }
    }
    for (int o : p.children(v, "obl:with")) {
      fired |= FIRED.contains(p.tok(o).lemma().toLowerCase()); // "fired back with tear gas"
    }
    boolean aimed = !p.children(v, "obl:at").isEmpty() || !p.children(v, "obl:on").isEmpty()
        || !p.children(v, "obl:into").isEmpty();
    return fired || aimed && p.children(v, "obj").isEmpty();
  }

  /** Whether an arrest noun is told as done: under a time word ("after his arrest"). */
  static boolean arrestTold(Parse p, int n) {
    if (arrestsMade(p, n)) {
      return true; // "police made three arrests", "prosecutors announced 12 arrests"
    }
    if (p.children(n, "nmod:poss").isEmpty() && p.children(n, "nmod:of").isEmpty()) {
      return false; // whose arrest: "resisting arrest", "under arrest" are no report of one
    }
    for (Parse.Arc a : p.in(n)) {
      int k = a.rel().indexOf(':');
      if (k > 0 && (a.rel().startsWith("obl") || a.rel().startsWith("nmod"))
          && TIME_CASES.contains(a.rel().substring(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs that report arrests as made: "made three arrests", "announced 12 arrests". */
  private static final Set<String> ARRESTS_MADE = Set.of("make", "announce", "report", "carry");

  /** Arrests counted and reported as made: the object of such a verb, with a number. */
  private static boolean arrestsMade(Parse p, int n) {
    int gov = p.governor(n, "obj");
    int participle = p.governor(n, "nsubj");
    if (gov < 0 && participle >= 0 && p.tok(participle).tag().equals("VBN")) {
      gov = p.governor(participle, "ccomp"); // "announced three arrests tied to X", misparsed
    }
    return gov >= 0 && ARRESTS_MADE.contains(p.tok(gov).lemma().toLowerCase())
        && !p.children(n, "nummod").isEmpty() && !p.negated(gov);
  }

  /** "was ordered held without bail", "is being held in custody": an arrest or remand. */
  static boolean custody(Parse p, int v) {
    for (int a : p.children(v, "advmod")) {
      String w = p.tok(a).lemma().toLowerCase();
      if (HABITUAL.contains(w) || w.equals("not") || w.equals("n't") || w.equals("never")) {
        return false; // "are not usually held in custody": a habit, or none
      }
    }
    for (Parse.Arc a : p.out(v)) {
      if ((a.rel().startsWith("obl") || a.rel().equals("advmod") || a.rel().equals("xcomp"))
          && CUSTODY.contains(p.tok(a.dep()).lemma().toLowerCase())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "vowed to attack", "swore to avenge": a vow of harm; "warned that they will respond if ...":
   * a warning of what they will do unless the other side yields. Not "warned of rain".
   */
  static boolean threat(Parse p, int v) {
    if (p.tok(v).lemma().equals("warn")) {
      for (int x : p.children(v, "ccomp")) {
        boolean future = p.children(x, "aux").stream().anyMatch(
            a -> Set.of("will", "would", "'ll").contains(p.tok(a).word().toLowerCase()))
            || Warnings.mayHarm(p, v, x); // "that if ..., the government may move to seize"
        boolean condition = p.children(x, "advcl").stream().anyMatch(
            c -> p.children(c, "mark").stream().anyMatch(
                m -> Set.of("if", "unless").contains(p.tok(m).lemma().toLowerCase())));
        if (future && (condition || ClausalThreats.attackAnswered(p, x) >= 0)) {
          return true; // "if they attack", "will respond to any attack": held over a condition
        }
      }
      return false;
    }
    return violentComplement(p, v);
  }

  /** Whether {@code v}'s complement is an act of harm ("threatening to kill", "vowed to attack"). */
  static boolean violentComplement(Parse p, int v) {
    for (String rel : new String[] {"xcomp", "ccomp"}) {
      for (int x : p.children(v, rel)) {
        Parse.Tok t = p.tok(x);
        String type = Lexicon.type(t);
        if (t.verb() && ("ASSAULT".equals(type) || "COERCE".equals(type)
            || HARM.contains(t.lemma()) || Pursuits.ofWrongdoers(p, x)
            || ClausalThreats.attackAnswered(p, x) >= 0)) { // "vowed to respond to any attack"
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a subject of {@code v} is a crowd by its count ("tens of thousands angry Greeks"). */
  static boolean counted(Parse p, int v) {
    for (int s : p.children(v, "nsubj")) {
      if (!p.tok(s).tag().endsWith("S") && !COUNTS.contains(p.tok(s).word().toLowerCase())) {
        continue; // a plural noun, or the count itself ("thousands of them")
      }
      if (COUNTS.contains(p.tok(s).word().toLowerCase())) {
        return true;
      }
      for (Parse.Arc a : p.out(s)) {
        if (COUNTS.contains(p.tok(a.dep()).word().toLowerCase())
            && (a.rel().equals("compound") || a.rel().equals("nummod")
                || a.rel().startsWith("det") || a.rel().startsWith("nmod"))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The status a governing control verb gives the event of clause {@code chain.get(0)}: "" for
   * none (a threatened act is no event: the threat is), "planned" for an attack ordered, "denied"
   * for one refused; null when no control verb governs it.
   */
  static String status(Parse p, List<Integer> chain, List<String> how, String type) {
    for (int i = 1; i < chain.size(); i++) {
      String lemma = p.tok(chain.get(i)).lemma();
      String rel = how.get(i - 1);
      if (!(rel.equals("xcomp") || rel.equals("ccomp")) && !rel.startsWith("advcl")) {
        continue;
      }
      boolean complement = rel.equals("xcomp") || rel.equals("ccomp");
      if (UNREAL.contains(lemma) && rel.equals("xcomp") && i == 1) {
        return "";
      }
      if (THREATENING.contains(lemma) && complement) {
        return type.equals("THREATEN") ? null : "";
      }
      if (i == 1 && Demands.demanded(p, chain.get(1), chain.get(0), rel)) {
        return ""; // "demanded that X withdraw": the request is the event, not the withdrawal
      }
      if (ORDERING.contains(lemma) && rel.equals("xcomp") && i == 1
          && (type.equals("ASSAULT") || type.equals("MOBILIZE") || type.equals("RETREAT"))) {
        return "planned"; // "ordered troops to attack"; a court's "ordered held" is done
      }
      if (INVITING.contains(lemma) && rel.equals("xcomp") && i == 1) {
        return "planned";
      }
      if (DECLINING.contains(lemma) && rel.equals("xcomp") && i == 1) {
        return "denied";
      }
    }
    return null;
  }
}
