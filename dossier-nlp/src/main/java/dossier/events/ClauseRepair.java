package dossier.events;

import java.util.List;
import java.util.Set;

/**
 * Clauses whose doer or undergoer the parser loses or hangs on the wrong word, re-hung before the
 * patterns read the parse (arcs only; tokens and offsets stay):
 * <ul>
 *   <li>"responded by imposing sanctions on X", parsed as a noun "sanctions" modified by an
 *       adjective "imposing": the -ing form is a clause after its preposition, the noun its object,
 *       later arguments its own, and its doer the main clause's subject (also when parsed right:
 *       "by warning", "while accusing", "without naming");</li>
 *   <li>"resigned after being charged", "having been arrested, he ...": a passive or perfect
 *       participle adjunct is about the main clause's subject wherever it stands;</li>
 *   <li>"took the decision to drop the case", "made the decision to withdraw", "took the step of
 *       expelling": the decider, not the noun "decision", does the act;</li>
 *   <li>"called for the prisoners to be released": the "for ... to" clause is what is called
 *       for;</li>
 *   <li>"an aide to the man named in the report resigned ...", "Sen. X (D-NY), chairman of the
 *       panel, pushed ...": a finite verb left without a subject takes the noun the parser gave
 *       to a reduced relative clause before it (hung by "dep"), or the name before an
 *       appositive;</li>
 *   <li>"fired round after round of gas at protesters": "at" hung on the missile belongs to the
 *       verb of shooting or throwing;</li>
 *   <li>"X was among those arrested": X is the one arrested;</li>
 *   <li>"X, whose troops ...": the troops are X's;</li>
 *   <li>a relative clause of speaking after a name is the name's ("extradition to X, which
 *       accuses him"); a second past verb after ", and" following a reported clause in another
 *       tense is the reporter's own act;</li>
 *   <li>"X issued a statement accusing Y", "in a tweet condemning ..., X said": the -ing clause
 *       on a message is its maker's act.</li>
 * </ul>
 */
