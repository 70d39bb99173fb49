package dossier.events;

import dossier.model.Mention;
import dossier.model.Participant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Demands made of another party (PLOVER REQUEST: "all requests, demands, and orders"): "demanded
 * that X withdraw", "called on X to pull out", "an ultimatum demanding that X withdraw", and
 * deadlines ("gave X until Friday to withdraw", "gave them five months to develop a plan"). The
 * one asked is the target; what is asked of them is the request's content, not an event: the
 * withdrawal demanded has not happened.
 */
final class Demands {
  /** The raw-text test for a deadline, beside {@link Lexicon#CANDIDATE}. */
  static final Pattern CANDIDATE = Pattern.compile("(?i)\\b(?:g[ai]ve|giv(?:es|en|ing)|grant(?:s|"
      + "ed|ing)?)\\b[^.;]{1,60}?\\b(?:until|till|(?:hours?|days?|weeks?|months?|years?)\\s+to)\\b");
  /** Verbs whose complement, with a doer of its own, is demanded of that doer. */
  private static final Set<String> DEMANDING = Set.of("demand", "request", "urge", "call",
      "appeal", "ask", "press", "implore", "exhort", "beg", "insist", "require", "recommend", "propose");
  /** Spans a deadline is given in. */
  private static final Set<String> SPANS = Set.of("hour", "day", "week", "month", "year",
      "minute", "deadline");
  private static final Set<String> UNTIL = Set.of("until", "till");
  private static final Set<String> GIVING = Set.of("give", "grant");
  /** Nouns of handing someone or something over: a demand for it is made of the holder. */
  private static final Set<String> HANDOVER = Set.of("return", "release", "extradition",
      "handover", "repatriation", "freeing", "surrender", "transfer", "deportation");

  private Demands() {}

  /**
   * Whether clause {@code x}, the complement of {@code gov} by {@code rel}, is asked of another
   * party: "urged X to withdraw", "demanded that X withdraw", "gave X until Friday to withdraw".
   * Not "asked to meet B": there the one who asks is the one who would act.
   */
  static boolean demanded(Parse p, int gov, int x, String rel) {
    String lemma = p.tok(gov).lemma().toLowerCase();
    if (rel.startsWith("advcl")) {
      return deadline(p, gov);
    }
    if (!DEMANDING.contains(lemma)) {
      return false;
    }
    if (rel.equals("xcomp")) {
      return !p.children(gov, "obj").isEmpty() || !p.children(gov, "iobj").isEmpty()
          || !p.children(gov, "obl:on").isEmpty() // "called on X to"
          || !p.children(gov, "obl:to").isEmpty() // "appealed to X to"
          || !p.children(gov, "obl:for").isEmpty(); // "called for X to be expelled"
    }
    // "demanded that X withdraw": a subject of its own, in the base form or with "should"
    return rel.equals("ccomp") && !p.children(x, "nsubj").isEmpty()
        && (p.tok(x).tag().equals("VB") && p.children(x, "aux").isEmpty()
            || p.childIn(x, Set.of("should", "must"), "aux"));
  }

  /** Whether {@code lemma} is a verb of demanding ("demand", "urge", "call"). */
  static boolean verb(String lemma) {
    return DEMANDING.contains(lemma.toLowerCase());
  }

  /** Whom {@code v}'s demand is made of: the doer of its complement ("demanded that X withdraw"). */
  static List<Integer> targets(Parse p, int v) {
    List<Integer> out = new ArrayList<>();
    for (int x : p.children(v, "ccomp")) {
      if (demanded(p, v, x, "ccomp")) {
        out.addAll(p.children(x, "nsubj"));
      }
    }
    return out;
  }

  /**
   * The one given a deadline when told by "them" or "it" ("X says Y ..., or gave them five months
   * to"): the one organisation or country named before it in the sentence, other than the giver;
   * none when two could be meant.
   */
  static void pronounRecipient(Parse p, DepFinder.Context c, int v, Map<String, Participant> parts) {
    if (!deadline(p, v) || !p.childIn(v, Set.of("them", "it"), "obj", "iobj")) {
      return;
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Mention m : c.mentions()) {
      String type = m.entityId() == null ? null : c.types().get(m.entityId());
      if (m.start() >= c.start() && m.end() <= p.tok(v).start() && !parts.containsKey(m.entityId())
          && ("ORGANIZATION".equals(type) || "COUNTRY".equals(type))) {
        ids.add(m.entityId());
      }
    }
    if (ids.size() == 1) {
      parts.putIfAbsent(ids.iterator().next(), new Participant(ids.iterator().next(), "TARGET"));
    }
  }

  /** REQUEST for a deadline given ("gave X five months to develop a plan"), else null. */
  static String type(Parse p, int v) {
    return deadline(p, v) ? "REQUEST" : null;
  }

  /**
   * Whether {@code v} gives someone time to do something: "gave X until Friday to withdraw",
   * "granted them 48 hours to leave"; a span or "until" between the verb and its "to" clause.
   */
  static boolean deadline(Parse p, int v) {
    if (!p.tok(v).verb() || !GIVING.contains(p.tok(v).lemma().toLowerCase())
        || p.children(v, "obj").isEmpty() && p.children(v, "iobj").isEmpty()) {
      return false;
    }
    for (Parse.Arc a : p.out(v)) {
      int x = a.dep();
      if (!(a.rel().startsWith("advcl") || a.rel().equals("xcomp")) || !p.tok(x).verb()
          || !p.childIn(x, Set.of("to"), "mark")) {
        continue;
      }
      for (int i = v + 1; i < x; i++) {
        String w = p.tok(i).lemma().toLowerCase();
        if (UNTIL.contains(w) || SPANS.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * For a handing over asked for ("demanded the return of X from Y", "a demand for X's
   * extradition"), the ones it is asked of: its "from" or "by" phrase, none when unnamed (the one
   * handed over is asked nothing); null when {@code arg} names no handing over.
   */
  static List<Integer> holders(Parse p, int arg) {
    if (!p.tok(arg).noun() || !HANDOVER.contains(p.tok(arg).lemma().toLowerCase())) {
      return null;
    }
    List<Integer> out = new ArrayList<>(p.children(arg, "nmod:from"));
    out.addAll(p.children(arg, "nmod:by"));
    return out;
  }
}
