package dossier.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Common news verbs and phrasal verbs of the PLOVER types that the first lexicons lacked, each an
 * event only with the arguments that make it one (PLOVER codebook: each type's definition, modes
 * and examples): "wounded three soldiers" but not "injured his knee", "beat protesters" (by
 * police) but not "beat the home side", "froze the assets of X" but not "froze the budget",
 * "opposed the plan" but not "opposed X in the election". A verb whose doer must be a hand
 * (a person, group or name) is never read of a storm, a crisis or a market. Each word was checked
 * for false alarms on unannotated news and pages before it was kept.
 */
final class CoverageVerbs {
  /** Verbs that cancel a meeting. */
  private static final Set<String> CANCEL = Set.of("cancel", "scrap", "abandon", "boycott",
      "snub", "postpone", "suspend", "skip");

  private CoverageVerbs() {}

  /** Whether a lemma (or an irregular form) may make one of these events. */
  static boolean trigger(String lemma) {
    return CoverageWords.TRIGGERS.contains(lemma);
  }

  /**
   * The PLOVER type verb {@code v} makes with its arguments, or null. Only verbs the lexicons
   * read no type for reach here (DepFinder asks the lexicon, its argument verbs and the speech,
   * legal and statement acts first).
   */
  static String type(Parse p, int v) {
    if (asked(p, v)) {
      return null; // "wants B to lift the curfew", "urged B to free X": only asked for
    }
    String type = CoverageRead.read(p, v);
    // a league's fine or ban, a club's support: sport's own acts are no PLOVER events
    return type == null || type.equals("ASSAULT") || !sport(p) ? type : null;
  }

  /**
   * A lexicon verb read otherwise by its arguments: "rallied behind X" is support, not a
   * protest; "pledged support for X" is support, not an agreement.
   */
  static String override(Parse p, int v) {
    Parse.Tok t = p.tok(v);
    if (!t.verb()) {
      return null;
    }
    String lemma = t.lemma().toLowerCase();
    if (lemma.equals("rally") && (p.nameIn(v, "obl:behind", "obl:around")
        || !p.children(v, "obl:behind").isEmpty() && p.children(v, "nsubj").stream()
            .anyMatch(x -> p.tok(x).tag().startsWith("NNP")))) {
      return "SUPPORT";
    }
    if ((lemma.equals("execute") || lemma.equals("serve")) && ForceVerbs.warrant(p, v)) {
      return "COERCE"; // "executed a search warrant at the house": a search or an arrest made
    }
    if ((lemma.equals("pledge") || lemma.equals("promise") || lemma.equals("offer"))
        && CoverageArgs.objectIn(p, v, Set.of("support", "backing", "solidarity"))) {
      return "SUPPORT";
    }
    return null;
  }

  /**
   * Whether verb {@code v} calls off or walks out of the meeting it governs ("called off talks",
   * "cancelled the summit"): PLOVER codes that REJECT, so the meeting noun makes no meeting.
   */
  static boolean cancels(Parse p, int v) {
    String lemma = p.tok(v).lemma().toLowerCase();
    return CANCEL.contains(lemma) || p.childIn(v, Set.of("off"), "compound:prt")
        || lemma.equals("walk") && (p.childIn(v, Set.of("out"), "compound:prt")
            || !p.children(v, "obl:out_of").isEmpty());
  }

  /** Whether {@code v} is only what someone wants, asks or urges another to do. */
  private static boolean asked(Parse p, int v) {
    int gov = p.governor(v, "xcomp", "ccomp");
    return gov >= 0 && (Lexicon.HOPED.contains(p.tok(gov).lemma().toLowerCase())
        || Set.of("want", "ask", "demand", "urge", "request", "press", "plead", "implore",
            "beg", "order", "tell", "pressure", "encourage", "invite")
            .contains(p.tok(gov).lemma().toLowerCase()));
  }

  /** Whether the sentence uses the words only sport's news uses ("the NFL will fine X"). */
  private static boolean sport(Parse p) {
    StringBuilder sb = new StringBuilder();
    for (Parse.Tok t : p.tokens()) {
      sb.append(t.word()).append(' ');
    }
    return DepFinder.SPORT.matcher(sb).find();
  }

  /**
   * Who an event of these verbs goes to beyond the finder's slots: aid sent "to" B, a suspect
   * handed over "to" B, an ambassador recalled "from" B, goods banned "from" B.
   */
  static List<Integer> recipients(Parse p, int v) {
    List<Integer> out = new ArrayList<>(Diplomacy.partners(p, v)); // "discussed X with B"
    if (!p.tok(v).verb()) {
      return out;
    }
    out.addAll(WordNetVerbs.recipients(p, v)); // "capitulated to B", "acquiesced in B's plan"
    String lemma = p.tok(v).lemma().toLowerCase();
    if (Set.of("donate", "supply", "deliver", "send", "grant", "ship", "airlift", "contribute",
        "provide", "hand", "give", "extend", "allocate", "surrender").contains(lemma)) {
      out.addAll(p.children(v, "obl:to"));
    }
    if (Set.of("recall", "ban", "suspend", "halt", "cut", "freeze", "withhold")
        .contains(lemma)) {
      out.addAll(p.children(v, "obl:from"));
      out.addAll(p.children(v, "obl:to"));
      for (int o : p.children(v, "obj")) {
        out.addAll(p.children(o, "nmod:from"));
        out.addAll(p.children(o, "nmod:to"));
        out.addAll(p.children(o, "nmod:with"));
      }
    }
    if (lemma.equals("hold")) {
      out.addAll(StanceVerbs.culpable(p, v)); // "held X responsible"
    }
    if (Set.of("lift", "ease", "relax").contains(lemma)) {
      out.addAll(p.children(v, "obl:on")); // "lifted the curfew on B"
      for (int o : p.children(v, "obj")) {
        out.addAll(p.children(o, "nmod:on"));
        out.addAll(p.children(o, "nmod:against"));
      }
    }
    if (lemma.equals("point")) {
      out.addAll(p.children(v, "obl:at")); // "pointed the finger at X"
    }
    if (Set.of("travel", "fly", "arrive", "head", "go").contains(lemma)
        && "CONSULT".equals(type(p, v))) {
      out.addAll(p.children(v, "obl:to")); // "travelled to B for talks": B's side met
      out.addAll(p.children(v, "obl:in"));
    }
    if (lemma.equals("impose") || lemma.equals("slap") || lemma.equals("levy")) {
      for (int o : p.children(v, "obj")) {
        out.addAll(p.children(o, "nmod:from")); // "tariffs on goods from B"
        for (int on : p.children(o, "nmod:on")) {
          out.addAll(p.children(on, "nmod:from"));
        }
      }
    }
    return out;
  }
}
