package dossier.events;

import dossier.model.Mention;
import dossier.model.Participant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Legal and administrative acts of political news, each with the arguments that make it one:
 * dropping or discontinuing an investigation or charges (CONCEDE: easing a legal sanction),
 * opening, reopening or resuming one (ACCUSE: investigating), extraditing (COERCE), stripping of a
 * status (SANCTION), closing a border (SANCTION), dragging or hauling a person out (COERCE), and
 * a person's arrest told as a noun ("hours after his arrest"). Also the unnamed person such an act
 * may be news about: "the 52-year-old Velmoran was expelled".
 */
final class LegalActs {
  /** Proceedings that are dropped, opened or resumed. */
  static final Set<String> PROCEEDINGS = Set.of("investigation", "investigations", "probe",
      "inquiry", "enquiry", "case", "charge", "charges", "prosecution", "proceedings", "lawsuit",
      "suit", "indictment", "warrant", "complaint", "allegation", "allegations");
  /** Of those, the ones opening which is investigating (not "opened a case" of wine). */
  static final Set<String> INQUIRIES = Set.of("investigation", "investigations", "probe",
      "inquiry", "enquiry", "case", "prosecution", "proceedings");
  /** Verbs that drop proceedings. */
  private static final Set<String> DROPPING = Set.of("drop", "discontinue", "shelve", "abandon",
      "close", "suspend", "halt", "scrap", "quash");
  /** Verbs that open or resume proceedings. */
  private static final Set<String> OPENING = Set.of("reopen", "re-open", "resume", "open",
      "launch", "restart", "relaunch", "revive");
  /** What a person is stripped of. */
  private static final Set<String> STATUSES = Set.of("status", "citizenship", "nationality",
      "title", "asylum", "immunity", "passport", "licence", "license", "rank", "powers", "seat",
      "membership", "accreditation", "credentials", "medal", "honour", "honor", "knighthood");
  /** What closing is a sanction on movement or trade. */
  private static final Set<String> CROSSINGS = Set.of("border", "borders", "crossing",
      "crossings", "airspace", "frontier", "port", "ports", "embassy", "consulate");
  /** Verbs of moving a person by force. */
  private static final Set<String> DRAGGING = Set.of("drag", "haul", "frogmarch", "bundle");
  /** Verbs of legal or administrative force whose object may be an unnamed person. */
  private static final Set<String> PERSON_ACTS = Set.of("evict", "deport", "extradite", "expel",
      "sentence", "arrest", "detain", "jail", "imprison", "convict", "charge", "indict",
      "drag", "haul", "strip", "remand");
  /** Where a person is held. */
  private static final Set<String> CUSTODY = Set.of("jail", "prison", "custody", "detention",
      "gaol");
  /** Verbs of accusing a person of a deed. */
  private static final Set<String> ACCUSING = Set.of("accuse", "charge", "indict", "suspect");
  /** Personal pronouns that stand for someone the article has named. */
  private static final Set<String> PEOPLE = Set.of("he", "she", "they");
  /** Nouns of an arrest that happened, with whose it was ("his arrest", "X's detention"). */
  private static final Set<String> ARREST_NOUNS = Set.of("arrest", "re-arrest", "rearrest",
      "detention", "eviction");
  /** Prepositions that tell a noun's event as past ("after his arrest", "since his detention"). */
  private static final Set<String> AROUND = Set.of("after", "before", "following", "since",
      "upon", "on", "during", "at");
  /** Verbs under which an act is only wanted or asked for ("wants the UK to extradite X"). */
  private static final Set<String> WANTED = Set.of("want", "ask", "seek", "urge", "demand",
      "call", "press", "pressure", "plead", "implore", "hope", "wish", "threaten", "vow",
      "refuse", "decline", "fail", "try", "attempt", "plan", "intend", "propose", "offer",
      "expect", "consider", "request", "appeal", "push", "move",
      // an act welcomed or condemned is told as someone's view of it, not as news of its own
      "welcome", "praise", "hail", "applaud", "criticise", "criticize", "condemn", "oppose",
      "support", "back", "endorse");

  /** The raw-text test for these words, beside {@link Lexicon#CANDIDATE}. */
  static final Pattern CANDIDATE = Pattern.compile("(?i)\\b(?:drop|discontinu|shelv|abandon"
      + "|clos|suspend|halt|scrap|quash|re-?open|resum|open|launch|restart|relaunch|reviv"
      + "|extradit|strip|drag|haul|frogmarch|bundl|re-?arrest|detention|eviction)");

  private LegalActs() {}

  /** Whether a lemma is one of these triggers: the pre-parse test asks before parsing. */
  static boolean trigger(String lemma) {
    return DROPPING.contains(lemma) || OPENING.contains(lemma) || DRAGGING.contains(lemma)
        || ARREST_NOUNS.contains(lemma) || lemma.equals("extradite") || lemma.equals("strip");
  }

