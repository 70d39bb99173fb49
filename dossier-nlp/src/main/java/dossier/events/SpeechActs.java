package dossier.events;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Verbs of saying that do something (PLOVER's verbal acts): asking, pleading, pressing, wanting
 * someone to act (REQUEST), welcoming a decision (SUPPORT), offering or approving (AGREE), balking,
 * not accepting, denying an accusation (REJECT), training forces (AID). Each is an event only
 * with the arguments that make it one: "welcomed the decision" (not "welcomed guests"), "asked for
 * the inquiry to be resumed" (not "asked a question", "when asked"), "wants the UK to extradite
 * X" (not "wants to win"), "did not accept the offer" (a refusal; "accepted the offer" an
 * agreement). The verbs the lexicon has already (urge, demand, reject, praise) keep its rules.
 */
final class SpeechActs {
  /** Verb lemma to the PLOVER type it makes with its arguments. */
  private static final Map<String, String> VERBS = Map.ofEntries(
      Map.entry("welcome", "SUPPORT"), Map.entry("approve", "AGREE"),
      Map.entry("offer", "AGREE"), Map.entry("plead", "REQUEST"),
      Map.entry("implore", "REQUEST"), Map.entry("beg", "REQUEST"),
      Map.entry("ask", "REQUEST"), Map.entry("seek", "REQUEST"),
      Map.entry("press", "REQUEST"), Map.entry("pressure", "REQUEST"),
      Map.entry("pressurise", "REQUEST"), Map.entry("pressurize", "REQUEST"),
      Map.entry("want", "REQUEST"), Map.entry("balk", "REJECT"), Map.entry("baulk", "REJECT"),
      Map.entry("accept", "AGREE"), Map.entry("deny", "REJECT"), Map.entry("train", "AID"));
  /** What welcoming or approving makes support or agreement: a decision, a step, a deal. */
  static final Set<String> DECISIONS = Set.of("decision", "move", "step", "announcement",
      "ruling", "verdict", "agreement", "deal", "ceasefire", "truce", "plan", "proposal",
      "initiative", "release", "resolution", "effort", "measure", "statement", "outcome",
      "result", "report", "request", "bill", "law", "budget", "sanction", "sanctions",
      "extradition", "deployment", "motion", "application", "accord", "treaty", "talks",
      "dialogue", "offer", "reform", "policy", "investigation", "inquiry", "judgment",
      "judgement", "withdrawal", "election", "vote", "referendum", "appointment", "nomination",
      "pact", "declaration", "order", "decree", "arrest", "acquittal", "conviction");
  /** What is sought or asked for in a request (not "sought re-election", "asked a question"). */
  static final Set<String> SOUGHT = Set.of("extradition", "arrest", "release", "asylum",
      "sanction", "sanctions", "talks", "ceasefire", "truce", "compensation", "apology",
      "investigation", "inquiry", "probe", "return", "help", "aid", "assistance", "support",
      "meeting", "review", "withdrawal", "ban", "injunction", "protection", "resignation",
      "removal", "access", "clarification", "explanation", "guarantee", "guarantees",
      "assurance", "assurances", "intervention", "mediation", "negotiation", "negotiations",
      "dialogue", "deportation", "prosecution", "trial", "justice", "punishment", "death",
      "penalty", "halt", "end", "stop", "pardon", "clemency", "bail", "refuge");
  /** What is offered in an offer of help or peace (not "offered a job", "an opinion"). */
  static final Set<String> OFFERED = Set.of("help", "aid", "assistance", "support", "talks",
      "ceasefire", "truce", "concession", "concessions", "asylum", "protection", "deal",
      "compromise", "mediation", "refuge", "troops", "loan", "loans", "funds", "funding",
      "money", "supplies", "vaccine", "vaccines", "shelter", "amnesty", "dialogue",
      "negotiations", "guarantee", "guarantees", "peace", "cooperation", "treatment");
  /** What not accepting is a refusal of, and accepting an agreement to. */
  static final Set<String> PROPOSALS = Set.of("offer", "proposal", "demand", "demands",
      "request", "plan", "deal", "terms", "invitation", "ceasefire", "truce", "agreement",
      "condition", "conditions", "compromise", "mediation", "ultimatum", "settlement", "bid",
      "resignation", "help", "aid", "assistance", "surrender");
  /** What denying is rejecting: an accusation, not a right ("denied bail", "denied vaccines"). */
  static final Set<String> CHARGES = Set.of("accusation", "accusations", "allegation",
      "allegations", "claim", "claims", "charge", "charges", "report", "reports", "wrongdoing",
      "involvement", "responsibility", "role", "link", "links", "guilt", "rumour", "rumor",
      "rumours", "rumors");
  /** Complements that make asking or wanting no request: speech and thought, not acts. */
  private static final Set<String> NO_ACT = Set.of("comment", "know", "say", "speak", "talk",
      "answer", "think", "see", "hear", "understand", "remain", "stay", "name", "identify",
      "be", "have", "win", "get", "go", "come", "make", "play", "look", "feel", "keep", "buy",
      "lose", "fall", "suffer", "fail", "die", "succeed", "happen");
  /** People named by their trade or group who make requests of authorities. */
  private static final Set<String> SPEAKERS = Set.of("doctor", "physician", "nurse", "lawyer",
      "attorney", "relative", "family", "parent", "resident", "activist", "campaigner", "group",
      "union", "association", "coalition", "organization", "organisation", "charity", "expert",
      "scientist", "lawmaker", "legislator", "senator", "official", "teacher", "student",
      "worker", "farmer", "victim", "survivor", "protester", "demonstrator", "opposition");
  /** Those a request goes to that make it news: governments and their organs. */
  private static final Set<String> AUTHORITIES = Set.of("administration", "government",
      "authority", "authorities", "police", "court", "ministry", "department", "agency",
      "president", "governor", "mayor", "council", "congress", "parliament", "minister",
      "prosecutor", "judge", "regime", "state", "army", "military", "commission", "senate");
  /** Adjectives under which a clause is a guess about what may come ("is likely to deploy"). */
  static final Set<String> UNREAL = Set.of("likely", "unlikely", "possible", "unable",
      "liable", "apt", "seem", "appear"); // "seemed to agree": a guess at a view
  /** Verbs whose complement is the purpose of training or arming, not an event ("to fight"). */
  static final Set<String> PURPOSE = Set.of("train", "equip", "arm", "fund", "recruit", "teach",
      "drill");

