package dossier.events;

import java.util.Set;

/**
 * Trigger words read in a sense that is no event, found auditing unannotated business and general
 * news: an accounting charge ("took a $45 million charge"), demand as a market's ("struggled to
 * meet demand", "strong demand"), a request told only as the means of a possible act ("could force
 * a vote by urging"), "is not to blame", and a company officer's resignation. Each check reads the
 * trigger's own arguments; the legal, political and public senses stand. From political news:
 * a mandate ("charged the inspectors with verifying") and a party's own arms destroyed ("has
 * destroyed its missiles": disarmament). From general pages: a promise of nothing ("promised more").
 */
final class Senses {
  /** Verbs that book an accounting charge; charges are brought, filed or pressed. */
  private static final Set<String> BOOKING = Set.of("take", "record", "post", "book", "report",
      "incur", "absorb", "reflect", "include", "exclude");
  /** Words that make a charge an accounting one. */
  private static final Set<String> ACCOUNTING = Set.of("pretax", "pre-tax", "after-tax",
      "aftertax", "one-time", "noncash", "non-cash", "restructuring", "write-down", "writedown",
      "write-off", "writeoff", "special", "extraordinary", "quarterly", "accounting");
  /** Modals of a possible, not a done, act. */
  private static final Set<String> MODALS = Set.of("could", "would", "might", "may", "can",
      "should");
  private static final Set<String> BY = Set.of("by", "through");
  /** Posts of business: their holders' resignations are no public event. */
  private static final Set<String> CORPORATE = Set.of("officer", "ceo", "cfo", "coo", "cto",
      "executive", "treasurer", "controller", "comptroller");
  /** Employers of business whose president or chairman is no officer of state. */
  private static final Set<String> EMPLOYERS = Set.of("company", "firm", "bank", "corporation",
      "concern", "group", "maker", "retailer", "carrier", "insurer", "utility", "airline",
      "subsidiary", "unit", "business", "chain", "manufacturer", "publisher", "brokerage",
      "thrift", "fund", "club", "studio", "network");

  /** Duties a body is charged with ("charged the inspectors with verifying"): a mandate. */
  private static final Set<String> DUTIES = Set.of("verify", "monitor", "oversee", "supervise",
      "ensure", "investigate", "run", "manage", "lead", "implement", "organize", "organise",
      "protect", "coordinate", "review", "prepare", "draft", "keep", "maintain", "negotiate",
      "enforce", "administer", "conduct", "guard", "police", "task", "responsibility", "duty",
      "job", "mission", "mandate", "oversight", "supervision", "verification");
  /** Arms a party destroys of its own: disarmament, no attack. */
  private static final Set<String> ARMS = Set.of("weapon", "missile", "arsenal", "stockpile",
      "warhead", "munition", "armament", "launcher", "mine");
  private static final Set<String> OWN = Set.of("its", "their", "his", "her", "own");
  private static final Set<String> DISARMING = Set.of("destroy", "dismantle", "scrap");

  /** Verbs of promising. */
  private static final Set<String> PROMISES = Set.of("promise", "pledge", "vow", "swear",
      "undertake");

  private Senses() {}

  /** Whether the event of {@code type} told by token {@code t} reads a word in a sense of no event. */
  static boolean drop(Parse p, int t, String type) {
    String lemma = p.tok(t).lemma().toLowerCase();
    return switch (type) {
      case "ACCUSE" -> lemma.equals("charge") && p.tok(t).noun() && accounting(p, t)
          || lemma.equals("charge") && p.tok(t).verb() && mandate(p, t)
          || lemma.equals("blame") && notToBlame(p, t);
      case "ASSAULT" -> ownArms(p, t) || means(p, t);
      case "REQUEST" -> lemma.equals("demand") && p.tok(t).noun() && market(p, t) || means(p, t);
      case "RETREAT" -> (lemma.equals("resign") || lemma.equals("quit")) && corporate(p, t)
          || Stances.retreat(p, t); // "retreated from its position in the case"
      case "AGREE" -> emptyPromise(p, t) || means(p, t);
      default -> means(p, t);
    };
  }

  /**
   * "X promised more", "as they had pledged": a promise with nothing promised (no act, no thing,
   * no one it is made to) refers to a promise told elsewhere, or is a manner of speaking.
   */
  private static boolean emptyPromise(Parse p, int v) {
    return p.tok(v).verb() && PROMISES.contains(p.tok(v).lemma().toLowerCase())
        && p.out(v).stream().noneMatch(a -> a.rel().equals("xcomp") || a.rel().equals("ccomp")
            || a.rel().equals("obj") || a.rel().equals("iobj") || a.rel().startsWith("obl:to")
            || a.rel().startsWith("obl:of") || a.rel().equals("nsubj:pass"));
  }

  /** "charged the inspectors with verifying ...", "charged with the task of": a duty given. */
  private static boolean mandate(Parse p, int v) {
    return p.childIn(v, DUTIES, "obl:with", "advcl:with");
  }

  /**
   * "X has destroyed its long-range missiles": a party's own arms, destroyed to disarm; {@code t}
   * is the verb or the arms noun ("missiles" is itself a trigger).
   */
  private static boolean ownArms(Parse p, int t) {
    int v = p.tok(t).verb() ? t : p.governor(t, "obj");
    if (v < 0 || !DISARMING.contains(p.tok(v).lemma().toLowerCase())) {
      return false;
    }
    for (int o : p.children(v, "obj")) {
      if (ARMS.contains(p.tok(o).lemma().toLowerCase()) && p.childIn(o, OWN, "nmod:poss")) {
        return true;
      }
    }
    return false;
  }

