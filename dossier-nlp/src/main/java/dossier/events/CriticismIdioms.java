package dossier.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Light verbs and idioms of criticism, rejection, backing, pressure and threat, each read with the
 * arguments that make it an event:
 * <ul>
 *   <li>ACCUSE: "came under fire / criticism from X", "drew condemnation from X", "X's remarks
 *       sparked outrage", "levelled charges against X", "traded accusations", "questioned X's
 *       motives", "cast doubt on X's commitment" (the subject of "came under" and "drew" is the
 *       one criticised);</li>
 *   <li>REJECT: "said no to X's proposal", "came out against";</li>
 *   <li>SUPPORT: "threw its support behind X", "came out in favour of";</li>
 *   <li>REQUEST: "pressed X for a ceasefire", "pressed X to", "pressed for talks";</li>
 *   <li>THREATEN: "hinted at military action", "did not rule out force" (not ruling it out is
 *       the threat, so the negation does not deny it).</li>
 * </ul>
 * Shooting ("troops came under heavy fire from rebels"), sport and markets make none.
 */
final class CriticismIdioms {
  /** What one comes under when criticised. */
  private static final Set<String> UNDER = Set.of("fire", "criticism", "attack", "censure",
      "assault", "condemnation", "scrutiny", "investigation");
  /** Modifiers of "fire" that leave it a figure of speech. */
  private static final Set<String> FIGURATIVE = Set.of("political", "renewed", "fresh",
      "growing", "increasing", "mounting", "sharp", "strong", "intense", "withering", "public",
      "international", "widespread");
  /** Verbs whose subject undergoes the censure it draws. */
  private static final Set<String> UNDERGO = Set.of("draw", "attract", "face", "earn", "receive",
      "incur", "invite", "court", "meet");
  /** Objects of "press" that make no request: "pressed charges", "pressed the button". */
  private static final Set<String> PRESSED = Set.of("charge", "charges", "claim", "claims",
      "case", "button", "point", "advantage", "attack", "home", "key", "flesh", "suit");
  private static final Set<String> DOUBTING = Set.of("question", "challenge", "doubt");

  private CriticismIdioms() {}

  /** The type verb {@code v} makes in one of these idioms, or null. */
  static String type(Parse p, int v) {
    Parse.Tok t = p.tok(v);
    if (!t.verb() || Statements.question(p) || StatementMakers.register(p)) {
      return null;
    }
    String lemma = t.lemma().toLowerCase();
    if (threat(p, v) != null) {
      return "THREATEN";
    }
    if (p.negated(v)) {
      return null;
    }
    return switch (lemma) {
      case "come" -> came(p, v);
      case "hold" -> AccuseArgs.speaker(p, v) && p.children(v, "obj").stream().anyMatch(o ->
          !AccuseArgs.owners(p, o).isEmpty() && p.childIn(o, AccuseWords.BLAME_ADJ, "amod"))
          ? "ACCUSE" : null; // "held X responsible", the parser hanging the adjective on X
      case "hint" -> AccuseArgs.speaker(p, v) && forceIn(p, v, "obl:at") ? "THREATEN" : null;
      case "press", "pressure", "pressurise", "pressurize" -> pressed(p, v) ? "REQUEST" : null;
      case "say" -> saidNo(p, v) ? "REJECT" : null;
      case "throw", "put" -> AccuseArgs.speaker(p, v)
          && p.childIn(v, AccuseWords.WEIGHT, "obj") && !p.children(v, "obl:behind").isEmpty()
          ? "SUPPORT" : null;
      case "cast", "raise" -> AccuseArgs.speaker(p, v) && p.childIn(v, Set.of("doubt", "doubts"),
          "obj") && !doubted(p, v).isEmpty() ? "ACCUSE" : null;
      default -> {
        if (DOUBTING.contains(lemma)) {
          yield AccuseArgs.speaker(p, v) && !qualities(p, v).isEmpty() ? "ACCUSE" : null;
        }
        yield AccuseWords.DRAWING.contains(lemma) && drew(p, v)
            || AccuseWords.MAKING.contains(lemma) && charged(p, v) ? "ACCUSE" : null;
      }
    };
  }

  /**
   * THREATEN for force not ruled out: "did not rule out military action", "refused to rule out
   * strikes" (asked before the statements, which read "ruled out" as a rejection), or null.
   */
  static String threat(Parse p, int v) {
    if (!p.tok(v).lemma().equalsIgnoreCase("rule") || !StatementMakers.particle(p, v, "out")
        || Statements.question(p) || !forceIn(p, v, "obj", "nsubj:pass")) {
      return null;
    }
    int up = p.governor(v, "xcomp");
    boolean refused = up >= 0 && AccuseArgs.in(p, up, Set.of("refuse", "decline"))
        && !p.negated(up);
    return p.negated(v) && AccuseArgs.speaker(p, v) || refused && AccuseArgs.speaker(p, up)
        ? "THREATEN" : null;
  }

  /** "refused to rule out force": the refusal is the threat, not a rejection. */
  static String override(Parse p, int v) {
    for (int x : p.children(v, "xcomp")) {
      if (threat(p, x) != null) {
        return "THREATEN";
      }
    }
    return null;
  }

