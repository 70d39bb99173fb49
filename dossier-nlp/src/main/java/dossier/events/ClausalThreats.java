package dossier.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Threats told as a clause under a verb of saying (PLOVER THREATEN): "the president said Velmora
 * would use force if diplomacy fails", "said they will strike Dastria's bases unless", and the one
 * threatened told as the one who may wait for it: "officials say X can expect air strikes to
 * continue". The clause says what one side will do by force, on a condition; its subject
 * is the speaker's own side (a pronoun, or a name under an unnamed speaker: "the spokesman said
 * Velmora would"), not another named party ("X said Y would attack" is a forecast of Y's act).
 * A negated clause, a clause opened by "if" or a guess ("could", "might") makes none.
 */
final class ClausalThreats {
  private static final String SAY = "(?:said|says|say|saying|told|tells|warned|warns|warning"
      + "|insisted|insists|declared|declares|added|stressed|made\\s+clear)";
  private static final String FORCE_ACT = "(?:use\\s+(?:\\w+\\s+){0,2}?force|strike|attack"
      + "|retaliate|punish|bomb|invade|hit\\s+back|strike\\s+back|take\\s+military\\s+action"
      + "|resort\\s+to\\s+(?:\\w+\\s+)?force|respond\\s+with\\s+(?:\\w+\\s+)?(?:force|sanctions)"
      + "|(?:respond|react|retaliate)\\s+(?:\\w+\\s+){0,2}?(?:to|against)\\s+(?:any|an?)\\s+"
      + "(?:\\w+\\s+){0,2}?(?:attack|aggression|strike|invasion|incursion))";
  /** The raw-text test: a verb of saying and a future act of force, in either order. */
  static final Pattern CANDIDATE = Pattern.compile("(?i)\\b" + SAY
      + "\\b[\\s\\S]{0,200}?\\b(?:would|will|'ll)\\s+(?:\\w+\\s+){0,2}?" + FORCE_ACT + "\\b"
      + "|\\b(?:would|will|'ll)\\s+(?:\\w+\\s+){0,2}?" + FORCE_ACT + "\\b[\\s\\S]{0,200}?\\b"
      + SAY + "\\b|\\bcan\\s+expect\\s+(?:\\w+\\s+){0,3}?(?:(?:air)?strikes|attacks|punishment"
      + "|retaliation|reprisals|bombing|military\\s+action)\\b");

  /** Verbs of saying whose clause may hold the threat. */
  private static final Set<String> SAYING = Set.of("say", "tell", "warn", "insist", "declare",
      "add", "stress", "state", "make");
  /** Verbs of force in store, with or without an object: "would retaliate", "punish X". */
  private static final Set<String> FORCE_VERBS = Set.of("attack", "retaliate", "punish", "bomb",
      "invade");
  /** Verbs of force only with an object ("would strike the bases"; a union "would strike"). */
  private static final Set<String> TRANSITIVE = Set.of("strike", "hit");
  /** What is used or resorted to as force: "use force", "use military force". */
  private static final Set<String> FORCE = Set.of("force", "weapons", "arms", "military");
  /** What one responds with when it threatens: force, or sanctions ("respond with sanctions if"). */
  private static final Set<String> RESPONSE = Set.of("force", "weapons", "arms", "military",
      "sanctions");
  /** Verbs of answering an attack that may come: "would respond to any attack". */
  private static final Set<String> ANSWERING = Set.of("respond", "react", "retaliate");
  /** Attacks that may come, to be answered. */
  private static final Set<String> ATTACKS = Set.of("attack", "attacks", "aggression", "strike",
      "strikes", "invasion", "incursion");
  /** "any attack", "an attack": one that has not happened, so the answer is held over it. */
  private static final Set<String> ANY = Set.of("any", "an", "a");
  /** What a side can expect from another: "can expect air strikes". */
  private static final Set<String> EXPECTED = Set.of("strike", "strikes", "airstrike",
      "airstrikes", "attack", "attacks", "punishment", "retaliation", "reprisal", "reprisals",
      "bombing", "bombings");
  private static final Set<String> PERSONAL = Set.of("it", "we", "they", "he", "she", "i");

  private ClausalThreats() {}

  /** THREATEN for a verb of saying with a clause of force in store, else null. */
  static String type(Parse p, int v) {
    return said(p, v) && clause(p, v) >= 0 ? "THREATEN" : null;
  }

  /**
   * The sides such a clause names, token to role: the one who will use force (SOURCE) and the one
   * it is aimed at or who can expect it (TARGET).
   */
  static Map<Integer, String> arguments(Parse p, int v) {
    Map<Integer, String> out = new LinkedHashMap<>();
    if (!said(p, v)) {
      return out;
    }
    int c = clause(p, v);
    if (c < 0) {
      return out;
    }
    boolean expect = p.tok(c).lemma().equalsIgnoreCase("expect");
    for (int s : p.children(c, "nsubj")) {
      if (AccuseArgs.named(p, s)) {
        out.put(s, expect ? "TARGET" : "SOURCE");
      }
    }
    if (!expect) {
      for (int o : p.children(c, "obj")) {
        AccuseArgs.owners(p, o).forEach(x -> out.putIfAbsent(x, "TARGET"));
      }
      int attack = attackAnswered(p, c);
      for (int by : attack < 0 ? List.<Integer>of() : p.children(attack, "nmod:by")) {
        AccuseArgs.owners(p, by).forEach(x -> out.putIfAbsent(x, "TARGET")); // "an attack by B"
      }
    }
    return out;
  }

