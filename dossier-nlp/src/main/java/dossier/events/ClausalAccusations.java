package dossier.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accusations told as a clause under a verb of saying (PLOVER ACCUSE, allege): "charged that X had
 * broken the truce", "claimed X was responsible for the blast", "said X was not doing enough",
 * "argued that X had failed to honour", "insisted X's troops had committed atrocities", "said X's
 * decision was illegal" and its inverted form "X's decision is illegal, Y said". The clause's
 * subject must be named (or be an act a name owns); its predicate one of the families of
 * wrongdoing: a verb of doing wrong, breaking a rule or pact, committing or hiding a wrong, failing
 * a duty, not doing enough, being responsible, guilty or to blame for a harm, or being judged
 * illegal, a violation or a mistake. A negated clause ("said X had not violated") makes none.
 */
final class ClausalAccusations {
  /** Duties one fails in: "failed to honour", "failed to protect"; not "failed to win". */
  private static final Set<String> DUTIES = Set.of("honour", "honor", "keep", "protect", "stop",
      "prevent", "act", "respond", "comply", "abide", "fulfil", "fulfill", "deliver", "address",
      "halt", "curb", "rein", "tackle", "condemn", "investigate", "punish", "disclose", "report",
      "pay", "implement", "respect", "uphold", "enforce", "take", "do", "provide", "explain",
      "ensure", "observe", "meet", "prosecute", "intervene", "cooperate", "control", "warn",
      "inform", "consult", "notify", "follow", "obey", "acknowledge", "apologise", "apologize",
      "withdraw", "release", "return", "disarm", "crack", "safeguard", "defend", "help",
      "answer", "account", "justify", "reveal", "hand", "secure", "contain", "listen", "heed");

  /** Verbs of keeping one's word, a failure when negated: "is not living up to its pledge". */
  private static final Set<String> KEEPING = Set.of("follow", "live", "deliver", "honour",
      "honor", "keep", "fulfil", "fulfill", "respect", "implement", "make", "stick", "abide",
      "meet", "uphold", "observe", "comply");

  private ClausalAccusations() {}

  /** ACCUSE (or REJECT for a proposal judged unacceptable) for a verb of saying with such a clause. */
  static String type(Parse p, int v) {
    if (!p.tok(v).verb() || !AccuseWords.SAYING.contains(p.tok(v).lemma().toLowerCase())
        || p.negated(v) || Statements.question(p) || !AccuseArgs.speaker(p, v)) {
      return null;
    }
    for (int c : clauses(p, v)) {
      String kind = kind(p, v, c);
      if (kind != null) {
        return kind;
      }
    }
    return null;
  }