  /** "took a $45 million charge", "a one-time charge of $8 million": booked, not brought. */
  private static boolean accounting(Parse p, int n) {
    if (!p.children(n, "nmod:against").isEmpty()
        && !p.childIn(n, Set.of("earnings", "income", "profit", "result"), "nmod:against")) {
      return false; // "charges against the mayor"; not "a charge against earnings"
    }
    int gov = LexiconNouns.governingVerb(p, n);
    if (gov >= 0 && BOOKING.contains(p.tok(gov).lemma().toLowerCase())
        && p.children(gov, "obj").contains(n)) {
      return true;
    }
    return p.childIn(n, ACCOUNTING, "amod", "compound") || money(p, n, 3);
  }

  /** Whether a sum of money hangs within {@code depth} arcs below {@code i}. */
  private static boolean money(Parse p, int i, int depth) {
    for (Parse.Arc a : p.out(i)) {
      Parse.Tok d = p.tok(a.dep());
      String w = d.word().toLowerCase();
      if (d.tag().equals("$") || w.startsWith("$") || w.equals("million") || w.equals("billion")) {
        return true;
      }
      if (depth > 1 && !a.rel().startsWith("nmod:against") && money(p, a.dep(), depth - 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Demand as a market's: a bare singular ("meet demand", "demand for its engines rose") with no
   * maker, or one qualified as a market's ("strong consumer demand", "supply and demand").
   */
  private static boolean market(Parse p, int n) {
    if (!p.children(n, "nmod:poss").isEmpty() || !p.children(n, "nmod:by").isEmpty()
        || !p.children(n, "nmod:from").isEmpty() || !p.children(n, "acl").isEmpty()
        || !p.children(n, "ccomp").isEmpty()) {
      return false; // "the union's demand", "a demand by X", "demand that X resign"
    }
    if (p.childIn(n, Set.of("supply"), "conj") || p.governor(n, "conj") >= 0
        && p.tok(p.governor(n, "conj")).lemma().equalsIgnoreCase("supply")) {
      return true;
    }
    if (p.childIn(n, Set.of("consumer", "customer", "market", "strong", "weak", "weaker",
        "stronger", "domestic", "global", "world", "export", "import", "rising", "falling",
        "sluggish", "robust", "soft", "brisk", "seasonal", "pent-up", "retail", "energy", "oil",
        "housing", "product", "loan", "credit"), "amod", "compound")) {
      return true;
    }
    return p.tok(n).tag().equals("NN") && p.children(n, "det").isEmpty()
        && p.children(n, "amod").isEmpty();
  }

  /** "could force a vote by urging X": the request is the means of a possible act only. */
  private static boolean means(Parse p, int t) {
    int first = p.governor(t, "conj"); // "by calling a meeting and urging X": the first of two means
    if (first >= 0 && first != t && (means(p, first) || sharedModal(p, t, first))) {
      return true;
    }
    for (Parse.Arc a : p.in(t)) {
      boolean by = a.rel().equals("advcl:by") || a.rel().equals("advcl:through")
          || (a.rel().equals("obl:by") || a.rel().equals("obl:through")) && p.tok(t).verb()
          || a.rel().equals("advcl")
          && p.childIn(t, BY, "mark");
      int head = a.gov();
      if (a.rel().equals("dep") && head >= 0 && BY.contains(p.tok(head).word().toLowerCase())) {
        by = true; // the parser's "might force a vote by(advmod) asking(dep)"
        head = p.governor(head, "advmod", "case", "mark");
      }
      // "could not stop them by firing": the means was used; the modal denies the end only
      if (by && head >= 0 && p.childIn(head, MODALS, "aux") && !p.negated(head)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "X could raise the stakes and urging Y" (the parser's conjunct of a modal verb): a bare or
   * -ing conjunct with no auxiliary of its own shares the first verb's "could"; a past tense
   * ("could not stop them and fired") is told as done.
   */
  private static boolean sharedModal(Parse p, int t, int head) {
    String tag = p.tok(t).tag();
    return (tag.equals("VB") || tag.equals("VBG")) && p.children(t, "aux").isEmpty()
        && p.tok(head).verb() && p.childIn(head, MODALS, "aux") && !p.negated(head);
  }

  /** "X is not to blame", "isn't wholly to blame": no one is blamed. */
  private static boolean notToBlame(Parse p, int t) {
    if (!p.childIn(t, Set.of("to"), "mark")) {
      return false;
    }
    if (p.negated(t)) {
      return true;
    }
    int gov = p.governor(t, "xcomp", "ccomp");
    return gov >= 0 && p.tok(gov).lemma().equalsIgnoreCase("be") && p.negated(gov);
  }

  /** "the chief financial officer, X, resigned", "X, the company's president, quit". */
  private static boolean corporate(Parse p, int v) {
    for (int s : p.children(v, "nsubj")) {
      if (post(p, s)) {
        return true;
      }
      for (int x : p.children(s, "appos")) {
        if (post(p, x)) {
          return true;
        }
      }
      int head = p.governor(s, "appos");
      if (head >= 0 && post(p, head)) {
        return true;
      }
    }
    return false;
  }

  private static boolean post(Parse p, int x) {
    String l = p.tok(x).lemma().toLowerCase();
    if (CORPORATE.contains(l)) {
      return true;
    }
    if (l.equals("president") || l.equals("chairman") || l.equals("chairwoman")
        || l.equals("director") || l.equals("head")) {
      return p.childIn(x, EMPLOYERS, "nmod:poss", "nmod:of", "compound");
    }
    return false;
  }
}