  /** Whether the active subject of {@code v} is the one criticised ("came under fire", "drew"). */
  static boolean undergoes(Parse p, int v) {
    String lemma = p.tok(v).lemma().toLowerCase();
    return lemma.equals("come") && under(p, v) >= 0
        || AccuseWords.DRAWING.contains(lemma) && p.childIn(v, AccuseWords.CENSURE, "obj");
  }

  /** Whether {@code v} is "not ruling out" force: a threat, not a denial. */
  static boolean notRuledOut(Parse p, int v, String type) {
    return "THREATEN".equals(type) && p.tok(v).lemma().equalsIgnoreCase("rule");
  }

  /** The sources and targets these idioms hang where the finder does not look. */
  static Map<Integer, String> arguments(Parse p, int v, String type) {
    Map<Integer, String> out = new LinkedHashMap<>();
    String lemma = p.tok(v).lemma().toLowerCase();
    if (lemma.equals("come") && under(p, v) >= 0 || AccuseWords.DRAWING.contains(lemma)
        && p.childIn(v, AccuseWords.CENSURE, "obj")) {
      p.children(v, "obl:from").forEach(x -> out.put(x, "SOURCE"));
      List<Integer> censure = new ArrayList<>(p.children(v, "obj"));
      censure.addAll(p.children(v, "obl:under"));
      for (int o : censure) {
        p.children(o, "nmod:from").forEach(x -> out.put(x, "SOURCE")); // "criticism from X"
      }
    }
    if (!Set.of("ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT").contains(type)) {
      return out;
    }
    List<Integer> against = new ArrayList<>();
    for (Parse.Arc a : p.out(v)) {
      if (a.rel().equals("obj") || a.rel().startsWith("obl")) {
        AccuseArgs.against(p, a.dep(), 0, against); // "charges of genocide against X"
      }
    }
    against.forEach(x -> out.putIfAbsent(x, "TARGET"));
    if (DOUBTING.contains(lemma)) {
      qualities(p, v).forEach(x -> out.putIfAbsent(x, "TARGET"));
    }
    if (lemma.equals("cast") || lemma.equals("raise")) {
      doubted(p, v).forEach(x -> out.putIfAbsent(x, "TARGET"));
    }
    if (type.equals("SUPPORT") || type.equals("REJECT")) {
      for (String rel : new String[] {"obl:behind", "obl:in", "obl:for", "obl:against"}) {
        for (int x : p.children(v, rel)) {
          AccuseArgs.owners(p, x).forEach(o -> out.putIfAbsent(o, "TARGET"));
          for (int y : p.children(x, "nmod:of")) {
            AccuseArgs.owners(p, y).forEach(o -> out.putIfAbsent(o, "TARGET")); // "in favour of"
          }
        }
      }
      for (int o : p.children(v, "obj")) {
        for (int y : p.children(o, "nmod:to")) {
          AccuseArgs.owners(p, y).forEach(x -> out.putIfAbsent(x, "TARGET")); // "said no to"
        }
      }
    }
    return out;
  }

  private static String came(Parse p, int v) {
    if (under(p, v) >= 0) {
      for (int s : p.children(v, "nsubj")) {
        if (AccuseArgs.named(p, s) || AccuseArgs.in(p, s, StatementVerbs.SPEAKERS)
            && !AccuseArgs.in(p, s, AccuseArgs.ARMED)) {
          return "ACCUSE"; // "X came under fire from Y over its handling of"
        }
      }
      return null;
    }
    if (!StatementMakers.particle(p, v, "out") || !AccuseArgs.speaker(p, v)) {
      return null;
    }
    for (int x : p.children(v, "obl:in")) {
      if (AccuseArgs.in(p, x, Set.of("favour", "favor", "support"))) {
        return "SUPPORT"; // "came out in favour of"
      }
    }
    if (!p.children(v, "obl:against").isEmpty()) {
      return "REJECT"; // "came out against the plan"
    }
    return null;
  }

  /** "under fire", "under criticism": the noun, unless the fire is shooting. */
  private static int under(Parse p, int v) {
    for (int x : p.children(v, "obl:under")) {
      if (!AccuseArgs.in(p, x, UNDER)) {
        continue;
      }
      boolean literal = p.tok(x).lemma().equalsIgnoreCase("fire") && (p.out(x).stream()
          .anyMatch(a -> (a.rel().equals("amod") || a.rel().equals("compound"))
              && !AccuseArgs.in(p, a.dep(), FIGURATIVE))
          || p.children(v, "nsubj").stream().anyMatch(s -> AccuseArgs.in(p, s, AccuseArgs.ARMED))
          || p.children(v, "obl:from").stream().anyMatch(s -> AccuseArgs.in(p, s,
              AccuseArgs.ARMED) || Lexicon.FORCES.contains(p.tok(s).lemma().toLowerCase())));
      if (literal || p.tok(x).lemma().equalsIgnoreCase("attack") && p.children(v, "obl:over")
          .isEmpty() && p.children(v, "obl:for").isEmpty()) {
        continue; // "came under heavy fire", "came under attack" (an assault unless "over")
      }
      return x;
    }
    return -1;
  }