  private static boolean said(Parse p, int v) {
    String lemma = p.tok(v).lemma().toLowerCase();
    return p.tok(v).verb() && SAYING.contains(lemma) && !p.negated(v)
        && !Statements.question(p) && !StatementMakers.register(p)
        && (!lemma.equals("make") || p.childIn(v, Set.of("clear"), "xcomp", "advmod", "obj"))
        && (AccuseArgs.speaker(p, v) || StatementMakers.speaker(p, v));
  }

  /** The clause of force under {@code v}, or -1. */
  private static int clause(Parse p, int v) {
    for (int c : ClausalAccusations.clauses(p, v)) {
      if (p.negated(c) || !p.tok(c).verb() || conditional(p, c)) {
        continue;
      }
      if (expected(p, c) || future(p, c) && ownSide(p, v, c)
          && (force(p, c) && condition(p, c) || attackAnswered(p, c) >= 0)) {
        return c;
      }
    }
    return -1;
  }

  /** "if X attacks, ...": a clause opened by "if", "whether" or "unless" is the condition. */
  private static boolean conditional(Parse p, int c) {
    return p.childIn(c, Set.of("if", "whether", "unless"), "mark");
  }

  /**
   * Force held over a condition ("if diplomacy fails", "unless the shelling stops"): that makes it
   * a threat; "said it would retaliate" alone announces an attack (CoverageVerbs reads the same).
   */
  private static boolean condition(Parse p, int c) {
    return p.children(c, "advcl").stream().anyMatch(x -> conditional(p, x));
  }

  private static boolean future(Parse p, int c) {
    return p.childIn(c, Assurances.FUTURE, "aux");
  }

  /** "use force", "retaliate", "strike the bases", "take military action", "resort to force". */
  private static boolean force(Parse p, int c) {
    String lemma = p.tok(c).lemma().toLowerCase();
    List<Integer> objects = p.children(c, "obj");
    if (FORCE_VERBS.contains(lemma)) {
      return true;
    }
    if (TRANSITIVE.contains(lemma)) {
      return !objects.isEmpty() || StatementMakers.particle(p, c, "back");
    }
    if (lemma.equals("use") || lemma.equals("employ")) {
      return objects.stream().anyMatch(o -> AccuseArgs.in(p, o, FORCE));
    }
    if (lemma.equals("resort") || lemma.equals("respond")) {
      return p.children(c, lemma.equals("resort") ? "obl:to" : "obl:with").stream()
          .anyMatch(o -> AccuseArgs.in(p, o, lemma.equals("resort") ? FORCE : RESPONSE));
    }
    return lemma.equals("take") && objects.stream().anyMatch(o -> AccuseArgs.in(p, o,
        Set.of("action")) && p.childIn(o, Set.of("military"), "amod"));
  }

  /**
   * "would respond to any attack", "will retaliate against an attack by B": the answer held over
   * an attack that has not come is itself the condition. The attack's token, or -1; "respond to
   * the attack" (one that came) is none.
   */
  static int attackAnswered(Parse p, int c) {
    if (!ANSWERING.contains(p.tok(c).lemma().toLowerCase())) {
      return -1;
    }
    for (String rel : List.of("obl:to", "obl:against")) {
      for (int o : p.children(c, rel)) {
        if (ATTACKS.contains(p.tok(o).word().toLowerCase()) && p.childIn(o, ANY, "det")) {
          return o;
        }
      }
    }
    return -1;
  }

  /**
   * Whether the clause's doer is the speaker's side: a personal pronoun, or a name when the
   * speaker is not another name ("the spokesman said Velmora would", not "X said Y would").
   */
  private static boolean ownSide(Parse p, int v, int c) {
    List<Integer> doers = p.children(c, "nsubj");
    if (doers.isEmpty()) {
      return false;
    }
    int s = doers.get(0);
    if (PERSONAL.contains(p.tok(s).word().toLowerCase())) {
      return true;
    }
    if (!AccuseArgs.named(p, s)) {
      return false;
    }
    for (int sp : StatementMakers.activeSubjects(p, v)) {
      if (p.tok(sp).tag().startsWith("NNP")
          && !p.tok(sp).word().equalsIgnoreCase(p.tok(s).word())) {
        return false; // another name speaks: "X said Y would attack" (a "Velmoran spokesman" may)
      }
    }
    return true;
  }

  /** "X can expect air strikes": a named side told what force awaits it. */
  private static boolean expected(Parse p, int c) {
    return p.tok(c).lemma().equalsIgnoreCase("expect")
        && p.childIn(c, Set.of("can", "could", "will", "should"), "aux")
        && p.children(c, "nsubj").stream().anyMatch(s -> AccuseArgs.named(p, s))
        && p.children(c, "obj").stream().anyMatch(o -> AccuseArgs.in(p, o, EXPECTED));
  }
}
