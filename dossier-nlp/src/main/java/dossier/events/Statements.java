package dossier.events;

import dossier.events.StatementVerbs.Frame;
import dossier.events.StatementVerbs.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Political and legal statements told by verbs the lexicon lacks, each read in its frame with the
 * arguments that make it an event: criticism ("rebuked the minister", "lashed out at X", "was
 * slammed by X"), requests ("called on X to", "pushed for", "said X should"), rejections
 * ("dismissed the report as", "ruled out talks", "pushed back on"), praise and backing, warnings,
 * calls by phone, summoned ambassadors, suits, and accusations in a reported clause ("said X had
 * violated", "claimed that X pressured"). A speaker must make the statement: a name, a pronoun or
 * an office ("officials", "the ministry"); the event still needs a named participant to stand.
 * Negated verbs ("did not criticise"), questions, and sport's or markets' register make none.
 */
final class Statements {
  private static final Set<String> MODALS = Set.of("should", "must", "ought");
  /** Objects that make "attack" a verbal attack: what is said or decided, not a place. */
  private static final Set<String> ATTACKED = Set.of("decision", "policy", "policies", "plan",
      "handling", "remarks", "comments", "record", "approach", "response", "stance", "rhetoric",
      "proposal", "bill", "law", "budget", "reform", "reforms", "strategy", "statement",
      "claims", "report", "leadership", "credibility", "integrity", "character", "motives");
  /** Whom one tells news, not orders: "told reporters", "told the BBC". */
  private static final Set<String> AUDIENCE = Set.of("reporter", "reporters", "journalist",
      "journalists", "media", "press", "audience", "crowd", "supporters", "listeners", "viewers",
      "readers", "newspaper", "agency", "radio", "television", "broadcaster", "interviewer");
  /** Relations through which a statement's adverbial names whom it is about. */
  private static final String[] ABOUT = {"obl:at", "obl:over", "obl:about", "obl:against",
      "obl:for", "obl:to"};

  private Statements() {}

  /**
   * Whether {@code text[start, end)} may hold one of these statements: their raw-text test reads
   * each verb in its frame ("declined to attend", not "declined to comment"), so it is enough on
   * its own to parse a sentence; a word test on "took" or "raised" alone would parse far more.
   */
  static boolean candidate(String text, int start, int end) {
    return StatementVerbs.CANDIDATE.matcher(text).region(start, end).find();
  }

  /**
   * A verbal use of a verb the lexicon reads as violence: "hit out at", "hit back at",
   * "attacked the decision". Asked before the lexicon; null when the verb is not used so.
   */
  static String override(Parse p, int v) {
    Parse.Tok t = p.tok(v);
    if (!t.verb() || p.negated(v) || question(p)) {
      return null;
    }
    String lemma = t.lemma().toLowerCase();
    if (lemma.equals("hit") && particle(p, v, "out", "back")
        && !p.children(v, "obl:at").isEmpty()) {
      return "ACCUSE";
    }
    if (lemma.equals("attack") && speaker(p, v)
        && argIn(p, v, ATTACKED, "obj", "nsubj:pass") && !register(p)) {
      return "ACCUSE";
    }
    return null;
  }

  /** The PLOVER type verb {@code v} makes as a statement with its arguments, or null. */
  static String type(Parse p, int v) {
    Parse.Tok t = p.tok(v);
    if (!t.verb()) {
      return null;
    }
    String lemma = t.lemma().toLowerCase();
    Verb verb = StatementVerbs.of(lemma);
    if (verb == null || p.negated(v) || question(p) || modifierOnly(p, v)) {
      return null;
    }
    return switch (verb.frame()) {
      case CRITIC -> (speaker(p, v) || agent(p, v)) && (proper(p, v, "obj", "nsubj:pass")
          && !argIn(p, v, Set.of("me", "us", "you"), "obj", "nsubj:pass")
          || argIn(p, v, StatementVerbs.SPEAKERS, "obj", "nsubj:pass")
          || argIn(p, v, StatementVerbs.POLICY, "obj", "nsubj:pass")
          || !p.children(v, "obl:for").isEmpty() || !p.children(v, "obl:over").isEmpty())
          ? verb.type() : null; // "rebuked the minister", not "scolded me"
      case CRITIC_LOOSE -> critic(p, v, lemma) ? verb.type() : null;
      case REJECT_OBJ -> rejected(p, v, lemma) ? verb.type() : null;
      case PRAISE -> praise(p, v, lemma);
      case PUSH -> push(p, v, lemma);
      case SUGGEST -> suggested(p, v, lemma) ? verb.type() : null;
      case CALL -> call(p, v);
      case REPORT -> reported(p, v);
      case EXPRESS -> expressed(p, v, lemma);
      case COMPLAIN -> speaker(p, v) && (lemma.equals("object")
          ? !p.children(v, "obl:to").isEmpty()
          : !p.children(v, "obl:about").isEmpty() || !p.children(v, "obl:of").isEmpty()
              || !p.children(v, "obl:to").isEmpty() || !p.children(v, "ccomp").isEmpty())
          ? verb.type() : null;
      case PHRASAL -> phrasal(p, v, lemma) ? verb.type() : null;
      case CONCEDE -> speaker(p, v) && (!lemma.equals("climb") || particle(p, v, "down"))
          ? verb.type() : null;
      case PHONE -> speaker(p, v) && (proper(p, v, "obj")
          || argIn(p, v, StatementVerbs.SPEAKERS, "obj")) ? verb.type() : null;
      case SUMMON -> argIn(p, v, StatementVerbs.DIPLOMATS, "obj", "nsubj:pass")
          ? verb.type() : null;
      case SUE -> speaker(p, v) && (proper(p, v, "obj")
          || argIn(p, v, StatementVerbs.SPEAKERS, "obj")) ? verb.type() : null;
      case WARN -> warned(p, v);
      case DECLINE -> declined(p, v) ? verb.type() : null;
    };
  }

  /**
   * Tokens beyond the finder's usual slots that name whom a statement is about: "lashed out at
   * X", "said X had violated" (the clause's subject), "concern over X's plan", "X's claim is
   * false". Empty for other verbs.
   */
  static List<Integer> targets(Parse p, int v) {
    List<Integer> out = new ArrayList<>();
    Verb verb = StatementVerbs.of(p.tok(v).lemma().toLowerCase());
    boolean hit = p.tok(v).lemma().equalsIgnoreCase("hit");
    if (verb == null && !hit) {
      return out;
    }
    Frame f = hit ? Frame.PHRASAL : verb.frame();
    switch (f) {
      case PHRASAL, CRITIC, CRITIC_LOOSE, COMPLAIN -> out.addAll(p.children(v, "obl:at"));
      case CALL -> {
        for (int x : p.children(v, "xcomp")) {
          for (int s : p.children(x, "nsubj")) {
            out.add(s); // "called X a liar", "called X's claims baseless"
            out.addAll(p.children(s, "nmod:poss"));
          }
        }
        for (int x : p.children(v, "obl:for")) {
          for (String rel : new String[] {"nmod:into", "nmod:of", "nmod:against", "nmod:on"}) {
            out.addAll(p.children(x, rel)); // "called for an inquiry into X"
          }
        }
      }
      case REPORT -> {
        for (int c : p.children(v, "ccomp")) {
          out.addAll(p.children(c, "nsubj"));
          for (int s : p.children(c, "nsubj")) {
            out.addAll(p.children(s, "nmod:poss")); // "X's claim is false"
          }
        }
      }
      case EXPRESS -> {
        for (int o : p.children(v, "obj")) {
          for (String rel : new String[] {"nmod:over", "nmod:about", "nmod:at", "nmod:for",
              "nmod:with", "nmod:to", "nmod:of"}) {
            out.addAll(p.children(o, rel));
          }
        }
        for (String rel : ABOUT) {
          out.addAll(p.children(v, rel));
        }
      }
      default -> { }
    }
    return out;
  }

  /** The PLOVER mode of a statement where its verb makes it clear, or null. */
  static String mode(Parse p, int v, String type) {
    Verb verb = StatementVerbs.of(p.tok(v).lemma().toLowerCase());
    if (!type.equals("ACCUSE") && !type.equals("CONSULT")) {
      return null;
    }
    if (verb == null) {
      return p.tok(v).lemma().equalsIgnoreCase("hit")
          || p.tok(v).lemma().equalsIgnoreCase("attack") ? "disapprove" : null;
    }
    return switch (verb.frame()) {
      case CRITIC, CRITIC_LOOSE, PHRASAL, COMPLAIN, EXPRESS, SUMMON, CALL ->
          type.equals("ACCUSE") ? "disapprove" : null;
      case REPORT, SUE -> type.equals("ACCUSE") ? "allege" : null;
      case PHONE -> "phone";
      default -> null;
    };
  }

  private static boolean critic(Parse p, int v, String lemma) {
    if (register(p) || !(speaker(p, v) || agent(p, v))) {
      return false;
    }
    if (lemma.equals("question") || lemma.equals("challenge")) {
      return argIn(p, v, StatementVerbs.POLICY, "obj", "nsubj:pass")
          && !argIn(p, v, Set.of("suspect", "witness"), "obj", "nsubj:pass");
    }
    return proper(p, v, "obj", "nsubj:pass")
        || argIn(p, v, StatementVerbs.SPEAKERS, "obj", "nsubj:pass")
        || argIn(p, v, StatementVerbs.POLICY, "obj", "nsubj:pass");
  }

  private static boolean rejected(Parse p, int v, String lemma) {
    if (register(p) || !(speaker(p, v) || agent(p, v))) {
      return false;
    }
    boolean claims = argIn(p, v, StatementVerbs.CLAIMS, "obj", "nsubj:pass");
    return switch (lemma) {
      case "rule" -> particle(p, v, "out") && !p.children(v, "obj").isEmpty()
          || particle(p, v, "out") && !p.children(v, "nsubj:pass").isEmpty();
      case "turn" -> particle(p, v, "down") && (claims || proper(p, v, "obj", "nsubj:pass"));
      case "brush", "shrug" -> particle(p, v, "off", "aside") && (claims
          || !p.children(v, "obj").isEmpty() && !argIn(p, v, StatementVerbs.REGISTER, "obj"));
      case "rebuff", "spurn" -> claims || p.nameIn(v, "obj", "nsubj:pass");
      case "dismiss" -> claims || !p.children(v, "obl:as").isEmpty()
          && !argIn(p, v, Set.of("case", "lawsuit", "suit", "employee", "worker"), "obj");
      case "refute", "rebut", "repudiate", "disavow" -> claims || p.nameIn(v, "obj", "nsubj:pass")
          || argIn(p, v, StatementVerbs.POLICY, "obj", "nsubj:pass"); // not "repudiate the work"
      default -> claims || argIn(p, v, Set.of("result", "results", "figures", "outcome",
          "election", "vote", "count", "ruling", "verdict", "decision"), "obj", "nsubj:pass");
    };
  }

  private static String praise(Parse p, int v, String lemma) {
    if (!(speaker(p, v) || agent(p, v)) || register(p)) {
      return null;
    }
    boolean object = proper(p, v, "obj", "nsubj:pass")
        || argIn(p, v, StatementVerbs.SPEAKERS, "obj", "nsubj:pass")
        || argIn(p, v, StatementVerbs.POLICY, "obj", "nsubj:pass");
    return switch (lemma) {
      case "back" -> particle(p, v, "down") ? "CONCEDE"
          : p.children(v, "compound:prt").isEmpty() && object && !money(p) ? "SUPPORT" : null;
      // "defended its own decision" backs nobody else: no SUPPORT
      case "defend" -> argIn(p, v, StatementVerbs.POLICY, "obj", "nsubj:pass") && !own(p, v)
          && !argIn(p, v, Set.of("title", "crown", "seat", "position", "border", "city",
              "territory", "country", "homeland"), "obj") ? "SUPPORT" : null;
      case "side" -> !p.children(v, "obl:with").isEmpty() ? "SUPPORT" : null;
      default -> object ? "SUPPORT" : null;
    };
  }

  private static String push(Parse p, int v, String lemma) {
    if (!(speaker(p, v) || agent(p, v)) || register(p)) {
      return null;
    }
    if (lemma.equals("push") && particle(p, v, "back")) {
      return !p.children(v, "obl:on").isEmpty() || !p.children(v, "obl:against").isEmpty()
          ? "REJECT" : null; // "pushed back on the claim", not "pushed back the date"
    }
    if (!p.children(v, "compound:prt").isEmpty()) {
      return null; // "pushed ahead", "pushed through the bill"
    }
    boolean forSomething = !p.children(v, "obl:for").isEmpty();
    boolean someoneTo = !p.children(v, "xcomp").isEmpty() && (proper(p, v, "obj")
        || argIn(p, v, StatementVerbs.SPEAKERS, "obj") || lemma.equals("lobby")
        || lemma.equals("petition")); // "pushed X to quit"; not "pushing hard to"
    return forSomething || someoneTo ? "REQUEST" : null;
  }

  private static boolean suggested(Parse p, int v, String lemma) {
    if (!speaker(p, v)) {
      return false;
    }
    List<Integer> clauses = new ArrayList<>(p.children(v, "xcomp"));
    clauses.addAll(p.children(v, "dep"));
    for (int x : clauses) {
      if (p.tok(x).tag().equals("VBG") && !StatementVerbs.NO_ACT.contains(p.tok(x).lemma())) {
        return true; // "suggested delaying the vote"
      }
    }
    for (int c : p.children(v, "ccomp")) {
      if (p.tok(c).verb() && !StatementVerbs.NO_ACT.contains(p.tok(c).lemma().toLowerCase())
          && (modal(p, c) || lemma.equals("recommend"))) {
        return true; // "suggested that the agency should drop", "recommended that X be charged"
      }
    }
    return lemma.equals("recommend") && argIn(p, v, StatementVerbs.POLICY, "obj");
  }

  private static String call(Parse p, int v) {
    boolean on = particle(p, v, "on") || !p.children(v, "obl:on").isEmpty();
    boolean act = !p.children(v, "xcomp").isEmpty() || !p.children(v, "advcl").isEmpty()
        || !p.children(v, "obl:for").isEmpty();
    if (!(speaker(p, v) || agent(p, v)) || protest(p, v)) {
      return null;
    }
    if (on && act) {
      return "REQUEST"; // "called on X to release", "called on X for restraint"
    }
    if (!p.children(v, "obl:for").isEmpty() && !register(p) && !argIn(p, v,
        Set.of("rain", "snow", "weather", "help"), "obl:for")) {
      return "REQUEST"; // "called for an inquiry"; not "calls for rain"
    }
    {
      for (int x : p.children(v, "xcomp")) { // "called the minister a liar": a small clause
        String w = p.tok(x).lemma().toLowerCase();
        if (StatementVerbs.INSULTS.contains(w)) {
          return "ACCUSE"; // "called the minister a liar"
        }
        if (StatementVerbs.FALSE.contains(w)) {
          return "REJECT"; // "called the report false"
        }
      }
    }
    return null;
  }

  private static String reported(Parse p, int v) {
    if (p.tok(v).lemma().equalsIgnoreCase("tell") && (speaker(p, v) || agent(p, v))) {
      List<Integer> told = new ArrayList<>(p.children(v, "obj"));
      told.addAll(p.children(v, "nsubj:pass"));
      if (argIn(p, v, AUDIENCE, "obj", "iobj", "nsubj:pass")
          || !p.children(v, "iobj").isEmpty()) {
        return null; // "told reporters the decision to ...": an audience, not one ordered
      }
      for (int x : p.children(v, "xcomp")) {
        String w = p.tok(x).lemma().toLowerCase();
        boolean near = told.stream().anyMatch(o -> x > o && x - o <= 6 || x > v && x - v <= 8);
        if (p.tok(x).verb() && !StatementVerbs.NO_ACT.contains(w) && !Lexicon.SAYING.contains(w)
            && !told.isEmpty() && near) {
          return "REQUEST"; // "told Dastria to leave", "were told by the firm to sign"
        }
      }
    }
    if (!speaker(p, v)) {
      return null;
    }
    for (int c : p.children(v, "ccomp")) {
      Parse.Tok t = p.tok(c);
      String lemma = t.lemma().toLowerCase();
      if (p.negated(c)) {
        continue;
      }
      boolean named = proper(p, c, "nsubj") || argIn(p, c, StatementVerbs.SPEAKERS, "nsubj")
          && !argIn(p, c, StatementVerbs.PRONOUNS, "nsubj");
      if (t.verb() && StatementVerbs.WRONGDOING.contains(lemma) && named) {
        return "ACCUSE"; // "said the company had violated the rules"
      }
      if (t.verb() && modal(p, c) && named && !StatementVerbs.NO_ACT.contains(lemma)
          && p.children(c, "aux:pass").isEmpty()) {
        return "REQUEST"; // "said the agency should drop the programme"
      }
      // "said the ministry's claim is false": EventNouns reads it (with "a spokesman for X")
    }
    return null;
  }

  private static String expressed(Parse p, int v, String lemma) {
    if (!(speaker(p, v) || agent(p, v))) {
      return null;
    }
    for (int o : objects(p, v)) {
      String w = p.tok(o).lemma().toLowerCase();
      if (w.equals("regret") && !lemma.equals("raise")) {
        return "CONCEDE"; // PLOVER: regret is a concession
      }
      if (StatementVerbs.DISAPPROVAL.contains(w) && about(p, v, o)) {
        return "ACCUSE"; // "concern over X's tests", not "concern about a contract"
      }
      if (StatementVerbs.BACKING.contains(w) && !lemma.equals("raise")
          && !lemma.equals("register")) {
        return "SUPPORT"; // "raised support" is fundraising
      }
    }
    return null;
  }

  private static boolean phrasal(Parse p, int v, String lemma) {
    if (!(speaker(p, v) || agent(p, v)) || register(p)) {
      return false;
    }
    return switch (lemma) {
      case "lash" -> particle(p, v, "out");
      case "rail", "inveigh" -> !p.children(v, "obl:against").isEmpty();
      case "round" -> !p.children(v, "obl:on").isEmpty();
      case "take" -> !p.children(v, "obl:at").isEmpty()
          && argIn(p, v, Set.of("aim", "swipe", "jab", "potshot", "potshots", "swipes"), "obj");
      case "speak" -> particle(p, v, "out") && !p.children(v, "obl:against").isEmpty();
      default -> false;
    };
  }

  private static String warned(Parse p, int v) {
    if (!speaker(p, v)) {
      return null;
    }
    if (argIn(p, v, StatementVerbs.REPRISALS, "obl:of")) {
      return "THREATEN"; // "warned of consequences"
    }
    boolean someone = !p.children(v, "obj").isEmpty();
    boolean against = !p.children(v, "obl:against").isEmpty()
        || !p.children(v, "advcl:against").isEmpty();
    boolean notTo = p.children(v, "xcomp").stream().anyMatch(x -> p.negated(x));
    return someone && (against || notTo) ? "REQUEST" : null;
  }

  private static boolean declined(Parse p, int v) {
    if (!speaker(p, v) || register(p)) {
      return false;
    }
    for (int x : p.children(v, "xcomp")) {
      String w = p.tok(x).lemma().toLowerCase();
      if (p.tok(x).verb() && StatementVerbs.DECLINED.contains(w)) {
        return true; // "declined to attend", not "declined to comment", "to make an offer"
      }
    }
    return argIn(p, v, Set.of("invitation", "offer", "request", "proposal", "demand", "demands",
        "call", "calls", "appeal"), "obj");
  }

  /**
   * Whether what is disapproved of is an actor or a policy: the noun's or the verb's "over",
   * "about", "at" phrase, or the verb's object's own modifiers, name one.
   */
  private static boolean about(Parse p, int v, int o) {
    List<Integer> what = new ArrayList<>();
    for (String rel : new String[] {"nmod:over", "nmod:about", "nmod:at", "nmod:with", "nmod:on",
        "nmod:regarding", "nmod:to"}) {
      what.addAll(p.children(o, rel));
    }
    for (String rel : ABOUT) {
      what.addAll(p.children(v, rel));
    }
    for (int x : what) {
      Parse.Tok t = p.tok(x);
      if (t.tag().startsWith("NNP") || StatementVerbs.POLICY.contains(t.lemma().toLowerCase())
          || StatementVerbs.SPEAKERS.contains(t.lemma().toLowerCase())
          || p.children(x, "nmod:poss").stream().anyMatch(y -> p.tok(y).tag().startsWith("NNP"))) {
        return true;
      }
    }
    return !p.children(v, "ccomp").isEmpty() || !p.children(o, "acl").isEmpty();
  }

  /** "calling for higher pay" said by a rally: a protest's demand, PLOVER's PROTEST, no request. */
  private static boolean protest(Parse p, int v) {
    if (!p.tok(v).tag().equals("VBG")) {
      return false;
    }
    for (int i = 0; i < p.tokens().size(); i++) {
      if ("PROTEST".equals(Lexicon.type(p.tok(i)))) {
        return true;
      }
    }
    return false;
  }

  /** Money in the sentence: "a deal backed by a fund for $300m" is finance, not support. */
  private static boolean money(Parse p) {
    return p.tokens().stream().anyMatch(t -> t.word().equals("$") || t.word().equals("€")
        || t.word().equals("£") || Set.of("million", "billion", "investor", "investors", "fund",
            "stake", "shares", "loan").contains(t.lemma().toLowerCase()));
  }

  /** Whether the clause at {@code c} has "should", "must" or "ought" as its auxiliary. */
  private static boolean modal(Parse p, int c) {
    for (int a : p.children(c, "aux")) {
      if (MODALS.contains(p.tok(a).word().toLowerCase())) {
        return true;
      }
    }
    return false;
  }

  /** Objects of {@code v} and their conjuncts. */
  private static List<Integer> objects(Parse p, int v) {
    List<Integer> out = new ArrayList<>();
    for (int o : p.children(v, "obj")) {
      out.add(o);
      out.addAll(p.children(o, "conj"));
    }
    return out;
  }

  /**
   * Whether the active subject of {@code v} (or of the verb it is the controlled complement of)
   * is a speaker: a proper name, a pronoun, or an office or group that speaks.
   */
  private static boolean speaker(Parse p, int v) {
    if (!p.children(v, "nsubj:pass").isEmpty() || !p.children(v, "aux:pass").isEmpty()) {
      return false;
    }
    List<Integer> subjects = new ArrayList<>(p.children(v, "nsubj"));
    if (subjects.isEmpty()) {
      int up = p.governor(v, "conj", "xcomp");
      if (up >= 0) {
        subjects.addAll(p.children(up, "nsubj"));
      }
    }
    for (int s : subjects) {
      if (namedOrSpeaker(p, s)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a passive {@code v} has a speaker as its agent ("was slammed by X"). */
  private static boolean agent(Parse p, int v) {
    for (String rel : new String[] {"obl:agent", "obl:by"}) {
      for (int a : p.children(v, rel)) {
        if (namedOrSpeaker(p, a)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean namedOrSpeaker(Parse p, int s) {
    Parse.Tok t = p.tok(s);
    if (t.tag().startsWith("NNP") || StatementVerbs.SPEAKERS.contains(t.lemma().toLowerCase())
        || StatementVerbs.PRONOUNS.contains(t.word().toLowerCase())
        || StatementVerbs.SPEAKERS.contains(t.word().toLowerCase())
        || GenericMakers.speaks(p, s)) {
      return true;
    }
    for (int m : p.children(s, "compound")) {
      if (p.tok(m).tag().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  /** Whether an argument of {@code v} in {@code rels} is a proper name or a person pronoun. */
  private static boolean proper(Parse p, int v, String... rels) {
    for (String rel : rels) {
      for (int x : p.children(v, rel)) {
        Parse.Tok t = p.tok(x);
        if (t.tag().startsWith("NNP") || Set.of("him", "her", "them", "he", "she", "they")
            .contains(t.word().toLowerCase())) {
          return true;
        }
        for (int m : p.children(x, "compound")) {
          if (p.tok(m).tag().startsWith("NNP")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether {@code v}'s object is the speaker's own ("defended its decision"). */
  private static boolean own(Parse p, int v) {
    for (int o : p.children(v, "obj")) {
      for (int x : p.children(o, "nmod:poss")) {
        if (Set.of("its", "their", "his", "her", "our", "my", "own")
            .contains(p.tok(x).word().toLowerCase())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean argIn(Parse p, int v, Set<String> words, String... rels) {
    return p.childIn(v, words, rels);
  }

  private static boolean particle(Parse p, int v, String... words) {
    Set<String> ws = Set.of(words);
    for (String rel : new String[] {"compound:prt", "advmod"}) {
      for (int x : p.children(v, rel)) {
        if (ws.contains(p.tok(x).lemma().toLowerCase())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Verbal types a question only asks about ("Will X condemn Y?", "Did X reject it?"). */
  private static final Set<String> SAID = Set.of("ACCUSE", "REQUEST", "REJECT", "SUPPORT",
      "THREATEN");

  /**
   * Whether verb {@code v}, a statement of {@code type}, is asked about in a yes/no question: its
   * auxiliary stands before its subject and the sentence ends its clause with "?".
   */
  static boolean asked(Parse p, int v, String type) {
    if (!SAID.contains(type) || !p.tok(v).verb() || !question(p)) {
      return false;
    }
    for (int a : p.children(v, "aux")) {
      for (int s : p.children(v, "nsubj")) {
        if (a < s) {
          return true;
        }
      }
    }
    return false;
  }

  /** A question is no statement of its own ("Will the minister criticise X?"). */
  private static boolean question(Parse p) {
    return p.tokens().stream().anyMatch(t -> t.word().equals("?"));
  }

  /** "the disputed region", "a backed loan": a participle that only modifies a noun. */
  private static boolean modifierOnly(Parse p, int v) {
    return p.in(v).stream().anyMatch(a -> a.rel().equals("amod"))
        && p.children(v, "nsubj").isEmpty() && p.children(v, "obj").isEmpty();
  }

  /** Whether the sentence speaks of sport, markets or things (where "slammed" is literal). */
  private static boolean register(Parse p) {
    for (Parse.Tok t : p.tokens()) {
      if (StatementVerbs.REGISTER.contains(t.word().toLowerCase())) {
        return true;
      }
    }
    return false;
  }
}