  /** The raw-text test for these verbs, beside {@link Lexicon#CANDIDATE}. */
  static final Pattern CANDIDATE = Pattern.compile("(?i)\\b(?:welcom|approv|offer|plead|pled\\b"
      + "|implor|beg(?:s|ged|ging)?\\b|ask|seek|sought|press|want|balk|baulk|accept|den(?:y|ied"
      + "|ies|ying)\\b|train)");

  private SpeechActs() {}

  /** Whether a lemma is one of these verbs: the pre-parse test asks before parsing. */
  static boolean trigger(String lemma) {
    return VERBS.containsKey(lemma) || lemma.equals("pled");
  }

  /**
   * The PLOVER type verb {@code v} makes with its arguments, or null: its lemma is one of these
   * verbs and its object, complement or adverbial says what is asked, offered or welcomed.
   */
  static String type(Parse p, int v) {
    Parse.Tok t = p.tok(v);
    if (!t.verb()) {
      return null;
    }
    String lemma = t.lemma().toLowerCase();
    if (lemma.equals("pled")) {
      lemma = "plead";
    }
    String type = VERBS.get(lemma);
    if (type == null || mark(p, v, "when", "if", "whether", "as") || declined(p, v)) {
      return null; // "when asked", "if it wants", "refused to accept": no act of its own
    }
    if (anyObject(p, v)) {
      return null; // "we welcome any step toward dialogue": a stance, not an act
    }
    return switch (lemma) {
      case "welcome", "approve" -> objectIn(p, v, DECISIONS) ? type : null;
      case "offer" -> objectIn(p, v, OFFERED)
          || p.children(v, "obj").isEmpty() && act(p, v, "xcomp") ? type : null;
      case "plead", "implore", "beg" -> !guilty(p, v) && (act(p, v, "xcomp")
          || act(p, v, "advcl") || !p.children(v, "obl:for").isEmpty()) ? type : null;
      case "ask" -> asked(p, v) ? type : null;
      case "seek" -> objectIn(p, v, SOUGHT) ? type : null;
      case "press", "pressure", "pressurise", "pressurize" ->
          asker(p, v) && act(p, v, "xcomp")
              || !p.children(v, "obl:for").isEmpty() && !lemma.equals("press") ? type : null;
      case "want" -> !p.negated(v) && asker(p, v) && act(p, v, "xcomp")
          ? type : null; // "do not want X to lose": a wish against, asked of nobody
      case "balk", "baulk" -> !p.children(v, "obl:at").isEmpty()
          || !p.children(v, "advcl:at").isEmpty() ? type : null;
      case "accept" -> objectIn(p, v, PROPOSALS) ? (p.negated(v) ? "REJECT" : type) : null;
      case "deny" -> objectIn(p, v, CHARGES) ? type : null;
      case "train" -> foreignForces(p, v) ? type : null;
      default -> null;
    };
  }

