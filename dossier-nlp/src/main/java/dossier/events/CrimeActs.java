package dossier.events;

import dossier.model.Participant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Wordings of crime, justice and unrest news that the lexicon's verbs miss, each read with the
 * arguments that make it an event, and the turns of phrase that make a lexicon verb none:
 * <ul>
 *   <li>held, questioned or detained "on suspicion of" a crime, or held over a killing (COERCE);</li>
 *   <li>someone "under arrest", "in custody", "behind bars", or who "remained in custody" (COERCE);</li>
 *   <li>a crowd dispersed or broken up by the police (COERCE); rioters who targeted shops (ASSAULT);</li>
 *   <li>a court that denied a motion, an appeal or bail (REJECT), upheld a sentence or conviction
 *       (SANCTION);</li>
 *   <li>charged with doing a deed or in a death ("was charged with killing", "is charged in the
 *       shooting"); accused of a deed, with an unnamed person as the accused;</li>
 *   <li>no event: "struck by quakes", "fighting accusations", an appeal against a sentence, a
 *       mandative clause ("recommended that he be executed": asked for, not done).</li>
 * </ul>
 */
final class CrimeActs {
  /** Crimes and deeds one is held, questioned or charged over. */
  static final Set<String> CRIMES = Set.of("murder", "killing", "death", "deaths", "shooting",
      "stabbing", "attack", "assault", "robbery", "theft", "burglary", "arson", "rape",
      "kidnapping", "abduction", "bombing", "fraud", "manslaughter", "homicide", "slaying",
      "beating", "disappearance", "explosion", "blast", "fire", "riot", "rioting", "violence",
      "crime", "offence", "offense", "terrorism", "smuggling", "trafficking", "hijacking",
      "massacre", "ambush", "fight", "brawl", "crash", "collision", "corruption", "bribery",
      "embezzlement", "extortion", "espionage", "treason", "sedition", "incitement",
      "harassment", "stalking", "perjury", "obstruction", "conspiracy", "cruelty", "abuse",
      "larceny", "vandalism", "looting", "carjacking", "laundering", "possession", "attempt");
  /** Verbs of holding or questioning a suspect. */
  private static final Set<String> HOLDING = Set.of("hold", "question", "interview", "quiz",
      "interrogate", "detain", "arrest");
  /** Prepositions that tell what one is held over ("held over the killing"). */
  private static final Set<String> OVER = Set.of("over", "after", "for", "in_connection_with",
      "in");
  /** Where a person is kept. */
  private static final Set<String> CUSTODY = Set.of("custody", "detention", "jail", "prison",
      "gaol", "arrest", "remand", "bars", "cell", "cells");
  /** Verbs of staying somewhere: "remained in custody". */
  private static final Set<String> STAYING = Set.of("remain", "stay", "be", "sit", "languish");
  /** What a court denies or turns down: someone's request. */
  private static final Set<String> MOTIONS = Set.of("motion", "motions", "appeal", "appeals",
      "request", "requests", "application", "petition", "bail", "bid", "plea", "parole",
      "objection", "challenge", "injunction");
  /** Court decisions whose upholding is a sanction confirmed. */
  private static final Set<String> PENALTIES = Set.of("sentence", "conviction", "verdict",
      "penalty", "punishment", "fine", "ban", "recommendation");
  /** Verbs of a court keeping a decision in force. */
  private static final Set<String> UPHOLDING = Set.of("uphold", "affirm");
  /** What one fights in court or in words: no violence ("fighting the charges"). */
  private static final Set<String> CHARGES = Set.of("accusation", "allegation", "charge", "claim",
      "extradition", "deportation", "case", "lawsuit", "suit", "ruling", "order", "conviction",
      "sentence", "indictment", "prosecution", "eviction", "dismissal", "rumour", "rumor",
      "suggestion", "criticism", "perception", "impression", "stigma", "label", "ban", "fine");
  /** Crowds that are dispersed. */
  private static final Set<String> CROWD = Set.of("crowd", "crowds", "protester", "demonstrator",
      "rioter", "protest", "demonstration", "rally", "march", "gathering", "mob", "youth",
      "student", "they", "them", "sit-in", "camp", "encampment", "supporter");
  /** Violent doers whose targeting of a place is an attack. */
  private static final Set<String> VIOLENT = Set.of("rioter", "protester", "demonstrator",
      "gunman", "gunmen", "militant", "rebel", "insurgent", "attacker", "assailant", "mob",
      "youth", "looter", "bomber", "arsonist", "vandal", "terrorist", "extremist", "jihadist");
  /** Rulings in court that are appealed: a legal step, no demand on anyone. */
  private static final Set<String> RULINGS = Set.of("sentence", "verdict", "conviction",
      "ruling", "decision", "judgment", "judgement", "acquittal", "sentencing", "order");
  /** Verbs whose "that" clause in the bare subjunctive is only wanted ("ordered that X be freed"). */
  private static final Set<String> MANDATING = Set.of("recommend", "demand", "ask", "urge",
      "request", "insist", "propose", "suggest", "order", "require", "call", "move", "petition",
      "plead", "vote", "rule", "decide", "argue");

  /** The raw-text test for these words, beside {@link Lexicon#CANDIDATE}. */
  static final Pattern CANDIDATE = Pattern.compile("(?i)\\b(?:suspicion|custody|under\\s+arrest"
      + "|behind\\s+bars|dispers|broke\\s+up|break(?:s|ing)?\\s+up|target|denie|deny|denying"
      + "|upheld|uphold|affirm|investigat"
      + "|held\\s+(?:\\w+\\s+){0,3}?(?:on\\s+suspicion|over|after|as|in\\s+connection))");

  private CrimeActs() {}

  /** Whether a lemma is one of these triggers: the pre-parse test asks before parsing. */
  static boolean trigger(String lemma) {
    return lemma.equals("question") || lemma.equals("interview") || lemma.equals("disperse")
        || lemma.equals("target") || lemma.equals("deny") || UPHOLDING.contains(lemma)
        || lemma.equals("suspicion") || lemma.equals("custody") || lemma.equals("interrogate")
        || lemma.equals("quiz") || lemma.equals("break") || lemma.equals("broke")
        || lemma.equals("investigate") || lemma.equals("investigation")
        || lemma.equals("upheld") || lemma.equals("bars"); // irregular forms the word test does not undo
  }

  /** The PLOVER type verb {@code v} makes with its arguments, or null. */
  static String type(Parse p, int v) {
    Parse.Tok t = p.tok(v);
    if (!t.verb()) {
      return null;
    }
    String lemma = t.lemma().toLowerCase();
    if (HOLDING.contains(lemma) && (suspicion(p, v) || heldOver(p, v))) {
      return "COERCE";
    }
    if (STAYING.contains(lemma) && !lemma.equals("be") && inCustody(p, v)
        && personArg(p, v, "nsubj")) {
      return "COERCE"; // "he remained in custody"
    }
    if (dispersing(p, v)) {
      return "COERCE";
    }
    if (lemma.equals("target") && Arguments.argumentIn(p, v, VIOLENT, "nsubj")
        && p.children(v, "aux:pass").isEmpty()
        && Arguments.argumentIn(p, v, Lexicon.TARGETS, "obj")) {
      return "ASSAULT"; // "rioters targeted banks and shops"
    }
    if (lemma.equals("deny") && MOTIONS.contains(objectLemma(p, v))) {
      return "REJECT"; // "the judge denied the motion", "was denied bail"
    }
    if (UPHOLDING.contains(lemma) && upheldPenalty(p, v)) {
      return "SANCTION";
    }
    if (lemma.equals("investigate") && investigated(p, v, "obj", "nsubj:pass")) {
      return "ACCUSE"; // "prosecutors are investigating the firm", "X is being investigated by"
    }
    return null;
  }

  /**
   * Whether someone is investigated: a name, a person or a pronoun in {@code rels}, not a thing
   * ("investigating the fire", "the cause is under investigation").
   */
  private static boolean investigated(Parse p, int v, String... rels) {
    for (String rel : rels) {
      for (int x : p.children(v, rel)) {
        Parse.Tok o = p.tok(x);
        String l = o.lemma().toLowerCase();
        if (o.tag().startsWith("NNP") || o.tag().equals("PRP")
            && !l.equals("it") || Lexicon.PERSON_NOUNS.contains(l)
            || Set.of("company", "firm", "bank", "official", "officer", "minister", "lawmaker",
                "politician", "executive", "founder", "ceo", "chief").contains(l)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether an act of these is news with no one named: a suspect held or questioned, a person
   * charged with a deed or accused of one, a crowd dispersed, a court's ruling on a motion.
   */
  static boolean unnamed(Parse p, int v) {
    String lemma = p.tok(v).lemma().toLowerCase();
    if (STAYING.contains(lemma) && inCustody(p, v) && personArg(p, v, "nsubj")) {
      return true; // "the driver remained in custody"
    }
    if (HOLDING.contains(lemma) && (suspicion(p, v) || heldOver(p, v))) {
      return true; // whoever is questioned on suspicion of murder is a person
    }
    if (dispersing(p, v) || lemma.equals("target") || lemma.equals("deny")
        || UPHOLDING.contains(lemma)) {
      return Arguments.argumentIn(p, v, Lexicon.GROUP_ACTORS, "nsubj", "obl:agent", "obl:by")
          || Arguments.argumentIn(p, v, VIOLENT, "nsubj") || Arguments.argumentIn(p, v, CROWD, "obj", "nsubj:pass");
    }
    if ((lemma.equals("charge") || lemma.equals("indict") || lemma.equals("convict"))
        && crimeIn(p, v, "obl:with", "obl:of", "obl:for")) {
      return true; // "was charged with murder": only a person is, whatever the parser's subject
    }
    if ((lemma.equals("accuse") || lemma.equals("charge") || lemma.equals("suspect"))
        && !p.children(v, "aux:pass").isEmpty() && deed(p, v) && person(p, v)) {
      return true; // "a local man has been accused of stabbing", "a teenager was charged with"
    }
    if (lemma.equals("charge") && withNext(p, v) && p.tok(v).tag().equals("VBN")) {
      // "two men were arrested and held, charged with killing X": the held one is charged
      int up = p.governor(v, "dep", "advcl", "conj", "acl");
      return up >= 0 && (person(p, up) || p.nameIn(up, "nsubj:pass"));
    }
    return false;
  }

  /** Whether an argument in {@code rels} is a crime, or counts of one ("two counts of fraud"). */
  private static boolean crimeIn(Parse p, int v, String... rels) {
    for (String rel : rels) {
      for (int x : p.children(v, rel)) {
        String l = p.tok(x).lemma().toLowerCase();
        if (CRIMES.contains(l) || (l.equals("count") || l.equals("charge"))
            && p.children(x, "nmod:of").stream()
                .anyMatch(y -> CRIMES.contains(p.tok(y).lemma().toLowerCase()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the word right after {@code v} is "with" ("charged with"). */
  private static boolean withNext(Parse p, int v) {
    return v + 1 < p.tokens().size() && p.tok(v + 1).word().equalsIgnoreCase("with");
  }

  /** Justice verbs whose "of" or "with" clause is the deed alleged, not an event told. */
  private static final Set<String> ALLEGING = Set.of("charge", "indict", "convict", "suspect",
      "arrest", "detain", "hold", "question", "jail", "sentence", "acquit", "clear");

  /**
   * Whether verb {@code v} is the deed someone is charged with or accused of ("charged with
   * murdering X", "a man accused of stabbing his wife"): the ACCUSE tells it; the deed is alleged.
   */
  static boolean alleged(Parse p, int v) {
    int up = -1;
    for (Parse.Arc a : p.in(v)) {
      if (a.rel().equals("advcl:of") || a.rel().equals("advcl:with")
          || a.rel().equals("advcl:on") || a.rel().equals("advcl:for")) {
        up = a.gov();
      } else if (a.rel().equals("acl") && p.tok(a.gov()).word().equalsIgnoreCase("with")) {
        up = p.governor(a.gov(), "dep"); // "charged with" left hanging: acl(with, killing)
      }
    }
    if (up < 0) {
      return false;
    }
    String lemma = p.tok(up).lemma().toLowerCase();
    return ALLEGING.contains(lemma)
        || lemma.equals("accuse") && !p.children(up, "aux:pass").isEmpty() && person(p, up);
  }

  /**
   * Whether a "charge" is a charge of a deed: "charged with killing" (a gerund clause), "charged
   * in the death of", "charged over the shooting", besides the lexicon's "charged with murder".
   */
  static boolean charged(Parse p, int v) {
    if (!p.tok(v).lemma().equalsIgnoreCase("charge")) {
      return false;
    }
    if (!p.children(v, "advcl:with").isEmpty() || withNext(p, v)) {
      return true; // "charged with killing X" (the parser may leave "with" hanging as dep)
    }
    boolean passive = !p.children(v, "aux:pass").isEmpty() || !p.children(v, "nsubj:pass").isEmpty();
    if (!passive || !person(p, v) && !p.nameIn(v, "nsubj:pass")) {
      return false;
    }
    for (Parse.Arc a : p.out(v)) {
      if (a.rel().startsWith("obl:") && OVER.contains(a.rel().substring(4))
          && (CRIMES.contains(p.tok(a.dep()).lemma().toLowerCase())
              || p.tok(a.dep()).lemma().equalsIgnoreCase("case")
              || p.tok(a.dep()).lemma().equalsIgnoreCase("connection"))) {
        return true; // "is charged in the death of", "charged over the shooting", "in case No. 5"
      }
    }
    return false;
  }

  /** Whether {@code n} is the noun of a custody state: "are under arrest", "is in custody". */
  static boolean custodyNoun(Parse p, int n) {
    Parse.Tok t = p.tok(n);
    if (!t.noun() || !CUSTODY.contains(t.lemma().toLowerCase())
        && !CUSTODY.contains(t.word().toLowerCase()) || p.children(n, "cop").isEmpty()) {
      return false;
    }
    String kase = p.children(n, "case").stream().map(x -> p.tok(x).lemma().toLowerCase())
        .findFirst().orElse("");
    boolean state = kase.equals("under") && t.lemma().equalsIgnoreCase("arrest")
        || kase.equals("in") && !t.lemma().equalsIgnoreCase("arrest")
        || kase.equals("behind") && t.word().equalsIgnoreCase("bars");
    return state && !p.negated(n) && personArg(p, n, "nsubj");
  }

  /** Whether token {@code n} is one of the nouns read here: a custody state, a headline's verb. */
  static boolean noun(Parse p, int n) {
    return custodyNoun(p, n) || sentencedName(p, n) >= 0 || underInvestigation(p, n);
  }

  /** "X is under investigation (by Y)": someone named or a person, not "the cause of the fire". */
  private static boolean underInvestigation(Parse p, int n) {
    Parse.Tok t = p.tok(n);
    return t.noun() && t.lemma().equalsIgnoreCase("investigation")
        && !p.children(n, "cop").isEmpty() && !p.negated(n)
        && p.children(n, "case").stream().anyMatch(x -> p.tok(x).lemma().equalsIgnoreCase("under"))
        && (investigated(p, n, "nsubj") || !p.children(n, "nmod:by").isEmpty()
            && p.children(n, "nmod:by").stream().anyMatch(x -> p.tok(x).tag().startsWith("NNP")));
  }

  /** The event of {@link #noun}, or null. */
  static DepFinder.Found nounEvent(Parse p, DepFinder.Context c, int n) {
    int name = sentencedName(p, n);
    if (name >= 0) {
      Map<String, Participant> parts = new LinkedHashMap<>();
      Participants.addActors(p, c, name, "TARGET", parts);
      return DepFinder.found(p, c, n, n, "SANCTION", "happened", null, null, parts, true);
    }
    if (underInvestigation(p, n)) {
      Map<String, Participant> parts = new LinkedHashMap<>();
      for (int s : p.children(n, "nsubj")) {
        Participants.addActors(p, c, s, "TARGET", parts);
      }
      for (int b : p.children(n, "nmod:by")) {
        Participants.addActors(p, c, b, "SOURCE", parts);
      }
      String status = ClauseStatus.status(p, n, "ACCUSE");
      return status == null ? null
          : DepFinder.found(p, c, n, n, "ACCUSE", status, null, null, parts, false);
    }
    return custodyEvent(p, c, n);
  }

  /** Verbs a headline's tagger reads as plural nouns: "Judge sentences X to death". */
  private static final Set<String> HEADLINE_VERBS = Set.of("sentences", "jails");
  /** What one is sentenced or jailed to or for. */
  private static final Set<String> TERMS = Set.of("death", "life", "prison", "jail", "year",
      "years", "month", "months", "week", "weeks", "day", "days", "execution");

  /**
   * The name a headline's "sentences" or "jails", tagged a noun, is followed by, when a term
   * follows it ("Court sentences X to 10 years", "Judge jails X for life"); else -1.
   */
  private static int sentencedName(Parse p, int n) {
    Parse.Tok t = p.tok(n);
    if (!t.tag().equals("NNS") || !HEADLINE_VERBS.contains(t.word().toLowerCase())
        || n + 1 >= p.tokens().size() || !p.tok(n + 1).tag().startsWith("NNP")) {
      return -1;
    }
    int name = n + 1;
    while (name + 1 < p.tokens().size() && p.tok(name + 1).tag().startsWith("NNP")) {
      name++;
    }
    for (int i = name + 1; i < Math.min(p.tokens().size(), name + 6); i++) {
      String w = p.tok(i).word().toLowerCase();
      if ((w.equals("to") || w.equals("for")) && i + 1 < p.tokens().size()) {
        for (int j = i + 1; j < Math.min(p.tokens().size(), i + 4); j++) {
          if (TERMS.contains(p.tok(j).word().toLowerCase())) {
            return name;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /** The COERCE event of a custody state, its subject the target. */
  static DepFinder.Found custodyEvent(Parse p, DepFinder.Context c, int n) {
    Map<String, Participant> parts = new LinkedHashMap<>();
    for (int s : p.children(n, "nsubj")) {
      Participants.addActors(p, c, s, "TARGET", parts);
    }
    String status = ClauseStatus.status(p, n, "COERCE");
    if (status == null) {
      return null;
    }
    return DepFinder.found(p, c, n, n, "COERCE", status, null, Places.place(p, c, n), parts,
        true);
  }

  /** Whether the event of {@code type} at verb {@code v} is only a turn of phrase or wanted. */
  static boolean drop(Parse p, int v, String type) {
    String lemma = p.tok(v).lemma().toLowerCase();
    if (type.equals("PROTEST") && p.tok(v).noun()) {
      int gov = p.governor(v, "obj", "nsubj:pass");
      return gov >= 0 && dispersing(p, gov); // "police broke up the rally": the police's act
    }
    if (!p.tok(v).verb()) {
      return false;
    }
    if (!type.equals("ACCUSE") && alleged(p, v)) {
      return true; // "was charged with murdering the guard": the murder is alleged
    }
    if (type.equals("ASSAULT") && (lemma.equals("hit") || lemma.equals("strike")
        || lemma.equals("rock") || lemma.equals("batter"))
        && Arguments.argumentIn(p, v, Lexicon.DISASTERS, "obl:agent", "obl:by")) {
      return true; // "the region is often struck by quakes"
    }
    if (type.equals("ASSAULT") && (lemma.equals("fight") || lemma.equals("battle"))
        && Arguments.argumentIn(p, v, CHARGES, "obj")) {
      return true; // "fighting accusations of", "battling extradition"
    }
    if (type.equals("REQUEST") && lemma.equals("appeal")
        && (Arguments.argumentIn(p, v, RULINGS, "obj", "nsubj:pass", "obl:against"))) {
      return true; // "the sentence will be appealed", "appealed against the verdict"
    }
    return mandative(p, v);
  }

  /**
   * A clause in the bare subjunctive under a verb of asking or deciding: "recommended that he
   * be executed", "demanded that they be freed" — asked for, not done.
   */
  static boolean mandative(Parse p, int v) {
    int up = p.governor(v, "ccomp");
    if (up < 0 || !MANDATING.contains(p.tok(up).lemma().toLowerCase())) {
      return false;
    }
    boolean bareBe = false;
    for (String rel : new String[] {"aux:pass", "aux", "cop"}) {
      for (int a : p.children(v, rel)) {
        Parse.Tok x = p.tok(a);
        if (x.tag().equals("MD")) {
          return false;
        }
        bareBe |= x.word().equalsIgnoreCase("be") && x.tag().equals("VB");
      }
    }
    return bareBe;
  }

  /** "questioned on suspicion of murder", "held in connection with the attack". */
  private static boolean suspicion(Parse p, int v) {
    for (Parse.Arc a : p.out(v)) {
      String dep = p.tok(a.dep()).lemma().toLowerCase();
      if (a.rel().startsWith("obl") && dep.equals("suspicion")) {
        return true;
      }
      if (a.rel().equals("obl:in_connection_with") || a.rel().equals("obl:in")
          && dep.equals("connection") && withNext(p, a.dep())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "son held as mother found dead", "a man was held over the killing": a person held (passive,
   * or a headline's bare participle) for a crime, not "talks held after the attack".
   */
  private static boolean heldOver(Parse p, int v) {
    if (!p.tok(v).lemma().equalsIgnoreCase("hold")) {
      return false;
    }
    boolean held = p.children(v, "obj").isEmpty()
        ? personArg(p, v, "nsubj") || p.nameIn(v, "nsubj:pass") // "a man was held", a headline's "son held"
        : personArg(p, v, "obj") && Arguments.argumentIn(p, v, Lexicon.GROUP_ACTORS, "nsubj"); // "police held two men"
    if (!held) {
      return false;
    }
    for (Parse.Arc a : p.out(v)) {
      String rel = a.rel();
      String dep = p.tok(a.dep()).lemma().toLowerCase();
      if (rel.startsWith("obl:") && OVER.contains(rel.substring(4)) && !rel.equals("obl:in")
          && CRIMES.contains(dep)) {
        return true; // "held over the killing", "held after the stabbing"
      }
      if (rel.startsWith("advcl") && violent(p, a.dep())) {
        return true; // "held as mother and sister killed"
      }
    }
    return false;
  }

  /** Whether a clause tells of a killing or attack: "as two were killed", "after he stabbed". */
  private static boolean violent(Parse p, int x) {
    String lemma = p.tok(x).lemma().toLowerCase();
    return Set.of("kill", "murder", "stab", "shoot", "die", "attack", "find").contains(lemma)
        && (!lemma.equals("find") || p.out(x).stream().anyMatch(
            a -> p.tok(a.dep()).lemma().equalsIgnoreCase("dead")));
  }

  /** "was dispersed by riot police", "police broke up the rally", "police dispersed them". */
  private static boolean dispersing(Parse p, int v) {
    String lemma = p.tok(v).lemma().toLowerCase();
    boolean verb = lemma.equals("disperse") || lemma.equals("break")
        && p.children(v, "compound:prt").stream()
            .anyMatch(x -> p.tok(x).lemma().equalsIgnoreCase("up"));
    if (!verb) {
      return false;
    }
    boolean crowd = Arguments.argumentIn(p, v, CROWD, "obj", "nsubj:pass");
    boolean byForce = Arguments.argumentIn(p, v, Lexicon.GROUP_ACTORS, "obl:agent", "obl:by")
        || p.children(v, "aux:pass").isEmpty() && Arguments.argumentIn(p, v, Lexicon.GROUP_ACTORS, "nsubj");
    return crowd && byForce;
  }

  /** "remained in custody", "stayed behind bars". */
  private static boolean inCustody(Parse p, int v) {
    for (Parse.Arc a : p.out(v)) {
      String rel = a.rel();
      String dep = p.tok(a.dep()).lemma().toLowerCase();
      if ((rel.equals("obl:in") && CUSTODY.contains(dep) && !dep.equals("arrest"))
          || rel.equals("obl:under") && dep.equals("arrest")
          || rel.equals("obl:behind") && dep.equals("bars")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a court upheld a sentence, a conviction, or a recommendation of death or prison. */
  private static boolean upheldPenalty(Parse p, int v) {
    for (String rel : new String[] {"obj", "nsubj:pass"}) {
      for (int o : p.children(v, rel)) {
        String w = p.tok(o).lemma().toLowerCase();
        if (!PENALTIES.contains(w)) {
          continue;
        }
        if (!w.equals("recommendation")) {
          return true;
        }
        // "a jury's recommendation that he die / be executed / serve life"
        for (int x : p.children(o, "ccomp")) {
          String l = p.tok(x).lemma().toLowerCase();
          if (Set.of("die", "execute", "serve", "sentence", "jail", "imprison").contains(l)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether an "accused of", "charged with" names a deed ("of stabbing", "with murder"). */
  private static boolean deed(Parse p, int v) {
    return !p.children(v, "advcl:of").isEmpty() || !p.children(v, "advcl:with").isEmpty()
        || !p.children(v, "obl:of").isEmpty() || !p.children(v, "obl:with").isEmpty()
        || !p.children(v, "obl:in").isEmpty();
  }

  /** Whether {@code v}'s undergoer (object or passive subject) is a person noun or pronoun. */
  private static boolean person(Parse p, int v) {
    return personArg(p, v, "obj") || personArg(p, v, "nsubj:pass");
  }

  /** Whether an argument in {@code rel} is a person: a person noun, a pronoun, "the 23-year-old". */
  private static boolean personArg(Parse p, int v, String rel) {
    for (int x : p.children(v, rel)) {
      Parse.Tok o = p.tok(x);
      String w = o.word().toLowerCase();
      String l = o.lemma().toLowerCase();
      if (Lexicon.PERSON_NOUNS.contains(w) || Lexicon.PERSON_NOUNS.contains(l)
          || Lexicon.CAPTURED.contains(l) || o.tag().equals("PRP") || o.tag().startsWith("NNP")
          || l.equals("old") || Lexicon.GROUP_ACTORS.contains(l)) {
        return true;
      }
      for (int y : p.children(x, "nmod:of")) {
        if (Lexicon.PERSON_NOUNS.contains(p.tok(y).lemma().toLowerCase())) {
          return true; // "two of the men"
        }
      }
    }
    return false;
  }

  /** The lemma of {@code v}'s object, else of the object a conjoined verb before it took. */
  private static String objectLemma(Parse p, int v) {
    for (String rel : new String[] {"obj", "iobj", "nsubj:pass"}) {
      for (int o : p.children(v, rel)) {
        String l = p.tok(o).lemma().toLowerCase();
        if (MOTIONS.contains(l)) {
          return l;
        }
      }
    }
    // "the judge agreed and denied both motions": the parser may hang the object on "agreed"
    int head = p.governor(v, "conj");
    if (head >= 0) {
      for (int o : p.children(head, "obj")) {
        if (o > v) {
          return p.tok(o).lemma().toLowerCase();
        }
      }
    }
    return "";
  }
}