  /** The PLOVER type verb {@code v} makes with its arguments, or null. */
  static String type(Parse p, int v) {
    Parse.Tok t = p.tok(v);
    if (!t.verb() || wanted(p, v)) {
      return null;
    }
    String lemma = t.lemma().toLowerCase();
    if (DROPPING.contains(lemma) && SpeechActs.objectIn(p, v, PROCEEDINGS)) {
      return "CONCEDE";
    }
    if (lemma.equals("close") && SpeechActs.objectIn(p, v, CROSSINGS)) {
      return "SANCTION";
    }
    if (OPENING.contains(lemma) && SpeechActs.objectIn(p, v, INQUIRIES)) {
      return "ACCUSE";
    }
    if (lemma.equals("extradite") && person(p, v)) {
      return "COERCE";
    }
    if (lemma.equals("strip")) {
      for (int x : p.children(v, "obl:of")) {
        if (STATUSES.contains(p.tok(x).lemma().toLowerCase())) {
          return "SANCTION";
        }
      }
    }
    if (lemma.equals("rule") && custody(p, v)) {
      return "COERCE"; // "a judge ruled that X should remain in jail"
    }
    if (DRAGGING.contains(lemma) && person(p, v) && (p.children(v, "compound:prt").stream()
        .anyMatch(x -> Set.of("out", "away", "off").contains(p.tok(x).lemma()))
        || !p.children(v, "obl:from").isEmpty() || !p.children(v, "obl:out_of").isEmpty())) {
      return "COERCE";
    }
    return null;
  }

  /** Whether a complement of {@code v} keeps or puts someone in custody ("remain in jail"). */
  private static boolean custody(Parse p, int v) {
    for (int x : p.children(v, "ccomp")) {
      for (Parse.Arc a : p.out(x)) {
        if ((a.rel().startsWith("obl") || a.rel().equals("advmod"))
            && CUSTODY.contains(p.tok(a.dep()).lemma().toLowerCase())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code v}'s object or passive subject is a person (a pronoun, name or person noun). */
  private static boolean person(Parse p, int v) {
    for (String rel : new String[] {"obj", "nsubj:pass"}) {
      for (int x : p.children(v, rel)) {
        Parse.Tok o = p.tok(x);
        String w = o.word().toLowerCase();
        if (o.tag().startsWith("PRP") || o.tag().startsWith("NNP")
            || Lexicon.PERSON_NOUNS.contains(w) || Lexicon.CAPTURED.contains(o.lemma())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * An unnamed person as the one a legal act is done to: "the 52-year-old Velmoran was
   * expelled", "a Briton was deported" (a nationality as the head noun, or an age).
   */
  static boolean unnamed(Parse p, DepFinder.Context c, int v) {
    String lemma = p.tok(v).lemma().toLowerCase();
    if (ACCUSING.contains(lemma) && !p.children(v, "aux:pass").isEmpty()
        && (!p.children(v, "obl:of").isEmpty() || !p.children(v, "obl:with").isEmpty())
        && p.children(v, "nsubj:pass").stream().anyMatch(x -> PEOPLE.contains(
            p.tok(x).word().toLowerCase()))) {
      return true; // "he is accused of leaking", "she was charged with fraud": someone named before
    }
    if (!PERSON_ACTS.contains(lemma)) {
      return false;
    }
    for (String rel : new String[] {"obj", "nsubj:pass"}) {
      for (int x : p.children(v, rel)) {
        Parse.Tok o = p.tok(x);
        for (Mention m : c.mentions()) {
          if ("NATIONALITY".equals(m.type()) && m.start() <= o.start() && o.end() <= m.end()
              && o.noun()) {
            return true; // the nationality is the noun itself, not a modifier
          }
        }
        for (int a : p.children(x, "amod")) {
          if (p.tok(a).lemma().equalsIgnoreCase("old")) {
            return true; // "the 48-year-old"
          }
        }
      }
    }
    return false;
  }

  /** Whether {@code v} is only wanted, asked for or refused: the complement of such a verb. */
  private static boolean wanted(Parse p, int v) {
    int x = v;
    for (int i = 0; i < 3; i++) {
      int up = p.governor(x, "xcomp", "advcl", "ccomp");
      if (up < 0) {
        return false;
      }
      if (WANTED.contains(p.tok(up).lemma().toLowerCase())) {
        return true;
      }
      x = up;
    }
    return false;
  }

  /** Whether token {@code n} is a noun this class reads as an event ("after his arrest"). */
  static boolean noun(Parse p, int n) {
    return p.tok(n).noun() && ARREST_NOUNS.contains(p.tok(n).lemma().toLowerCase());
  }

  /**
   * A person's arrest told as a noun in a phrase of time: "hours after his arrest", "before his
   * re-arrest on Tuesday", "following X's detention". Not "a warrant for his arrest", "called for
   * his arrest": those are no arrest.
   */
  static DepFinder.Found nounEvent(Parse p, DepFinder.Context c, int n) {
    boolean around = p.children(n, "case").stream()
        .anyMatch(x -> AROUND.contains(p.tok(x).lemma().toLowerCase()));
    if (!around) {
      return null;
    }
    Map<String, Participant> parts = new LinkedHashMap<>();
    boolean pronoun = false;
    for (int x : p.children(n, "nmod:poss")) {
      Parse.Tok o = p.tok(x);
      Mention m = mentionAt(c, o);
      if (m != null && "PERSON".equals(c.types().get(m.entityId()))) {
        parts.putIfAbsent(m.entityId(), new Participant(m.entityId(), "TARGET"));
      } else if (o.tag().startsWith("PRP")) {
        pronoun = true;
      }
    }
    if (parts.isEmpty() && !pronoun) {
      return null;
    }
    return new DepFinder.Found("COERCE", null, "happened", Dates.of(p, c, n, n), null,
        List.copyOf(parts.values()), c.start(), c.end(), 0.6);
  }

  private static Mention mentionAt(DepFinder.Context c, Parse.Tok t) {
    for (Mention m : c.mentions()) {
      if (m.entityId() != null && m.start() <= t.start() && t.end() <= m.end()) {
        return m;
      }
    }
    return null;
  }
}