  /** Whether a verb of saying ("charged that ...") has a clause of wrongdoing: not a legal charge. */
  static boolean clausal(Parse p, int v) {
    for (int c : clauses(p, v)) {
      if ("ACCUSE".equals(kind(p, v, c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The accused of a verb of saying: the wrongdoing clause's subject or its owner; for "X was to
   * blame", said under "Y said", Y as the source.
   */
  static Map<Integer, String> arguments(Parse p, int v) {
    Map<Integer, String> out = new LinkedHashMap<>();
    String lemma = p.tok(v).lemma().toLowerCase();
    if (AccuseWords.SAYING.contains(lemma)) {
      for (int c : clauses(p, v)) {
        if (kind(p, v, c) != null) {
          for (int s : subjects(p, v, c)) {
            AccuseArgs.owners(p, s).forEach(o -> out.put(o, "TARGET"));
          }
          judgedOwners(p, c).forEach(o -> out.put(o, "TARGET"));
          contradicted(p, c).forEach(o -> out.put(o, "TARGET"));
        }
      }
    }
    if (blamed(p, v)) {
      int say = p.governor(v, "xcomp", "ccomp");
      if (say >= 0 && AccuseWords.SAYING.contains(p.tok(say).lemma().toLowerCase())) {
        p.children(say, "nsubj").forEach(s -> out.put(s, "SOURCE"));
      }
    }
    return out;
  }

  /** "X is to blame", "X was to blame for": the subject is the one blamed. */
  static boolean blamed(Parse p, int v) {
    return p.tok(v).lemma().equalsIgnoreCase("blame") && !p.children(v, "cop").isEmpty()
        && p.children(v, "mark").stream().anyMatch(m -> p.tok(m).word().equalsIgnoreCase("to"));
  }

  /**
   * The clauses a verb of saying governs: its complement (or the parser's dep or xcomp), or, in
   * "X's decision is illegal, Y said", the clause it is a parenthetical of.
   */
  static List<Integer> clauses(Parse p, int v) {
    List<Integer> out = new ArrayList<>();
    for (String rel : new String[] {"ccomp", "dep", "xcomp"}) {
      out.addAll(p.children(v, rel));
    }
    for (Parse.Arc a : p.in(v)) {
      if (a.rel().equals("parataxis") && a.gov() >= 0 && a.gov() < v) {
        out.add(a.gov());
      }
    }
    for (int c : List.copyOf(out)) {
      if (EVIDENT.contains(p.tok(c).lemma().toLowerCase()) && !p.children(c, "cop").isEmpty()) {
        out.addAll(p.children(c, "ccomp")); // "said it is clear that X misled parliament"
      }
    }
    return out;
  }

  /**
   * "it is disgraceful that X's ministers ...": a judgement of an extraposed "that" clause, whose
   * named actors (or named owners of its nouns, a few steps down) are the ones judged. Empty when
   * the judgement has a subject of its own or the clause names no one.
   */
  static List<Integer> judgedOwners(Parse p, int c) {
    List<Integer> out = new ArrayList<>();
    boolean expletive = p.children(c, "nsubj").stream()
        .anyMatch(s -> p.tok(s).word().equalsIgnoreCase("it"));
    if (!expletive) {
      return out;
    }
    for (int x : p.children(c, "ccomp")) {
      if (p.children(x, "mark").stream().anyMatch(m -> p.tok(m).word().equalsIgnoreCase("that"))) {
        owners(p, x, 0, out);
      }
    }
    return out;
  }

  /** What someone said, which a fact may belie: "contradicts statements made by X". */
  private static final Set<String> SAID = Set.of("statement", "statements", "claim", "claims",
      "assurance", "assurances", "account", "testimony", "denial", "denials", "promise",
      "promises", "evidence", "version", "remarks", "comments", "words");

  /**
   * The named speakers whose words clause {@code c} ("X contradicts ...") belies: the owners of
   * its object ("X's claims", "claims by X") or the doer of "statements made by X".
   */
  static List<Integer> contradicted(Parse p, int c) {
    List<Integer> out = new ArrayList<>();
    if (!p.tok(c).lemma().equalsIgnoreCase("contradict")) {
      return out;
    }
    for (int o : p.children(c, "obj")) {
      if (!AccuseArgs.in(p, o, SAID)) {
        continue;
      }
      named(p, o, out, "nmod:poss", "nmod:by"); // "X's claims", "claims by X"
      for (int acl : p.children(o, "acl")) {
        named(p, acl, out, "obl:by", "obl:agent"); // "statements made by X"
      }
    }
    return out;
  }

  /** Adds the named children of {@code x} in {@code rels}, relation by relation. */
  private static void named(Parse p, int x, List<Integer> out, String... rels) {
    for (String rel : rels) {
      p.children(x, rel).stream().filter(y -> AccuseArgs.named(p, y)).forEach(out::add);
    }
  }

  /** Named owners of the nominals under {@code x}, down to three steps (no nested clause). */
  private static void owners(Parse p, int x, int depth, List<Integer> out) {
    for (Parse.Arc a : p.out(x)) {
      String rel = a.rel();
      if (depth < 3 && (rel.startsWith("nsubj") || rel.equals("obj") || rel.startsWith("obl")
          || rel.startsWith("nmod") && !rel.equals("nmod:poss"))) {
        if (p.tok(a.dep()).tag().startsWith("N")) {
          AccuseArgs.owners(p, a.dep()).stream().filter(o -> !out.contains(o)).forEach(out::add);
        }
        owners(p, a.dep(), depth + 1, out);
      }
    }
  }

  /** Words that only vouch for the clause they govern: "it is clear that X lied" says X lied. */
  private static final Set<String> EVIDENT = Set.of("clear", "obvious", "evident", "plain",
      "apparent", "undeniable");

  /** The clause's subject, or the verb's object where the parser split "claimed X was guilty". */
  private static List<Integer> subjects(Parse p, int v, int c) {
    List<Integer> out = new ArrayList<>(p.children(c, "nsubj"));
    List<Integer> between = p.children(v, "obj").stream().filter(o -> v < o && o < c).toList();
    boolean split = p.in(c).stream().anyMatch(a -> a.gov() == v && a.rel().equals("dep"));
    if (!between.isEmpty() && (out.isEmpty() || split)) {
      out = new ArrayList<>(between); // "claimed X | was responsible", "say X | is not doing"
    }
    out.removeIf(s -> p.in(s).stream().anyMatch(a -> a.rel().equals("nsubj:pass")));
    return out;
  }

  /** What clause {@code c} under verb {@code v} says of its named subject, or null. */
  private static String kind(Parse p, int v, int c) {
    List<Integer> subjects = subjects(p, v, c);
    if (subjects.isEmpty() || mark(p, c)) {
      return null;
    }
    boolean named = subjects.stream().anyMatch(s -> AccuseArgs.named(p, s));
    boolean owned = subjects.stream().anyMatch(s -> !AccuseArgs.owners(p, s).isEmpty());
    Parse.Tok t = p.tok(c);
    String lemma = t.lemma().toLowerCase();
    if (notEnough(p, c)) {
      return owned ? "ACCUSE" : null; // "X was not doing enough", "is doing too little"
    }
    if (p.negated(c) || p.children(c, "aux").stream()
        .anyMatch(a -> Set.of("could", "might", "may").contains(p.tok(a).word().toLowerCase()))
        || p.childIn(c, Set.of("would"), "aux") && !wouldDo(p, c, lemma)) {
      return null; // "said X had not violated", "said X could be responsible"
    }
    if (t.verb() && owned && wrong(p, c, lemma)) {
      return "ACCUSE";
    }
    if (lemma.equals("contradict") && !contradicted(p, c).isEmpty()) {
      return "ACCUSE"; // "said the timeline contradicts statements made by X": X misled
    }
    if (lemma.equals("fail") && owned && p.children(c, "xcomp").stream()
        .anyMatch(x -> AccuseArgs.in(p, x, DUTIES))) {
      return "ACCUSE"; // "X had failed to honour its commitments"
    }
    if (p.children(c, "cop").isEmpty()) {
      return null;
    }
    if (named && blame(p, c, lemma)) {
      return "ACCUSE"; // "X was responsible for the blast", "X is to blame", "X was behind it"
    }
    if (owned && AccuseWords.DISAPPROVING.contains(lemma) && subjects.stream()
        .anyMatch(s -> AccuseArgs.in(p, s, Evaluatives.PROPOSALS))) {
      return "REJECT"; // "said X's offer was unacceptable"
    }
    if (owned && AccuseWords.DISAPPROVING.contains(lemma) && !StatementMakers.register(p)) {
      return "ACCUSE"; // "X's decision was illegal", "the raid by X was a violation"
    }
    if (AccuseWords.DISAPPROVING.contains(lemma) && !judgedOwners(p, c).isEmpty()
        && !StatementMakers.register(p)) {
      return "ACCUSE"; // "said it is scandalous that taxpayers pay for X's mistake"
    }
    return null; // "said X's claim is false": EventNouns reads it, with "a spokesman for X"
  }

  /**
   * "said X would break international law": a wrong X is said to be about to do, told by its verb;
   * not under a condition ("would be illegal if X moved") nor a judgement ("would be a mistake").
   */
  private static boolean wouldDo(Parse p, int c, String lemma) {
    return p.tok(c).verb() && p.children(c, "cop").isEmpty()
        && p.children(c, "advcl").stream().noneMatch(x -> mark(p, x)) && wrong(p, c, lemma);
  }

  /** A clause opened by "if", "whether" or "unless" is no statement. */
  private static boolean mark(Parse p, int c) {
    return p.children(c, "mark").stream().anyMatch(m -> Set.of("if", "whether", "unless")
        .contains(p.tok(m).lemma().toLowerCase()));
  }

  /** A verb of doing wrong, alone or with what it wrongs: "had lied", "broke the truce". */
  private static boolean wrong(Parse p, int c, String lemma) {
    if (StatementVerbs.WRONGDOING.contains(lemma) || AccuseWords.WRONG_VERBS.contains(lemma)) {
      return !lemma.equals("cover") || StatementMakers.particle(p, c, "up");
    }
    List<Integer> objects = new ArrayList<>(p.children(c, "obj"));
    objects.addAll(p.children(c, "obl:on")); // "reneged on its pledge"
    if (AccuseWords.BREAK.contains(lemma)) {
      return objects.stream().anyMatch(o -> AccuseArgs.in(p, o, AccuseWords.BROKEN));
    }
    if (AccuseWords.DO.contains(lemma)) {
      return objects.stream().anyMatch(o -> AccuseArgs.in(p, o, AccuseWords.CRIMES)
          || p.children(o, "compound").stream().anyMatch(m -> AccuseArgs.in(p, m,
              AccuseWords.CRIMES)));
    }
    return false;
  }

  /** "responsible for the deaths", "guilty of", "complicit in", "to blame", "behind the attack". */
  private static boolean blame(Parse p, int c, String lemma) {
    if (lemma.equals("responsible") || lemma.equals("accountable") || lemma.equals("liable")) {
      return p.children(c, "obl:for").stream().anyMatch(x -> AccuseArgs.in(p, x,
          AccuseWords.HARMS));
    }
    if (AccuseWords.BLAME_ADJ.contains(lemma)) {
      return true;
    }
    if (lemma.equals("blame")) {
      return p.children(c, "mark").stream().anyMatch(m -> p.tok(m).word().equalsIgnoreCase("to"));
    }
    return AccuseWords.HARMS.contains(lemma) && p.children(c, "case").stream()
        .anyMatch(m -> p.tok(m).lemma().equalsIgnoreCase("behind"));
  }

  /**
   * "was not doing enough", "isn't using X enough", "is doing too little", "is not living up to
   * its promises": a failure charged by the speaker.
   */
  private static boolean notEnough(Parse p, int c) {
    if (!p.tok(c).verb()) {
      return false;
    }
    if (p.negated(c) && KEEPING.contains(p.tok(c).lemma().toLowerCase())) {
      for (Parse.Arc a : p.out(c)) {
        if ((a.rel().equals("obj") || a.rel().startsWith("obl"))
            && AccuseArgs.in(p, a.dep(), AccuseWords.BROKEN)) {
          return true; // "has not followed through on its pledge"
        }
      }
    }
    List<Integer> what = new ArrayList<>(p.children(c, "obj"));
    what.addAll(p.children(c, "advmod"));
    for (int x : p.children(c, "xcomp")) {
      what.addAll(p.children(x, "advmod")); // "not doing enough to stop", "enough" hung lower
    }
    boolean enough = what.stream().anyMatch(x -> p.tok(x).lemma().equalsIgnoreCase("enough"));
    boolean little = what.stream().anyMatch(x -> p.tok(x).lemma().equalsIgnoreCase("little")
        && p.children(x, "advmod").stream().anyMatch(y -> p.tok(y).lemma().equalsIgnoreCase("too")));
    return enough && p.negated(c) || little && p.tok(c).lemma().equalsIgnoreCase("do");
  }
}