final class ClauseRepair {
  /** Prepositions before an -ing clause whose doer is the main clause's subject. */
  private static final Set<String> GERUND_PREPS = Set.of("by", "while", "without", "through",
      "after", "before", "upon", "when");
  /** Those after which a trailing -ing is the subject's act ("after shooting" may be a noun). */
  private static final Set<String> CONTROL_PREPS = Set.of("by", "while", "without", "through",
      "when", "upon");
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would",
      "shall", "should", "can", "could", "may", "might", "must", "ought", "to", "get", "'s",
      "'d", "'ll", "'ve", "wo", "ca");
  private static final Set<String> LIGHT = Set.of("take", "make", "reach");
  private static final Set<String> DECISIONS = Set.of("decision", "step", "move", "choice");
  /** Words given that, kept, are the act done ("kept its promise to release"). */
  private static final Set<String> KEPT = Set.of("promise", "pledge", "threat", "vow",
      "commitment");
  private static final Set<String> KEEPING = Set.of("keep", "fulfil", "fulfill", "honour",
      "honor");
  /** Verbs whose subject speaks or acts at law: a thing ("the extradition") cannot. */
  private static final Set<String> SPEAKING = Set.of("accuse", "charge", "blame", "condemn",
      "criticize", "criticise", "deny", "demand", "urge", "claim", "allege", "reject", "threaten",
      "warn", "sue", "indict", "insist", "vow", "pledge", "refuse", "praise", "ask", "request",
      "say", "announce", "call", "seek", "want");
  private static final Set<String> REPORTING = Set.of("say", "tell", "add", "announce", "state",
      "note", "write", "post", "tweet", "warn", "declare", "insist");
  /** Verbs of saying that take no object of their own before a clause ("said it rejects"). */
  private static final Set<String> SPLIT_SAYING = Set.of("say", "claim", "insist", "argue",
      "declare", "announce", "add", "state");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "he", "she", "we",
      "i");
  private static final Set<String> OWN_AUX = Set.of("have", "be", "will", "would", "could",
      "can", "may", "might", "should", "must");
  /** Things said, written or enacted: an -ing clause on one is its maker's act. */
  private static final Set<String> MESSAGES = Set.of("statement", "letter", "note", "tweet",
      "post", "video", "message", "speech", "address", "essay", "article", "editorial",
      "column", "resolution", "motion", "bill", "law", "decree", "order", "communique",
      "declaration", "memo", "report", "petition", "complaint", "email", "broadcast",
      "announcement", "remarks", "comments", "op-ed", "ruling", "verdict", "notice", "filing", "ultimatum");
  /** Verbs whose subject makes or sends the message they take. */
  private static final Set<String> MAKING = Set.of("issue", "release", "publish", "post", "write",
      "send", "sign", "give", "deliver", "make", "file", "submit", "pass", "adopt", "present",
      "draft", "tweet", "share", "air", "broadcast", "put", "pen", "lodge", "table", "introduce",
      "approve", "enact", "unveil");
  private static final Set<String> MISSILE_VERBS = Set.of("fire", "shoot", "throw", "hurl", "lob",
      "launch", "aim");

  private ClauseRepair() {}

  /** Re-hangs such misparses in {@code arcs} (a copy of {@code p}'s arcs). */
  static void repair(Parse p, List<Parse.Arc> arcs) {
    for (Parse.Arc a : p.arcs()) {
      gerundAsAdjective(p, a, arcs);
      decisionTo(p, a, arcs);
      stepOfIng(p, a, arcs);
      forToClause(p, a, arcs);
      lostSubject(p, a, arcs);
      missileAt(p, a, arcs);
      amongThose(p, a, arcs);
      relativeOnName(p, a, arcs);
      whose(p, a, arcs);
      messageMaker(p, a, arcs);
      conjoinedAfterReport(p, a, arcs);
      sayingAsMark(p, a, arcs);
      splitReport(p, a, arcs);
    }
    for (int v = 0; v < p.tokens().size(); v++) {
      adjunctDoer(p, v, arcs);
      appositiveSubject(p, v, arcs);
    }
  }

  private static boolean hasSubject(Parse p, List<Parse.Arc> arcs, int v) {
    return arcs.stream().anyMatch(a -> a.gov() == v && (a.rel().startsWith("nsubj")
        || a.rel().startsWith("csubj")));
  }

  private static String word(Parse p, int i) {
    return p.tok(i).word().toLowerCase();
  }

  /** "by imposing sanctions on X" read as obl:by(V, sanctions) + amod(sanctions, imposing). */
  private static void gerundAsAdjective(Parse p, Parse.Arc a, List<Parse.Arc> arcs) {
    int v = a.gov();
    int n = a.dep();
    // an active clause only: "was hurt by falling debris" has an adjective after all
    if (v < 0 || !a.rel().startsWith("obl:") || !p.tok(v).verb()
        || p.children(v, "nsubj").isEmpty()) {
      return;
    }
    for (int c : p.children(n, "case")) {
      int g = c + 1;
      if (!GERUND_PREPS.contains(word(p, c)) || g >= n || !p.tok(g).tag().equals("VBG")
          || !p.arcs().contains(new Parse.Arc(n, g, "amod"))) {
        continue;
      }
      arcs.remove(a);
      arcs.remove(new Parse.Arc(n, c, "case"));
      arcs.remove(new Parse.Arc(n, g, "amod"));
      arcs.add(new Parse.Arc(v, g, "advcl:" + word(p, c)));
      arcs.add(new Parse.Arc(g, c, "mark"));
      arcs.add(new Parse.Arc(g, n, "obj"));
      // "accusing X of hiding": the clause on the object is the -ing verb's complement
      for (Parse.Arc x : p.out(n)) {
        if (x.rel().startsWith("acl") && x.dep() > n) {
          arcs.remove(x);
          arcs.add(new Parse.Arc(g, x.dep(), x.rel().replaceFirst("^acl", "advcl")));
        }
      }
      // what follows the object ("against cutting", "for the raid") is the -ing verb's too
      for (Parse.Arc x : p.out(v)) {
        if (x.dep() > n && !x.rel().equals("punct") && !x.rel().startsWith("conj")
            && !x.rel().equals("cc") && !x.rel().startsWith("parataxis")) {
          arcs.remove(x);
          arcs.add(new Parse.Arc(g, x.dep(), x.rel()));
        }
      }
      // an -ing form with its own object after a preposition is a clause, the subject's act
      // after "by", "while" or fronted; a trailing "after shooting ..." stays open (see
      // ParseRepair.adjunctSubject)
      if ((CONTROL_PREPS.contains(word(p, c)) || g < v) && !sayingAux(p, v)) {
        for (int s : p.children(v, "nsubj")) {
          arcs.add(new Parse.Arc(g, s, "nsubj"));
        }
      }
      return;
    }
  }

  /**
   * An -ing clause after "by", "while", "without" (parsed as a clause), or a passive or perfect
   * participle clause ("after being charged", "having been arrested"): the main clause's subject
   * is its doer, or the one it happens to.
   */
  private static void adjunctDoer(Parse p, int g, List<Parse.Arc> arcs) {
    String tag = p.tok(g).tag();
    if (!(tag.equals("VBG") || tag.equals("VBN")) || hasSubject(p, arcs, g)) {
      return;
    }
    int v = p.governor(g, "advcl");
    if (v < 0 || !p.tok(v).verb()) {
      return;
    }
    boolean passive = p.childIn(g, Set.of("being", "been"), "aux:pass");
    boolean perfect = p.childIn(g, Set.of("having"), "aux");
    boolean control = tag.equals("VBG") && p.childIn(g, CONTROL_PREPS, "mark")
        && p.children(g, "aux").isEmpty();
    if (!(passive || perfect || control) || sayingAux(p, v)) {
      return;
    }
    String rel = passive ? "nsubj:pass" : "nsubj";
    List<Integer> subjects = p.children(v, "nsubj");
    if (subjects.isEmpty()) {
      subjects = p.children(v, "nsubj:pass");
    }
    for (int s : subjects) {
      if (!p.tok(s).tag().startsWith("W")) {
        arcs.add(new Parse.Arc(g, s, rel));
      }
    }
  }

  /**
   * "whom lawmakers say held back aid", parsed with "say" as an auxiliary of "held" and the
   * sayers as its subject: that subject is not the doer, so nothing is passed on from it.
   */
  private static boolean sayingAux(Parse p, int v) {
    for (int x : p.children(v, "aux")) {
      if (!AUXILIARIES.contains(p.tok(x).lemma().toLowerCase())) {
        return true;
      }
    }
    return false;
  }

  /** "took the decision to drop": the taker, not "decision", is the infinitive's subject. */
  private static void decisionTo(Parse p, Parse.Arc a, List<Parse.Arc> arcs) {
    int x = a.dep();
    int d = a.gov();
    boolean acl = a.rel().startsWith("acl") && d >= 0;
    boolean xsubj = a.rel().equals("nsubj:xsubj");
    if (!(acl || xsubj)) {
      return;
    }
    if (xsubj) {
      x = a.gov();
      d = a.dep();
    }
    boolean infinitive = p.tok(x).tag().equals("VB") && p.childIn(x, Set.of("to"), "mark");
    boolean ofIng = acl && a.rel().equals("acl:of") && p.tok(x).tag().equals("VBG");
    String noun = p.tok(d).lemma().toLowerCase();
    boolean word = KEPT.contains(noun) && xsubj && infinitive;
    if (!DECISIONS.contains(noun) && !word || !(infinitive || ofIng)) {
      return; // "the decision to withdraw", "the step of expelling"
    }
    int l = p.governor(d, "obj");
    if (l < 0 || !(word ? keeps(p, l) : LIGHT.contains(p.tok(l).lemma().toLowerCase()))) {
      return;
    }
    if (xsubj) {
      arcs.remove(a);
    }
    for (int s : p.children(l, "nsubj")) {
      arcs.add(new Parse.Arc(x, s, "nsubj"));
    }
  }

  /**
   * "kept its promise to", "carried out its threat to", "honoured its pledge to": a word kept is
   * the act done, by the keeper (the parser hangs the act on the verb with "promise" as subject).
   */
  private static boolean keeps(Parse p, int v) {
    String l = p.tok(v).lemma().toLowerCase();
    return !p.negated(v) && (KEEPING.contains(l)
        || l.equals("carry") && p.childIn(v, Set.of("out"), "compound:prt"));
  }

  /** "took the step of expelling two envoys", read with "expelling" an adjective of "envoys". */
  private static void stepOfIng(Parse p, Parse.Arc a, List<Parse.Arc> arcs) {
    int d = a.gov();
    int n = a.dep();
    if (d < 0 || !a.rel().equals("nmod:of")
        || !DECISIONS.contains(p.tok(d).lemma().toLowerCase())) {
      return;
    }
    int l = p.governor(d, "obj");
    if (l < 0 || !LIGHT.contains(p.tok(l).lemma().toLowerCase())) {
      return;
    }
    for (int c : p.children(n, "case")) {
      int g = c + 1;
      if (!word(p, c).equals("of") || g >= n || !p.tok(g).tag().equals("VBG")
          || !p.arcs().contains(new Parse.Arc(n, g, "amod"))) {
        continue;
      }
      arcs.remove(a);
      arcs.remove(new Parse.Arc(n, c, "case"));
      arcs.remove(new Parse.Arc(n, g, "amod"));
      arcs.add(new Parse.Arc(d, g, "acl:of"));
      arcs.add(new Parse.Arc(g, c, "mark"));
      arcs.add(new Parse.Arc(g, n, "obj"));
      for (Parse.Arc x : p.out(n)) {
        if (x.rel().startsWith("nmod:") && !x.rel().equals("nmod:of") && x.dep() > n) {
          arcs.remove(x);
          arcs.add(new Parse.Arc(g, x.dep(), x.rel().replaceFirst("^nmod", "obl")));
        }
      }
      for (int s : p.children(l, "nsubj")) {
        arcs.add(new Parse.Arc(g, s, "nsubj"));
      }
      return;
    }
  }

  /** "called for the prisoners to be released": the "for ... to" clause is what is called for. */
  private static void forToClause(Parse p, Parse.Arc a, List<Parse.Arc> arcs) {
    int v = a.gov();
    int w = a.dep();
    if (v < 0 || !a.rel().startsWith("advcl") || !p.tok(v).verb()
        || !p.childIn(w, Set.of("for"), "mark") || !p.childIn(w, Set.of("to"), "mark")) {
      return;
    }
    arcs.add(new Parse.Arc(v, w, "obl:for"));
  }

  /**
   * A finite verb hung by "dep" with no subject of its own: the subject the parser gave to a
   * participle before it ("an aide to the man named in the report resigned").
   */
  private static void lostSubject(Parse p, Parse.Arc a, List<Parse.Arc> arcs) {
    int w = a.gov();
    int f = a.dep();
    String tag = p.tok(f).tag();
    if (w < 0 || !a.rel().equals("dep") || !(tag.equals("VBD") || tag.equals("VBZ")
        || tag.equals("VBP")) || hasSubject(p, arcs, f)) {
      return;
    }
    // only where the participle took the main verb's place (the root): "X says soldiers
    // killed ..., rejects ..." keeps its reported clause
    boolean root = p.in(w).stream().anyMatch(x -> x.rel().equals("root"));
    if (root && p.tok(w).tag().equals("VBN") && w < f && p.children(w, "aux").isEmpty()
        && p.children(w, "aux:pass").isEmpty()) {
      for (int n : p.children(w, "nsubj")) {
        if (n < w && p.tok(n).noun()) {
          arcs.add(new Parse.Arc(f, n, "nsubj"));
          return;
        }
      }
    }
  }

  /** "Sen. X (D-NY), chairman of the panel, pushed ...": a subjectless finite verb's subject. */
  private static void appositiveSubject(Parse p, int f, List<Parse.Arc> arcs) {
    String tag = p.tok(f).tag();
    if (!(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))
        || hasSubject(p, arcs, f)) {
      return;
    }
    int h = beforeAppositive(p, f);
    if (h >= 0) {
      arcs.add(new Parse.Arc(f, h, "nsubj"));
    }
  }

  /** "NAME (...), a noun phrase, VERB": the name, or -1. */
  private static int beforeAppositive(Parse p, int f) {
    if (f < 2 || !p.tok(f - 1).word().equals(",")) {
      return -1;
    }
    int c = f - 2;
    for (int steps = 0; c >= 0 && !p.tok(c).word().equals(","); c--, steps++) {
      Parse.Tok t = p.tok(c);
      if (steps > 10 || t.verb() && !t.tag().equals("VBG") || t.tag().startsWith("W")) {
        return -1; // a clause, not an appositive ("ranking member" has an -ing adjective)
      }
    }
    if (c < 1 || !p.tok(c + 1).tag().matches("DT|JJ.*|NN.*|VBG|PRP\\$")) {
      return -1;
    }
    int h = c - 1;
    if (p.tok(h).word().equals(")") || p.tok(h).word().equals("-RRB-")) {
      while (h > 0 && !p.tok(h).word().equals("(") && !p.tok(h).word().equals("-LRB-")) {
        h--;
      }
      h--;
    }
    return h >= 0 && p.tok(h).tag().startsWith("NNP") ? h : -1;
  }

  /** "fired round after round of gas at protesters": the target goes with the verb. */
  private static void missileAt(Parse p, Parse.Arc a, List<Parse.Arc> arcs) {
    int v = a.gov();
    int n = a.dep();
    if (v < 0 || !MISSILE_VERBS.contains(p.tok(v).lemma().toLowerCase())
        || !(a.rel().equals("obj") || a.rel().startsWith("obl:")) || !p.tok(n).noun()
        || !p.children(v, "obl:at").isEmpty()) {
      return;
    }
    for (int y : p.children(n, "nmod:at")) {
      arcs.add(new Parse.Arc(v, y, "obl:at"));
    }
  }

  /** "X was among those arrested": X is the one arrested. */
  private static void amongThose(Parse p, Parse.Arc a, List<Parse.Arc> arcs) {
    int t = a.gov();
    int g = a.dep();
    if (t < 0 || !a.rel().equals("acl") || !word(p, t).equals("those")
        || !p.tok(g).tag().equals("VBN") || !p.childIn(t, Set.of("among"), "case")) {
      return;
    }
    for (int x : p.children(t, "nsubj")) {
      arcs.add(new Parse.Arc(g, x, "nsubj:pass"));
    }
  }

  /**
   * "his transfer to the Republic of X, which accuses him of ...": a relative clause whose
   * verb needs a speaker, hung on a noun that names no actor, belongs to the name just before
   * the comma ("Velmora, which", "the Republic of X, which").
   */
  private static void relativeOnName(Parse p, Parse.Arc a, List<Parse.Arc> arcs) {
    int h = a.gov();
    int r = a.dep();
    if (h < 0 || !a.rel().equals("ref") || !(word(p, r).equals("which") || word(p, r).equals("who"))
        || r < 2 || !p.tok(r - 1).word().equals(",") || !p.tok(h).tag().matches("NNS?")
        || GenericActors.codeOf(p.tok(h).lemma().toLowerCase(), word(p, h)) != null) {
      return;
    }
    int n = r - 2;
    if (n <= h || !p.tok(n).tag().startsWith("NNP") || !under(p, n, h)) {
      return;
    }
    for (int v : p.children(h, "acl:relcl")) {
      Parse.Arc subject = new Parse.Arc(v, h, "nsubj");
      if (SPEAKING.contains(p.tok(v).lemma().toLowerCase()) && arcs.contains(subject)) {
        arcs.remove(subject);
        arcs.add(new Parse.Arc(v, n, "nsubj"));
      }
    }
  }

  /** Whether {@code n} hangs from {@code h} by at most three nominal arcs. */
  private static boolean under(Parse p, int n, int h) {
    int x = n;
    for (int i = 0; i < 3 && x >= 0; i++) {
      x = p.governor(x, "nmod", "compound", "appos");
      if (x == h) {
        return true;
      }
    }
    return false;
  }

  /**
   * "X said that the deal had failed them, and demanded talks": a simple past after ", and"
   * conjoined to a reported clause in another tense is the reporter's own second act, not the
   * reported clause's (the parser gives it the reported subject).
   */
  private static void conjoinedAfterReport(Parse p, Parse.Arc a, List<Parse.Arc> arcs) {
    int c = a.gov();
    int v = a.dep();
    if (c < 0 || !a.rel().startsWith("conj") || !p.tok(v).tag().equals("VBD") || v < 2
        || !p.childIn(v, Set.of("and"), "cc") || !p.tok(v - 2).word().equals(",")
        && !p.tok(v - 1).word().equals(",") || !p.children(v, "aux").isEmpty()
        || !p.childIn(c, OWN_AUX, "aux") || p.children(c, "mark").isEmpty()) {
      return;
    }
    int r = p.governor(c, "ccomp");
    if (r < 0 || r > c || !REPORTING.contains(p.tok(r).lemma().toLowerCase())
        || !p.tok(r).tag().equals("VBD")) {
      return;
    }
    List<Integer> reporter = p.children(r, "nsubj");
    if (reporter.isEmpty()) {
      return;
    }
    for (int s : p.children(c, "nsubj")) {
      arcs.remove(new Parse.Arc(v, s, "nsubj"));
    }
    arcs.remove(new Parse.Arc(r, v, "ccomp"));
    arcs.remove(a);
    arcs.add(new Parse.Arc(r, v, a.rel()));
    for (int s : reporter) {
      arcs.add(new Parse.Arc(v, s, "nsubj"));
    }
  }

  /**
   * "responded, saying X would break the law", parsed with "saying" as the clause's mark: the
   * participle is the responder's act of saying and the clause its complement.
   */
  private static void sayingAsMark(Parse p, Parse.Arc a, List<Parse.Arc> arcs) {
    int c = a.gov();
    int s = a.dep();
    if (c < 0 || !a.rel().equals("mark") || !p.tok(s).tag().equals("VBG")
        || !REPORTING.contains(p.tok(s).lemma().toLowerCase()) || s >= c) {
      return;
    }
    for (Parse.Arc up : p.in(c)) {
      if (up.gov() >= 0 && up.gov() < s && p.tok(up.gov()).verb()) {
        arcs.remove(a);
        arcs.remove(up);
        arcs.add(new Parse.Arc(up.gov(), s, "advcl"));
        arcs.add(new Parse.Arc(s, c, "ccomp"));
        return;
      }
    }
  }

  /**
   * "said it \"categorically\" rejects the proposals", parsed with "it" as the object of "said"
   * and the clause hung loose: the pronoun or name is the reported clause's subject.
   */
  private static void splitReport(Parse p, Parse.Arc a, List<Parse.Arc> arcs) {
    int v = a.gov();
    int o = a.dep();
    if (v < 0 || !a.rel().equals("obj") || o < v
        || !SPLIT_SAYING.contains(p.tok(v).lemma().toLowerCase())
        || !(SUBJECT_PRONOUNS.contains(word(p, o)) || p.tok(o).tag().startsWith("NNP"))) {
      return;
    }
    for (int c : p.children(v, "dep")) {
      String tag = p.tok(c).tag();
      boolean finite = tag.equals("VBZ") || tag.equals("VBD") || tag.equals("VBP")
          || !p.children(c, "aux").isEmpty();
      if (c > o && p.tok(c).verb() && finite && !hasSubject(p, arcs, c)) {
        arcs.remove(a);
        arcs.remove(new Parse.Arc(v, c, "dep"));
        arcs.add(new Parse.Arc(v, c, "ccomp"));
        arcs.add(new Parse.Arc(c, o, "nsubj"));
        return;
      }
    }
  }

  /** "Velmora, whose troops shelled the town": the troops are the name's. */
  private static void whose(Parse p, Parse.Arc a, List<Parse.Arc> arcs) {
    int w = a.dep();
    if (a.gov() < 0 || !a.rel().equals("nmod:poss") || !word(p, w).equals("whose") || w < 2
        || !p.tok(w - 1).word().equals(",") || !p.tok(w - 2).tag().startsWith("NNP")) {
      return;
    }
    arcs.remove(a);
    arcs.add(new Parse.Arc(a.gov(), w - 2, "nmod:poss"));
  }

  /**
   * "X issued a statement accusing Y", "in a tweet condemning the raid, X said", "X sent a note
   * to Y protesting": the -ing clause on a message is the act of whoever made the message (the
   * subject of the verb it is the object of, or of the clause it is the setting of), not of the
   * message, nor of its addressee.
   */
  private static void messageMaker(Parse p, Parse.Arc a, List<Parse.Arc> arcs) {
    int m = a.gov();
    int g = a.dep();
    if (m < 0 || !a.rel().equals("acl") || !p.tok(g).tag().equals("VBG") || g < m
        || !p.children(g, "nsubj").isEmpty() || !p.children(g, "mark").isEmpty()) {
      return;
    }
    if (!MESSAGES.contains(p.tok(m).lemma().toLowerCase())) {
      int up = p.governor(m, "nmod:to", "nmod:for");
      int sender = p.governor(m, "obl:to", "obl:for"); // "sent a note to Y"
      for (int o : sender < 0 ? List.<Integer>of() : p.children(sender, "obj")) {
        if (o < m && MESSAGES.contains(p.tok(o).lemma().toLowerCase())) {
          up = o;
        }
      }
      if (up < 0 || !MESSAGES.contains(p.tok(up).lemma().toLowerCase())) {
        return;
      }
      arcs.remove(a); // "a note to Y protesting": the note protests, not Y
      arcs.add(new Parse.Arc(up, g, "acl"));
      m = up;
    }
    int l = p.governor(m, "obj");
    boolean made = l >= 0 && MAKING.contains(p.tok(l).lemma().toLowerCase());
    if (!made) {
      l = p.governor(m, "obl:in"); // "in a tweet accusing Y, X said"
      made = l >= 0 && REPORTING.contains(p.tok(l).lemma().toLowerCase());
    }
    if (!made) {
      return; // not "received a letter threatening him", "read a letter from a soldier"
    }
    for (int s : Adverbials.subjects(p, l)) { // "by issuing an ultimatum demanding": the issuer
      if (!p.tok(s).tag().startsWith("W")) {
        arcs.add(new Parse.Arc(g, s, "nsubj"));
      }
    }
  }
}