  /** The relation naming to whom an act of {@code lemma} goes ("offered aid to B"), or "". */
  static String recipient(String lemma) {
    return Set.of("offer", "propose", "appeal", "plead").contains(lemma) ? "obl:to" : "";
  }

  /**
   * The status of an event of these verbs, given the status the clause reads: a negated
   * "accept" is a refusal that happened, not an agreement denied.
   */
  static String status(Parse p, int v, String type, String status) {
    if (Diplomacy.required(p, v)) {
      return null; // "must be agreed by both": required, not done
    }
    if (CriticismIdioms.notRuledOut(p, v, type) && "denied".equals(status)) {
      return "happened"; // "did not rule out force": the threat is made
    }
    if ("REJECT".equals(type) && p.tok(v).lemma().equalsIgnoreCase("accept")
        && "denied".equals(status)) {
      return "happened";
    }
    return status;
  }

  /**
   * A request by people named by their trade or group to an authority: "the nurses pleaded with
   * the ministry to reconsider", "relatives urged the government to act". News without a
   * name, as an arrest by "police" is; only when the one asked is an authority.
   */
  static boolean unnamed(Parse p, int v) {
    String lemma = p.tok(v).lemma().toLowerCase();
    if (!"REQUEST".equals(VERBS.get(lemma)) && !Set.of("urge", "demand", "appeal", "call")
        .contains(lemma)) {
      return false;
    }
    boolean speakers = p.children(v, "nsubj").stream()
        .anyMatch(x -> SPEAKERS.contains(p.tok(x).lemma().toLowerCase()));
    if (!speakers) {
      return false;
    }
    for (Parse.Arc a : p.out(v)) {
      if (a.rel().equals("obj") || a.rel().equals("iobj") || a.rel().startsWith("obl")) {
        if (AUTHORITIES.contains(p.tok(a.dep()).lemma().toLowerCase())) {
          return true;
        }
      }
      if (a.rel().equals("xcomp") || a.rel().startsWith("advcl")) {
        for (int s : p.children(a.dep(), "nsubj")) {
          if (AUTHORITIES.contains(p.tok(s).lemma().toLowerCase())) {
            return true; // "pleaded with the administration to reconsider"
          }
        }
      }
    }
    return false;
  }