  private static boolean drew(Parse p, int v) {
    String lemma = p.tok(v).lemma().toLowerCase();
    List<Integer> censure = new ArrayList<>();
    for (int o : p.children(v, "obj")) {
      if (AccuseArgs.in(p, o, AccuseWords.CENSURE) && !p.tok(o).lemma().equalsIgnoreCase("fire")
          && !p.tok(o).lemma().equalsIgnoreCase("attack")) {
        censure.add(o);
      }
    }
    if (censure.isEmpty() || lemma.equals("face") && censure.stream().anyMatch(o -> AccuseArgs.in(
        p, o, Set.of("charge", "charges")))) {
      return false; // "faces charges": the court's, read by the legal acts
    }
    boolean source = !p.children(v, "obl:from").isEmpty() || censure.stream()
        .anyMatch(o -> !p.children(o, "nmod:from").isEmpty());
    for (int s : p.children(v, "nsubj")) {
      if (AccuseArgs.in(p, s, AccuseArgs.ARMED)) {
        return false;
      }
      boolean subject = UNDERGO.contains(lemma) ? AccuseArgs.named(p, s)
          || AccuseArgs.in(p, s, StatementVerbs.SPEAKERS) || !AccuseArgs.owners(p, s).isEmpty()
          : !AccuseArgs.owners(p, s).isEmpty();
      if (subject || source) {
        return true;
      }
    }
    return false;
  }

  private static boolean charged(Parse p, int v) {
    String lemma = p.tok(v).lemma().toLowerCase();
    if (!AccuseArgs.speaker(p, v) || !p.childIn(v, AccuseWords.CHARGES, "obj")) {
      return false;
    }
    if (lemma.equals("trade") || lemma.equals("exchange")) {
      return true; // "the two sides traded accusations"
    }
    List<Integer> against = new ArrayList<>();
    for (Parse.Arc a : p.out(v)) {
      if (a.rel().equals("obj") || a.rel().startsWith("obl")) {
        AccuseArgs.against(p, a.dep(), 0, against);
      }
    }
    return !against.isEmpty();
  }

  /** "pressed X for a ceasefire", "pressed X to release", "pressed for talks". */
  private static boolean pressed(Parse p, int v) {
    if (!AccuseArgs.speaker(p, v) || !p.children(v, "compound:prt").isEmpty()
        || p.childIn(v, PRESSED, "obj")) {
      return false;
    }
    boolean asked = p.children(v, "obj").stream().anyMatch(o -> AccuseArgs.maker(p, o));
    return !p.children(v, "obl:for").isEmpty() && (asked || p.children(v, "obj").isEmpty())
        || asked && !p.children(v, "xcomp").isEmpty();
  }

  /** "said no to X's proposal". */
  private static boolean saidNo(Parse p, int v) {
    if (!AccuseArgs.speaker(p, v)) {
      return false;
    }
    for (int o : p.children(v, "obj")) {
      if (p.tok(o).word().equalsIgnoreCase("no") && !p.children(o, "nmod:to").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Whether an argument of {@code v} in {@code rels} is force: "military action", "strikes". */
  private static boolean forceIn(Parse p, int v, String... rels) {
    for (String rel : rels) {
      for (int x : p.children(v, rel)) {
        String w = p.tok(x).lemma().toLowerCase();
        boolean modified = p.children(x, "amod").stream().anyMatch(m -> AccuseArgs.in(p, m,
            AccuseWords.FORCEFUL)) || p.children(x, "compound").stream().anyMatch(m ->
            AccuseArgs.in(p, m, AccuseWords.FORCEFUL));
        if (Set.of("action", "response", "measures", "option", "options", "step", "steps")
            .contains(w) ? modified : AccuseWords.FORCE.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The owners of what is questioned: "X's motives", "the credibility of X". */
  private static List<Integer> qualities(Parse p, int v) {
    List<Integer> out = new ArrayList<>();
    for (int o : p.children(v, "obj")) {
      if (AccuseArgs.in(p, o, AccuseWords.QUALITIES)) {
        out.addAll(AccuseArgs.owners(p, o));
        for (int y : p.children(o, "nmod:of")) {
          out.addAll(AccuseArgs.owners(p, y));
        }
      }
    }
    return out;
  }

  /** The owners of what doubt is cast on: "on X's commitment", "over X's account". */
  private static List<Integer> doubted(Parse p, int v) {
    List<Integer> out = new ArrayList<>();
    for (String rel : new String[] {"obl:on", "obl:over", "obl:about", "obl:upon"}) {
      for (int x : p.children(v, rel)) {
        out.addAll(AccuseArgs.owners(p, x));
        for (int y : p.children(x, "nmod:of")) {
          out.addAll(AccuseArgs.owners(p, y));
        }
      }
    }
    for (int o : p.children(v, "obj")) {
      for (String rel : new String[] {"nmod:on", "nmod:over", "nmod:about"}) {
        for (int x : p.children(o, rel)) {
          out.addAll(AccuseArgs.owners(p, x));
        }
      }
    }
    return out;
  }
}
