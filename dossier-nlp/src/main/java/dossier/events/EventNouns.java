package dossier.events;

import dossier.model.Participant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Events political and legal news tells as nouns (PLOVER's verbal and legal acts): "Velmora's
 * accusations against Dastria", "calls by the opposition for X to resign", "a threat to impose
 * tariffs", "criticism from X", "sanctions on X", "the withdrawal of X's troops", "X faces
 * charges", "launched an investigation into X", "a phone call between X and Y", "X's trip to Y".
 * A noun is an event only when the text says it was made: a light verb's subject made it ("X
 * issued a warning", "X imposed sanctions on Y"), or its maker is named in a possessive, "by" or
 * "from" phrase ("criticism from X"), or its target receives it ("X faces charges", "came under
 * criticism"). A noun with nobody named ("calls for reform are growing", "the threat of rain"), a
 * copula's assessment ("X is a threat to Y"), "no" or "any" before it, a hypothetical, and an act
 * only wanted ("demanded the withdrawal") make no event.
 */
final class EventNouns {
  /** Noun lemma to the PLOVER type it tells. */
  private static final Map<String, String> NOUNS = Map.ofEntries(
      Map.entry("accusation", "ACCUSE"), Map.entry("allegation", "ACCUSE"),
      Map.entry("criticism", "ACCUSE"), Map.entry("condemnation", "ACCUSE"),
      Map.entry("denunciation", "ACCUSE"), Map.entry("rebuke", "ACCUSE"),
      Map.entry("complaint", "ACCUSE"), Map.entry("charge", "ACCUSE"),
      Map.entry("indictment", "ACCUSE"), Map.entry("lawsuit", "ACCUSE"),
      Map.entry("impeachment", "ACCUSE"), Map.entry("investigation", "ACCUSE"),
      Map.entry("probe", "ACCUSE"), Map.entry("inquiry", "ACCUSE"),
      Map.entry("enquiry", "ACCUSE"),
      Map.entry("call", "REQUEST"), Map.entry("demand", "REQUEST"),
      Map.entry("appeal", "REQUEST"), Map.entry("request", "REQUEST"),
      Map.entry("plea", "REQUEST"),
      Map.entry("threat", "THREATEN"), Map.entry("ultimatum", "THREATEN"),
      Map.entry("warning", "THREATEN"),
      Map.entry("rejection", "REJECT"), Map.entry("refusal", "REJECT"),
      Map.entry("veto", "REJECT"),
      Map.entry("praise", "SUPPORT"), Map.entry("endorsement", "SUPPORT"),
      Map.entry("sanction", "SANCTION"), Map.entry("sanctions", "SANCTION"),
      Map.entry("embargo", "SANCTION"), Map.entry("ban", "SANCTION"),
      Map.entry("boycott", "SANCTION"),
      Map.entry("withdrawal", "RETREAT"), Map.entry("trip", "CONSULT"));
  /** Nouns of saying: an event only with its speaker named. */
  private static final Set<String> SPEECH = Set.of("accusation", "allegation", "criticism",
      "condemnation", "denunciation", "rebuke", "call", "demand", "appeal", "request", "plea",
      "threat", "ultimatum", "warning", "rejection", "refusal", "veto", "praise", "endorsement");
  /** Legal proceedings: an event with their target named, when made or faced. */
  private static final Set<String> LEGAL = Set.of("charge", "indictment", "lawsuit",
      "complaint", "impeachment", "investigation", "probe", "inquiry", "enquiry");
  /** Nouns whose possessive is the one the act is done to ("his indictment"). */
  private static final Set<String> DONE_TO = Set.of("indictment", "impeachment");
  /** Verbs whose subject makes the noun's act ("issued a warning", "imposed sanctions"). */
  private static final Set<String> LIGHT = Set.of("make", "level", "issue", "file", "bring",
      "lodge", "launch", "open", "impose", "slap", "announce", "express", "voice", "repeat",
      "renew", "reiterate", "deliver", "send", "step", "intensify", "escalate", "press",
      "publish", "hurl", "unleash", "heap", "lead", "join", "echo", "place", "put", "enact",
      "introduce", "adopt", "order", "conduct", "begin", "start", "initiate", "carry", "hold",
      "have", "take", "go", "pay", "expand", "tighten", "extend", "reimpose", "re-impose",
      "lay", "submit", "present", "use", "cast", "exercise", "wield", "complete", "mount",
      "offer", "pile", "add", "reissue", "sign", "pen", "write", "give");
  /** Verbs whose subject receives the noun's act ("faces charges", "drew criticism"). */
  private static final Set<String> RECEIVE = Set.of("face", "draw", "attract", "receive",
      "meet", "earn", "incur", "prompt", "provoke", "spark", "trigger", "win", "garner");
  /** Of those, the ones whose subject is the cause, not the target ("the law drew criticism"). */
  private static final Set<String> CAUSE = Set.of("prompt", "provoke", "spark", "trigger");
  /** Verbs that lift a sanction (PLOVER CONCEDE: easing a restriction). */
  private static final Set<String> LIFT = Set.of("lift", "ease", "remove", "relax", "end",
      "scrap", "suspend", "waive");
  /** Governors under which an act is only wanted or opposed, not done ("demanded the withdrawal"). */
  private static final Set<String> WANTING = Set.of("want", "ask", "seek", "urge", "demand",
      "call", "press", "pressure", "push", "plead", "implore", "hope", "wish", "threaten", "vow",
      "warn", "propose", "consider", "oppose", "request", "appeal", "recommend", "weigh",
      "discuss", "debate", "study", "avoid", "prevent", "fear", "rule", "plan", "intend");
  /** Modifiers of a trip that make it no visit of state ("a ski trip"). */
  private static final Set<String> LEISURE = Set.of("ski", "skiing", "fishing", "hunting",
      "school", "field", "family", "holiday", "vacation", "camping", "road", "shopping",
      "honeymoon", "golf", "birthday", "business", "work", "research", "study", "day");
  /** Modifiers that make a call one on the phone. */
  private static final Set<String> PHONE = Set.of("phone", "telephone", "video", "conference",
      "teleconference");
  /** What a call or demand asks for beyond {@link SpeechActs#SOUGHT}. */
  private static final Set<String> ASKED = Set.of("calm", "restraint", "peace", "unity",
      "reform", "reforms", "change", "action", "transparency", "accountability", "elections",
      "election", "referendum", "independence", "sanctions", "boycott", "impeachment", "recount",
      "cooperation", "de-escalation", "negotiations", "release", "freedom", "resignation");
  /** Nouns whose clause is only wished for ("calls for X to release"): hoped, not done. */
  private static final Set<String> WISHED = Set.of("call", "demand", "request", "appeal", "plea",
      "plan", "proposal", "bid", "effort", "attempt", "push", "pressure", "offer", "promise",
      "pledge", "intention", "desire", "hope", "wish", "readiness", "willingness", "refusal",
      "reluctance", "failure");
  /** Nouns whose clause is threatened: the threat is the event, not what it threatens. */
  private static final Set<String> THREATS = Set.of("threat", "ultimatum", "warning", "vow");

  /**
   * The status a clause takes from the noun it completes ("calls for X to release the
   * prisoners": hoped; "a threat to attack": no event of its own, the threat is one), or null
   * when it completes no such noun; "" for no event.
   */
  static String clauseStatus(Parse p, int v) {
    for (Parse.Arc a : p.in(v)) {
      if (a.gov() >= 0 && a.rel().startsWith("acl") && !a.rel().equals("acl:relcl")) {
        String noun = p.tok(a.gov()).lemma().toLowerCase();
        if (THREATS.contains(noun)) {
          // "an ultimatum demanding that X withdraw": the demand is the ultimatum's own act
          return Demands.verb(p.tok(v).lemma()) ? null : "";
        }
        if (WISHED.contains(noun)) {
          return noun.equals("refusal") || noun.equals("failure") || noun.equals("reluctance")
              ? "" : "hoped";
        }
      }
    }
    return null;
  }

  /** What a speaker may call false: a claim, an accusation, a report. */
  private static final Set<String> DISPUTED = Set.of("claim", "accusation", "allegation",
      "charge", "report", "assertion", "statement", "story", "suggestion");
  /** What a speaker calls a claim to reject it. */
  private static final Set<String> FALSE = Set.of("false", "untrue", "baseless", "unfounded",
      "groundless", "absurd", "ridiculous", "fabricated", "wrong", "inaccurate", "incorrect",
      "misleading", "preposterous", "nonsensical", "bogus");
  /** Verbs of saying whose complement is the speaker's own view. */
  private static final Set<String> SAYING = Set.of("say", "tell", "insist", "state", "add",
      "reply", "respond", "counter", "write", "declare", "maintain", "argue", "stress");

  /** Verbs whose infinitive is an act decided on, so done ("voted to impose sanctions"). */
  private static final Set<String> DECIDED = Set.of("vote", "decide", "move", "decision");

  /** Determiners under which a noun names no act ("no threats", "any sanctions"). */
  private static final Set<String> NONE = Set.of("no", "any", "every", "such");

  /** The raw-text test for these nouns, beside {@link Lexicon#CANDIDATE}. */
  static final Pattern CANDIDATE = Pattern.compile("(?i)\\b(?:accusation|allegation|criticism"
      + "|condemnation|denunciation|rebuke|complaint|charges|indictment|lawsuit|impeachment"
      + "|investigation|probe|inquir|enquir|calls?\\b|demands?\\b|appeals?\\b|requests?\\b|pleas?\\b"
      + "|threat|ultimatum|warning|rejection|refusal|veto|praise|endorsement|sanction|embargo"
      + "|bans?\\b|boycott|withdrawal|trips?\\b|march(?:es)?\\b"
      // a claim called false by a speaker
      + "|(?:claims?|reports?|assertions?|statements?|stor(?:y|ies)|suggestions?)\\b[^.]{0,80}?"
      + "\\b(?:false|untrue|baseless|unfounded|groundless|absurd|ridiculous|fabricated|wrong"
      + "|inaccurate|incorrect|misleading|preposterous|nonsensical|bogus)\\b)");

  private EventNouns() {}

  /** Whether a lemma is one of these nouns: the pre-parse word test asks before parsing. */
  static boolean trigger(String lemma) {
    return NOUNS.containsKey(lemma) || DISPUTED.contains(lemma);
  }

  /**
   * "during a clash between police and students": fighting between two sides told in a phrase
   * of the clause that happened in it (not "decades of clashes between", which is no phrase of time).
   */
  static boolean fightingBetween(Parse p, int n, int gov) {
    boolean during = gov >= 0 && p.children(n, "case").stream()
        .anyMatch(x -> p.tok(x).lemma().equalsIgnoreCase("during"));
    // "51 people were killed in clashes between police and protesters": deaths in fighting
    // whose two sides are given are news of that fighting, not a reference back to it
    boolean killedIn = gov >= 0 && Lexicon.CASUALTY.contains(p.tok(gov).lemma())
        && p.in(n).stream().anyMatch(a -> a.gov() == gov && a.rel().equals("obl:in"));
    return (during || killedIn) && p.children(n, "nmod:between").size() >= 2;
  }

  /** Whether token {@code n} is a march: a protest, told in lower case (not the month). */
  static boolean march(Parse p, int n) {
    Parse.Tok t = p.tok(n);
    return t.noun() && (t.word().equals("march") || t.word().equals("marches"));
  }

  /** Whether token {@code n} is a noun this class reads. */
  static boolean noun(Parse p, int n) {
    Parse.Tok t = p.tok(n);
    return t.noun() && !t.tag().startsWith("NNP")
        && (NOUNS.containsKey(lemma(t)) || DISPUTED.contains(lemma(t))) || Diplomacy.noun(p, n);
  }

  /**
   * "X said Y's claim is false": the speaker rejects Y's claim (PLOVER REJECT), told in reported
   * speech. Only with the speaker named as the subject of the verb of saying; the claim's maker,
   * when named, is the target.
   */
  private static DepFinder.Found falseClaim(Parse p, DepFinder.Context c, int n) {
    int adj = -1;
    for (Parse.Arc a : p.in(n)) {
      if (a.rel().equals("nsubj") && a.gov() >= 0 && p.tok(a.gov()).tag().startsWith("JJ")
          && FALSE.contains(p.tok(a.gov()).lemma().toLowerCase())) {
        adj = a.gov();
      }
    }
    if (adj < 0 || p.negated(adj)) {
      return null;
    }
    int say = p.governor(adj, "ccomp");
    if (say < 0 || !SAYING.contains(p.tok(say).lemma().toLowerCase())) {
      return null;
    }
    Map<String, Participant> parts = new LinkedHashMap<>();
    for (int s : p.children(say, "nsubj")) {
      Participants.addActors(p, c, s, "SOURCE", parts);
      for (int x : p.children(s, "nmod:for")) {
        Participants.addActors(p, c, x, "SOURCE", parts); // "a spokesman for X"
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    for (int x : p.children(n, "nmod:poss")) {
      Participants.addActors(p, c, x, "TARGET", parts);
    }
    for (int x : p.children(n, "nmod:by")) {
      Participants.addActors(p, c, x, "TARGET", parts);
    }
    String status = ClauseStatus.status(p, say, "REJECT");
    if (status == null || !status.equals("happened")) {
      return null;
    }
    return DepFinder.found(p, c, n, say, "REJECT", status, null, null, parts, false);
  }

  private static String lemma(Parse.Tok t) {
    String w = t.word().toLowerCase();
    return w.equals("sanctions") ? "sanction" : t.lemma().toLowerCase();
  }

  /** The event noun {@code n} tells, or null. */
  static DepFinder.Found event(Parse p, DepFinder.Context c, int n) {
    if (Diplomacy.noun(p, n)) {
      return Diplomacy.event(p, c, n); // "the military buildup continues"
    }
    String lemma = lemma(p.tok(n));
    String type = NOUNS.getOrDefault(lemma, "REJECT");
    if (Senses.drop(p, n, type)) {
      return null; // an accounting charge, a market's demand (audit of unannotated news)
    }
    if (DepFinder.SPORT.matcher(c.text().substring(c.start(), c.end())).find()
        || p.children(n, "det").stream().anyMatch(d -> NONE.contains(p.tok(d).lemma()))
        || assessment(p, n)) {
      return null;
    }
    if (DISPUTED.contains(lemma)) {
      DepFinder.Found rejected = falseClaim(p, c, n);
      if (rejected != null || !NOUNS.containsKey(lemma)) {
        return rejected; // the claim rejected is the news, not the claim
      }
    }
    int gov = LexiconNouns.governingVerb(p, n);
    String govLemma = gov >= 0 ? p.tok(gov).lemma().toLowerCase() : "";
    String rel = gov >= 0 ? relation(p, gov, n) : "";
    boolean light = gov >= 0 && LIGHT.contains(govLemma)
        && (rel.equals("obj") || rel.equals("nsubj:pass"))
        && (SPEECH.contains(lemma) || !govLemma.equals("lead")) // "led calls"; not "led the inquiry"
        && !infinitive(p, gov);
    // "raised the point in criticism of X", "in a rebuke to X": the clause's subject speaks
    boolean manner = gov >= 0 && rel.equals("obl:in") && SPEECH.contains(lemma)
        && p.children(n, "det").isEmpty() && !p.children(gov, "nsubj").isEmpty();
    light |= manner;
    boolean receive = gov >= 0 && RECEIVE.contains(govLemma) && rel.equals("obj")
        || gov >= 0 && rel.equals("obl:under") || under(p, n);
    if (lemma.equals("call") && phone(p, n)) {
      type = "CONSULT"; // "a phone call between X and Y"
    }
    if (type.equals("SANCTION") && gov >= 0 && LIFT.contains(govLemma) && rel.equals("obj")) {
      type = "CONCEDE"; // "lifted the sanctions on X": easing a restriction
      light = true;
    }
    Map<String, Participant> parts = new LinkedHashMap<>();
    boolean source = sources(p, c, n, lemma, type, parts);
    if (light) {
      int before = parts.size();
      for (int s : Adverbials.subjects(p, gov)) { // "by issuing an ultimatum": the main subject
        Participants.addActors(p, c, s, "SOURCE", parts);
      }
      for (int s : p.children(gov, "obl:agent")) {
        Participants.addActors(p, c, s, "SOURCE", parts);
      }
      for (int s : rel.equals("nsubj:pass") ? p.children(gov, "obl:by") : List.<Integer>of()) {
        Participants.addActors(p, c, s, "SOURCE", parts); // "sanctions imposed on X by Y"
      }
      for (String r : new String[] {"iobj", "obl:on", "obl:against", "obl:into"}) {
        for (int s : p.children(gov, r)) {
          Participants.addActors(p, c, s, "TARGET", parts); // "imposed sanctions on X", "gave X a warning"
        }
      }
      source |= parts.size() > before;
    } else if (receive && gov >= 0 && !CAUSE.contains(govLemma)) {
      for (int s : p.children(gov, "nsubj")) {
        Participants.addActors(p, c, s, "TARGET", parts);
      }
    }
    if (under(p, n)) {
      for (int s : p.children(n, "nsubj")) {
        Participants.addActors(p, c, s, "TARGET", parts); // "X is under investigation"
      }
    }
    if (parts.values().stream().noneMatch(x -> x.role().equals("SOURCE"))) {
      GenericMakers.nounMakers(p, c, n, gov, light, lemma, type, parts); // "criticism from critics"
    }
    targets(p, c, n, lemma, type, parts);
    boolean target = parts.values().stream().anyMatch(x -> x.role().equals("TARGET"));
    source = parts.values().stream().anyMatch(x -> x.role().equals("SOURCE"));
    if (!enough(lemma, type, light, receive, manner,
        receive && gov >= 0 && govLemma.equals("receive"), source, target, parts, p, c, n)) {
      return null;
    }
    if (!light && !receive && gov >= 0 && !SPEECH.contains(lemma) && wanted(p, gov)) {
      return null; // "demanded the withdrawal of the troops": wanted, not done
    }
    if (gov < 0 && !SPEECH.contains(lemma) && askedFor(p, n)) {
      return null; // "the resolution calls for X's withdrawal", "calls" read as a noun
    }
    String status = ClauseStatus.status(p, gov >= 0 ? gov : n, type);
    if (status == null || status.equals("hoped") || status.equals("denied")) {
      return null;
    }
    if (!light && !status.equals("claimed")) {
      status = "happened"; // "X's threats": told as made, whatever the clause around says of it
    }
    String location = Places.place(p, c, n);
    if (location == null && gov >= 0 && (light || receive)) {
      location = Places.place(p, c, gov);
    }
    if (location != null && parts.containsKey(location)) {
      location = null; // a country visited is a side met, not only a place
    }
    String mode = Modes.of(p, n, type, lemma, parts.size());
    return DepFinder.found(p, c, n, gov >= 0 && (light || receive) ? gov : n, type, status,
        mode, location, parts, false);
  }

  /** Whether the noun's act stands with the participants found. */
  private static boolean enough(String lemma, String type, boolean light, boolean receive,
      boolean manner, boolean received, boolean source, boolean target, Map<String, Participant> parts, Parse p,
      DepFinder.Context c, int n) {
    if (parts.isEmpty()) {
      return false;
    }
    switch (lemma) {
      case "call" -> {
        return phone(p, n) ? parts.size() >= 2 : source && content(p, c, n);
      }
      case "demand", "request", "appeal", "plea" -> {
        return (source || receive && target) && (content(p, c, n) || light);
      }
      case "threat", "ultimatum" -> {
        // "received death threats": made to the target by someone unnamed
        return source && (light || content(p, c, n) || target) || received && target;
      }
      case "warning" -> {
        return source && target;
      }
      case "trip" -> {
        return source && target && !leisure(p, n) && toState(p, c, n);
      }
      case "sanction", "embargo" -> {
        return target && (light || source || receive); // "X faces sanctions", "hit with an embargo"
      }
      case "withdrawal" -> {
        return source && (light || forces(p, n));
      }
      case "indictment", "impeachment" -> {
        return light || receive || ControlVerbs.arrestTold(p, n) && target;
      }
      default -> {
        if (LEGAL.contains(lemma)) {
          return (light || receive) && (target || source && !lemma.equals("charge"))
              || lemma.equals("charge") && light && (target || source);
        }
        if (type.equals("SANCTION") || type.equals("CONCEDE")) {
          return target && (light || source);
        }
        return source || receive && target || manner && target;
      }
    }
  }

  /** The noun's own makers: possessive, "by", "from", a nationality or name before it. */
  private static boolean sources(Parse p, DepFinder.Context c, int n, String lemma, String type,
      Map<String, Participant> parts) {
    int before = parts.size();
    if (!DONE_TO.contains(lemma)) {
      for (int x : p.children(n, "nmod:poss")) {
        Participants.addActors(p, c, x, "SOURCE", parts);
      }
    }
    for (int x : p.children(n, "nmod:by")) {
      Participants.addActors(p, c, x, "SOURCE", parts);
    }
    if (!type.equals("RETREAT") && !type.equals("CONSULT") && !type.equals("SANCTION")) {
      for (int x : p.children(n, "nmod:from")) {
        Participants.addActors(p, c, x, "SOURCE", parts); // "criticism from X"
      }
    }
    if (type.equals("RETREAT")) {
      for (int x : p.children(n, "nmod:of")) {
        Participants.addActors(p, c, x, "SOURCE", parts); // "the withdrawal of X's troops"
      }
    }
    // "Velmoran accusations", "American sanctions": a nationality or name before the noun
    for (String rel : new String[] {"amod", "compound"}) {
      for (int x : p.children(n, rel)) {
        dossier.model.Mention m = Participants.mentionAt(c, p.tok(x));
        if (m != null && Participants.actor(c, m, true)
            && (SPEECH.contains(lemma) || "NATIONALITY".equals(m.type()))) {
          parts.putIfAbsent(m.entityId(), new Participant(m.entityId(), "SOURCE"));
        }
      }
    }
    return parts.size() > before;
  }

  /** Whom the noun's act is aimed at: "against", "on", "into", "to", "of", "for" phrases. */
  private static boolean targets(Parse p, DepFinder.Context c, int n, String lemma, String type,
      Map<String, Participant> parts) {
    int before = parts.size();
    java.util.List<String> rels = new java.util.ArrayList<>(
        java.util.List.of("nmod:against", "nmod:on", "nmod:into", "nmod:to", "nmod:with",
            "nmod:between"));
    if (!type.equals("RETREAT") && !type.equals("THREATEN") && !type.equals("REQUEST")) {
      rels.add("nmod:of"); // "condemnation of X"; not "the threat of sanctions"
    }
    if (type.equals("REQUEST") || type.equals("SUPPORT")) {
      rels.add("nmod:for"); // "calls for X's resignation", "praise for X"
    }
    if (DONE_TO.contains(lemma)) {
      rels.add("nmod:poss");
    }
    for (String rel : rels) {
      for (int x : p.children(n, rel)) {
        List<Integer> holders = Demands.holders(p, x);
        if (rel.equals("nmod:for") && type.equals("REQUEST") && holders != null) {
          holders.forEach(h -> Participants.addActors(p, c, h, "TARGET", parts));
          continue; // "a demand for X's extradition from Y": asked of Y, not of X
        }
        Participants.addActors(p, c, x, rel.equals("nmod:between") ? "SOURCE" : "TARGET", parts);
      }
    }
    // "calls for X to resign", "a threat to attack X": the clause's subject or object
    for (Parse.Arc a : p.out(n)) {
      if (a.rel().startsWith("acl") && !a.rel().equals("acl:relcl")) {
        for (int s : p.children(a.dep(), "nsubj")) {
          Participants.addActors(p, c, s, "TARGET", parts);
        }
        for (int s : p.children(a.dep(), "obj")) {
          Participants.addActors(p, c, s, "TARGET", parts);
        }
      }
    }
    return parts.size() > before;
  }

  /**
   * Whether the noun says what is asked or threatened: a clause, or a "for" phrase asking for an
   * act or a person ("calls for his resignation", "a plea for help"; not "demand for oil").
   */
  private static boolean content(Parse p, DepFinder.Context c, int n) {
    for (int x : p.children(n, "nmod:for")) {
      String w = p.tok(x).lemma().toLowerCase();
      if (SpeechActs.SOUGHT.contains(w) || ASKED.contains(w)
          || Participants.mentionAt(c, p.tok(x)) != null || !p.children(x, "nmod:poss").isEmpty()) {
        return true;
      }
    }
    for (Parse.Arc a : p.out(n)) {
      if (a.rel().startsWith("acl") && !a.rel().equals("acl:relcl") || a.rel().equals("ccomp")) {
        return true;
      }
    }
    return false;
  }

  /** "a phone call", "a telephone call", "a call with X": a conversation, not a demand. */
  private static boolean phone(Parse p, int n) {
    for (Parse.Arc a : p.out(n)) {
      if ((a.rel().equals("compound") || a.rel().equals("amod"))
          && PHONE.contains(p.tok(a.dep()).lemma().toLowerCase())) {
        return true;
      }
    }
    return !p.children(n, "nmod:between").isEmpty() || !p.children(n, "nmod:with").isEmpty();
  }

  /**
   * A trip to a country, a city or a region named as the phrase's head (its government), not to
   * "Walter Reed hospital" or a ranch: the name must be the head, not a modifier of a facility.
   */
  private static boolean toState(Parse p, DepFinder.Context c, int n) {
    for (int x : p.children(n, "nmod:to")) {
      dossier.model.Mention m = Participants.mentionAt(c, p.tok(x));
      String type = m == null ? null : c.types().get(m.entityId());
      if ("COUNTRY".equals(type) || type != null && DepFinder.PLACES.contains(type)) {
        return true;
      }
    }
    return false;
  }

  private static boolean leisure(Parse p, int n) {
    return p.out(n).stream().anyMatch(a -> (a.rel().equals("compound") || a.rel().equals("amod"))
        && LEISURE.contains(p.tok(a.dep()).lemma().toLowerCase()));
  }

  /** "the withdrawal of X's troops", "X's withdrawal from Y": forces or a place left. */
  private static boolean forces(Parse p, int n) {
    for (int x : p.children(n, "nmod:of")) {
      String w = p.tok(x).lemma().toLowerCase();
      if (Lexicon.FORCES.contains(w) || Lexicon.FORCES.contains(p.tok(x).word().toLowerCase())) {
        return true;
      }
    }
    return !p.children(n, "nmod:from").isEmpty();
  }

  /** "X is a threat to Y", "sanctions are a tool": a copula's judgement, no act. */
  private static boolean assessment(Parse p, int n) {
    return !p.children(n, "cop").isEmpty() && !under(p, n);
  }

  /** "is under investigation": the noun in an "under" phrase as a copula's predicate. */
  private static boolean under(Parse p, int n) {
    return !p.children(n, "cop").isEmpty() && p.children(n, "case").stream()
        .anyMatch(x -> p.tok(x).lemma().equalsIgnoreCase("under"));
  }

  /**
   * Whether light verb {@code v} is an infinitive not told as decided ("too close to conduct an
   * investigation", "agreed to impose sanctions"): no act yet; "voted to impose sanctions" is one.
   */
  private static boolean infinitive(Parse p, int v) {
    boolean to = p.children(v, "mark").stream()
        .anyMatch(m -> p.tok(m).word().equalsIgnoreCase("to"));
    int up = p.governor(v, "xcomp", "advcl", "ccomp", "acl");
    boolean decided = up >= 0 && DECIDED.contains(p.tok(up).lemma().toLowerCase())
        // "defended its decision to impose", parsed with the decision as the clause's subject
        || p.children(v, "nsubj:xsubj").stream()
            .anyMatch(x -> DECIDED.contains(p.tok(x).lemma().toLowerCase()));
    return to && !decided;
  }

  /** The relation by which {@code gov} governs {@code n}. */
  private static String relation(Parse p, int gov, int n) {
    for (Parse.Arc a : p.in(n)) {
      if (a.gov() == gov) {
        return a.rel();
      }
    }
    return "";
  }

  /** Whether {@code v} or the verb it is the complement of wants or opposes its object. */
  /** Whether noun {@code n} is what a call or demand asks for ("calls for X's withdrawal"). */
  private static boolean askedFor(Parse p, int n) {
    int head = p.governor(n, "nmod:for");
    return head >= 0 && Demands.verb(p.tok(head).lemma());
  }

  private static boolean wanted(Parse p, int v) {
    int x = v;
    for (int i = 0; i < 3 && x >= 0; i++) {
      if (WANTING.contains(p.tok(x).lemma().toLowerCase())) {
        return true;
      }
      x = p.governor(x, "xcomp", "ccomp");
    }
    return false;
  }
}