  /** "asked for the inquiry to be resumed", "asked X to leave"; not "asked a question". */
  private static boolean asked(Parse p, int v) {
    if (!p.children(v, "obl:for").isEmpty() && objectIn(p, v, SOUGHT)) {
      return true;
    }
    for (int x : p.children(v, "obl:for")) {
      if (SOUGHT.contains(p.tok(x).lemma().toLowerCase())) {
        return true; // "asked for help", "asked for his release"
      }
    }
    for (int x : p.children(v, "advcl")) {
      boolean forMark = p.children(x, "mark").stream()
          .anyMatch(m -> p.tok(m).lemma().equalsIgnoreCase("for"));
      if (forMark && actVerb(p, x)) {
        return true; // "asked for the inquiry to be reopened"
      }
    }
    boolean passive = !p.children(v, "aux:pass").isEmpty();
    return !passive && asker(p, v)
        && act(p, v, "xcomp"); // "asked the court to free him"; not "was asked to comment"
  }

  /**
   * Whether {@code v} has an object before its complement, the one asked ("wants the UK to
   * extradite"); not "what he wanted to write", where the object is the complement's.
   */
  private static boolean asker(Parse p, int v) {
    int comp = p.children(v, "xcomp").stream().findFirst().orElse(-1);
    for (String rel : new String[] {"obj", "iobj"}) {
      for (int x : p.children(v, rel)) {
        if (x > v && (comp < 0 || x < comp) && !p.tok(x).tag().startsWith("W")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code v} has a complement by {@code rel} that is an act, not speech or a state. */
  private static boolean act(Parse p, int v, String rel) {
    for (int x : p.children(v, rel)) {
      if (actVerb(p, x)) {
        return true;
      }
    }
    return false;
  }

  private static boolean actVerb(Parse p, int x) {
    Parse.Tok t = p.tok(x);
    boolean to = p.children(x, "mark").stream()
        .anyMatch(m -> p.tok(m).word().equalsIgnoreCase("to"));
    return t.verb() && to && !NO_ACT.contains(t.lemma().toLowerCase())
        && p.children(x, "advmod").stream().noneMatch(a -> p.tok(a).lemma().equals("not"));
  }

  /**
   * "training the Syrian opposition forces", "trained Kurdish fighters": forces of another, named
   * by a proper name or adjective; not "the army trained 500 recruits" (its own).
   */
  private static boolean foreignForces(Parse p, int v) {
    Set<String> forces = Set.of("opposition", "rebel", "fighter", "army", "militia", "police",
        "guard", "troop", "soldier", "force", "unit", "officer", "personnel");
    for (int x : p.children(v, "obj")) {
      if (!forces.contains(p.tok(x).lemma().toLowerCase())) {
        continue;
      }
      for (Parse.Arc a : p.out(x)) {
        Parse.Tok m = p.tok(a.dep());
        if ((a.rel().equals("amod") || a.rel().equals("compound") || a.rel().startsWith("nmod"))
            && Character.isUpperCase(m.word().charAt(0)) && m.start() > p.tok(0).start()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether an object (or passive subject) of {@code v} has a lemma in {@code words}. */
  static boolean objectIn(Parse p, int v, Set<String> words) {
    return p.childIn(v, words, "obj", "nsubj:pass");
  }

  /** "pleaded guilty", "pleaded not guilty": a plea, no request. */
  private static boolean guilty(Parse p, int v) {
    for (Parse.Arc a : p.out(v)) {
      String w = p.tok(a.dep()).lemma().toLowerCase();
      if (w.equals("guilty") || w.equals("innocent") || w.equals("contest")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the object is anything of its kind ("any step", "every offer"): no one act. */
  private static boolean anyObject(Parse p, int v) {
    for (int x : p.children(v, "obj")) {
      for (int d : p.children(x, "det")) {
        if (Set.of("any", "every", "all", "such").contains(p.tok(d).lemma().toLowerCase())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code v} is the complement of a refusal ("refused to accept the offer"). */
  private static boolean declined(Parse p, int v) {
    int up = p.governor(v, "xcomp");
    return up >= 0 && Set.of("refuse", "decline", "fail", "reject")
        .contains(p.tok(up).lemma().toLowerCase());
  }

  private static boolean mark(Parse p, int v, String... words) {
    Set<String> set = Set.of(words);
    return p.children(v, "mark").stream()
        .anyMatch(m -> set.contains(p.tok(m).lemma().toLowerCase()));
  }
}
