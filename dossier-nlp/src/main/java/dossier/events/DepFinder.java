package dossier.events;

import dossier.model.DateRange;
import dossier.model.Mention;
import dossier.model.Participant;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Events in one parsed sentence, read from the dependency parse with general patterns: a trigger
 * verb's subject (or passive agent) is the source, its object or "with"/"against" phrase the
 * target, an "in"/"at" phrase the place, an attached time expression the date. An event noun takes
 * its participants from its own modifiers ("talks between A and B", "A-B talks", "A's meeting")
 * and from the verb that makes it an event ("A and B held talks"). The status comes from the
 * clause: auxiliaries, negation, and the verb the clause hangs under ("set to", "hope", "said").
 */
final class DepFinder {
  /** What the finder needs besides the parse: the sentence's text and the article's annotations. */
  record Context(String text, int start, int end, List<Mention> mentions,
      List<TimeExpression> times, Map<String, String> types, DateRange published, int from,
      Set<String> skip) {}

  static final Set<String> PLACES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE");
  static final Set<String> ACTORS = Set.of("PERSON", "ORGANIZATION", "COUNTRY");
  private static final Set<String> HYPOTHETICAL_MARK = Set.of("if", "whether", "unless");
  private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "might", "may", "should");
  private static final Set<String> FUTURE_AUX = Set.of("will", "would", "shall", "'ll", "wo");
  private static final java.util.regex.Pattern ACCIDENT = java.util.regex.Pattern.compile(
      "(?i)\\baccident(?:s|al|ally)?\\b");
  /** Words only sport's news uses: its meetings and signings are no political events. */
  static final java.util.regex.Pattern SPORT = java.util.regex.Pattern.compile(
      // case-sensitive: "the league", not the Arab League; "the club", not the Paris Club
      "\\b(?:[Ff]ootballers?|[Ss]trikers?|[Mm]idfielders?|[Gg]oalkeepers?|[Qq]uarterbacks?"
      + "|[Pp]itchers?|[Pp]layoffs?|transfer window|free agents?|head coach|league|tournament"
      + "|championship|the club|football club|[Ss]occer|[Bb]aseball|[Bb]asketball|[Cc]ricket"
      + "|[Rr]ugby|[Hh]ockey|[Tt]ennis|NBA|NFL|MLB|NHL|FIFA|UEFA|Premier League|Olympics?)\\b");
  private static final Set<String> STRONG_ASSAULT = Set.of("shelling", "airstrike", "bombing",
      "bombardment", "barrage", "offensive", "clash", "clashes", "skirmish", "skirmishes",
      "fighting", "hostilities");

  /** An event read from one sentence, before merging; {@code start}/{@code end} is the sentence. */
  record Found(String type, String mode, String status, DateRange date, String locationId,
      List<Participant> participants, int start, int end, double confidence) {}

  private DepFinder() {}

  /** The events of the parsed sentence. */
  static List<Found> find(Parse parsed, Context c) {
    Parse p = ParseRepair.of(parsed);
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < p.tokens().size(); i++) {
      Parse.Tok t = p.tok(i);
      if (CrimeActs.noun(p, i) && t.start() >= c.from()) { // "two men are under arrest"
        Found f = CrimeActs.nounEvent(p, c, i);
        if (f != null && out.stream().noneMatch(o -> o.type().equals(f.type()))) {
          out.add(f);
        }
        continue;
      }
      String type = Acts.lexicon(p, i); // the lexicon's, or a statement's ("hit out at")
      if (type == null) {
        type = argumentType(p, i);
      }
      if (type == null) {
        type = Acts.type(p, i); // speech and legal acts with their arguments (SpeechActs, LegalActs)
      }
      if (type == null && LegalActs.noun(p, i) && t.start() >= c.from()) {
        Found f = LegalActs.nounEvent(p, c, i);
        if (f != null && out.stream().noneMatch(o -> o.type().equals(f.type()))) {
          out.add(f);
        }
        continue;
      }
      if (type == null && EventNouns.march(p, i)) {
        type = "PROTEST"; // "marches converged on the square", in lower case: not the month
      }
      if (type == null && EventNouns.noun(p, i) && t.start() >= c.from()) {
        Found f = EventNouns.event(p, c, i); // "accusations against", "imposed sanctions on"
        if (f != null && out.stream().noneMatch(o -> o.type().equals(f.type()))) {
          out.add(f);
        }
        continue;
      }
      if (type == null || t.start() < c.from()) {
        continue;
      }
      Found f = t.verb() ? verbEvent(p, c, i, type) : nounEvent(p, c, i, type);
      if (f == null || sport(c, f.type()) || Idioms.drop(p, i, f.type())
          || CrimeActs.drop(p, i, f.type())) {
        continue;
      }
      // one event of a type per sentence: "met ... at talks" is one meeting, told twice
      Found old = out.stream().filter(o -> o.type().equals(f.type())).findFirst().orElse(null);
      if (old == null) {
        out.add(f);
      } else {
        Map<String, Participant> all = new LinkedHashMap<>();
        old.participants().forEach(x -> all.put(x.key(), x));
        f.participants().forEach(x -> all.putIfAbsent(x.key(), x));
        String loc = old.locationId() != null ? old.locationId() : f.locationId();
        all.remove(loc);
        out.set(out.indexOf(old), new Found(old.type(), old.mode() != null ? old.mode() : f.mode(),
            old.status(), old.date(), loc, List.copyOf(all.values()), old.start(), old.end(),
            Math.max(old.confidence(), f.confidence())));
      }
    }
    return out;
  }

  /** A verb that is an event only with certain arguments: "pull back", "sent troops", "spoke with". */
  private static String argumentType(Parse p, int v) {
    Parse.Tok t = p.tok(v);
    if (!t.verb()) {
      return null;
    }
    Set<String> prt = new java.util.HashSet<>();
    for (int x : p.children(v, "compound:prt")) {
      prt.add(p.tok(x).lemma());
    }
    for (int x : p.children(v, "advmod")) {
      prt.add(p.tok(x).lemma());
    }
    Set<String> objects = new java.util.HashSet<>();
    for (String rel : new String[] {"obj", "nsubj:pass"}) {
      for (int x : p.children(v, rel)) {
        objects.add(p.tok(x).lemma());
        objects.add(p.tok(x).word().toLowerCase());
      }
    }
    boolean forces = objects.stream().anyMatch(Lexicon.FORCES::contains);
    switch (t.lemma()) {
      case "pull", "move" -> {
        boolean things = !p.children(v, "obj").isEmpty() && !forces; // "pull out the cable"
        return !things && (prt.contains("back") || prt.contains("out") || prt.contains("away"))
            ? "RETREAT" : null;
      }
      case "send", "dispatch", "mass" -> {
        return forces ? "MOBILIZE" : null;
      }
      case "call" -> {
        return prt.contains("up") && forces ? "MOBILIZE" : null;
      }
      case "exchange", "free", "swap" -> {
        return objects.stream().anyMatch(Lexicon.CAPTIVES::contains) ? "RETREAT" : null;
      }
      case "speak" -> {
        return p.children(v, "obl:with").isEmpty() ? null : "CONSULT";
      }
      case "find" -> {
        return guilty(p, v) ? "SANCTION" : null; // "was found guilty", "to find him guilty"
      }
      case "face" -> {
        return objects.contains("charge") || objects.contains("count") ? "ACCUSE" : null;
      }
      case "open" -> {
        return objects.contains("fire") ? "ASSAULT" : null; // "opened fire on"
      }
      case "gun" -> {
        return prt.contains("down") ? "ASSAULT" : null;
      }
      case "hurl", "throw", "lob" -> {
        return objects.stream().anyMatch(Lexicon.MISSILES::contains) ? "ASSAULT" : null;
      }
      case "catch" -> {
        // "police caught the gunman", "caught him" (parsed iobj at times); not "caught fire"
        for (int x : p.children(v, "iobj")) {
          objects.add(p.tok(x).lemma());
        }
        return objects.stream().anyMatch(o -> Lexicon.PERSON_NOUNS.contains(o)
            || Lexicon.GROUP_ACTORS.contains(o)) ? "COERCE" : null;
      }
      case "lay" -> {
        return objects.contains("siege") ? "ASSAULT" : null; // "laid siege to"
      }
      case "hold" -> {
        return ControlVerbs.custody(p, v) ? "COERCE" : null; // "held without bail"
      }
      case "fire" -> {
        return ControlVerbs.firedAt(p, v) ? "ASSAULT" : null; // "fired teargas at protesters"
      }
      case "set" -> {
        // "was set on fire", "set fire to the house", "set the car alight"
        boolean fire = objects.contains("fire") || p.children(v, "obl:on").stream()
            .anyMatch(x -> p.tok(x).lemma().equals("fire")) || p.out(v).stream()
            .anyMatch(x -> p.tok(x.dep()).lemma().equals("alight"));
        return fire ? "ASSAULT" : null;
      }
      case "drag", "haul" -> {
        // "was dragged out by police": removed by force by the authorities
        return argumentIn(p, v, Lexicon.GROUP_ACTORS, "obl:agent", "obl:by") ? "COERCE" : null;
      }
      case "vow", "swear", "warn" -> {
        return ControlVerbs.threat(p, v) ? "THREATEN" : null; // "vowed to attack"
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * Whether {@code v} only modifies a noun ("the disputed region"): hung as amod or acl with no
   * subject or object of its own. A relative clause or participle clause has one (enhanced++
   * gives "a man who was charged" its subject; {@link ParseRepair} gives "the suspect, arrested
   * on Sunday" and "X, accused of fraud" theirs), so it is a clause with an event.
   */
  private static boolean modifierOnly(Parse p, int v) {
    boolean modifier = p.in(v).stream()
        .anyMatch(a -> a.rel().equals("amod") || a.rel().startsWith("acl"));
    return modifier && p.children(v, "nsubj").isEmpty() && p.children(v, "obj").isEmpty();
  }

  /**
   * Whether the doer is an actor named by its noun ("police arrested", "gunmen stormed", "was
   * detained by soldiers"): news without a name, for the one-sided types.
   */
  private static boolean groupActor(Parse p, int v, String type) {
    if (type.equals("CONSULT") || type.equals("AGREE") || type.equals("COOPERATE")) {
      return false; // two sides must be known
    }
    boolean passive = !p.children(v, "nsubj:pass").isEmpty()
        || !p.children(v, "aux:pass").isEmpty();
    return !passive && argumentIn(p, v, Lexicon.GROUP_ACTORS, "nsubj")
        || argumentIn(p, v, Lexicon.GROUP_ACTORS, "obl:agent")
        || passive && argumentIn(p, v, Lexicon.GROUP_ACTORS, "obl:by");
  }

  /**
   * A visit to a town or region, not to a country: the place is where the visit was, not a
   * side met ("the president visited the border region": a domestic tour, no diplomatic
   * CONSULT). Removes such places from the participants; returns the visit's location.
   */
  private static String homeVisit(Context c, Map<String, Participant> parts, String location) {
    String where = location;
    for (String id : List.copyOf(parts.keySet())) {
      String type = c.types().get(id);
      if (type != null && PLACES.contains(type)) {
        parts.remove(id);
        where = where != null ? where : id;
      }
    }
    return where;
  }

  /**
   * Whether a meeting or agreement is sport's ("the club met the striker's agent", "signed a
   * three-year contract before the season"): clubs and players meet, but that is no PLOVER event.
   */
  private static boolean sport(Context c, String type) {
    return (type.equals("CONSULT") || type.equals("AGREE"))
        && SPORT.matcher(c.text().substring(c.start(), c.end())).find();
  }

  /**
   * Whether the subject or object of {@code v} is a person told by age or nationality ("the
   * 48-year-old Australian was sentenced"), not by name.
   */
  private static boolean someone(Parse p, Context c, int v) {
    for (String rel : new String[] {"nsubj", "obj"}) {
      for (int x : p.children(v, rel)) {
        Mention m = mentionAt(c, p.tok(x));
        if (m != null && "NATIONALITY".equals(m.type()) || aged(p, x)) {
          return true;
        }
        for (Parse.Arc a : p.out(x)) {
          // "48-year-old", one token or split at its hyphens ("old" over "year")
          Parse.Tok t = p.tok(a.dep());
          if (t.word().toLowerCase().matches("\\d+-years?-old") || t.lemma().equals("old")
              && p.out(a.dep()).stream().anyMatch(y -> p.tok(y.dep()).lemma().equals("year"))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** "the 34-year-old" as a noun: "old" over "year". */
  private static boolean aged(Parse p, int x) {
    return p.tok(x).lemma().equals("old")
        && p.out(x).stream().anyMatch(y -> p.tok(y.dep()).lemma().equals("year"));
  }

  /** Whether the doer of {@code v} is a person, group or named actor, not a thing. */
  private static boolean hand(Parse p, Context c, int v) {
    boolean passive = !p.children(v, "nsubj:pass").isEmpty()
        || !p.children(v, "aux:pass").isEmpty();
    String[] doer = passive ? new String[] {"obl:agent", "obl:by"} : new String[] {"nsubj"};
    return argumentIn(p, v, Lexicon.GROUP_ACTORS, doer)
        || argumentIn(p, v, Lexicon.PERSON_NOUNS, doer) || hasActor(p, c, v, doer);
  }

  /** Whether an argument of {@code v} in {@code rels} is a person, organisation or country. */
  private static boolean hasActor(Parse p, Context c, int v, String... rels) {
    for (String rel : rels) {
      for (int x : p.children(v, rel)) {
        Mention m = mentionAt(c, p.tok(x));
        if (m != null && actor(c, m, false)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a "find" has "guilty" as its complement, not negated ("found not guilty"). */
  private static boolean guilty(Parse p, int v) {
    for (Parse.Arc a : p.out(v)) {
      if (p.tok(a.dep()).lemma().equalsIgnoreCase("guilty") && (a.rel().equals("xcomp")
          || a.rel().equals("obj") || a.rel().startsWith("obl") || a.rel().equals("advmod"))) {
        return p.out(a.dep()).stream().noneMatch(x -> p.tok(x.dep()).lemma().equals("not"));
      }
    }
    return false;
  }

  /** Whether an argument of {@code v} in {@code rels} is an entity mention. */
  private static boolean hasMention(Parse p, Context c, int v, String... rels) {
    for (String rel : rels) {
      for (int x : p.children(v, rel)) {
        if (mentionAt(c, p.tok(x)) != null) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the object or passive subject of {@code v} names a person. */
  private static boolean named(Parse p, Context c, int v) {
    for (String rel : new String[] {"obj", "nsubj:pass"}) {
      for (int x : p.children(v, rel)) {
        Mention m = mentionAt(c, p.tok(x));
        if (m != null && "PERSON".equals(c.types().get(m.entityId()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether an argument of {@code v} in {@code rels} has a lemma in {@code words}. */
  static boolean argumentIn(Parse p, int v, Set<String> words, String... rels) {
    for (String rel : rels) {
      for (int x : p.children(v, rel)) {
        if (words.contains(p.tok(x).lemma().toLowerCase())
            || words.contains(p.tok(x).word().toLowerCase())) {
          return true;
        }
        for (int y : p.children(x, "nmod:of")) {
          if (words.contains(p.tok(y).lemma().toLowerCase())) {
            return true; // "thousands of teachers"
          }
        }
      }
    }
    return false;
  }

  private static Found verbEvent(Parse p, Context c, int v, String type) {
    String lemma = p.tok(v).lemma();
    if (lemma.equals("charge") && p.children(v, "obl:with").isEmpty()
        && !argumentIn(p, v, Lexicon.PERSON_NOUNS, "obj") && !CrimeActs.charged(p, v)
        && !named(p, c, v) && !ClausalAccusations.clausal(p, v)) {
      return null; // "charged with murder", "charged him", "X was charged"; not "charged $35"
    }
    // an arrest, charge or sentence of an unnamed person, a protest by an unnamed crowd, a
    // shooting or a stone thrown by one person or crowd at another
    if ((lemma.equals("capture") || lemma.equals("apprehend")) && !named(p, c, v)
        && !argumentIn(p, v, Lexicon.CAPTURED, "obj", "nsubj:pass")) {
      return null; // "captured 23 pirates"; not "captured the imagination"
    }
    if (lemma.equals("hijack") && !argumentIn(p, v, Lexicon.HIJACKED, "obj", "nsubj:pass")) {
      return null;
    }
    if ((lemma.equals("hit") || lemma.equals("strike")) && type.equals("ASSAULT")
        && (argumentIn(p, v, Lexicon.DISASTERS,
        "nsubj") || !hasMention(p, c, v, "obj", "nsubj:pass")
        && !argumentIn(p, v, Lexicon.TARGETS, "obj", "nsubj:pass"))) {
      return null; // "a quake hit the town", "hit 30 homers", "hit a record"
    }
    if (lemma.equals("shoot") && (argumentIn(p, v, Lexicon.MEDIA, "obj", "nsubj:pass")
        || p.children(v, "obj").isEmpty() && p.children(v, "nsubj:pass").isEmpty()
        && p.children(v, "obl:at").isEmpty() && p.children(v, "obl:on").isEmpty())) {
      return null; // "shot a film", "began shooting in August"
    }
    if (lemma.equals("host") && !hasMention(p, c, v, "obj") && !argumentIn(p, v, Lexicon.GUESTS,
        "obj") && p.children(v, "obj").stream().noneMatch(o -> Lexicon.type(p.tok(o)) != null)) {
      return null; // "hosted talks", "hosted the president"; not "hosted the awards"
    }
    if (lemma.equals("sign") && (!argumentIn(p, v, Lexicon.SIGNED, "obj", "nsubj:pass")
        || !p.children(v, "compound:prt").isEmpty())) {
      return null; // "signed a truce"; not "signed a pitcher", "signed on to appear"
    }
    if (lemma.equals("release") && !named(p, c, v) && !argumentIn(p, v, Lexicon.CAPTIVES,
        "obj", "nsubj:pass") && !argumentIn(p, v, Lexicon.CAPTURED, "obj", "nsubj:pass")) {
      return null; // "released two hostages"; not "released a video", "the laptop was released"
    }
    if (type.equals("ASSAULT") && ACCIDENT.matcher(c.text().substring(c.start(), c.end())).find()) {
      return null; // "shot his father in a hunting accident"
    }
    if (lemma.equals("kill") && (argumentIn(p, v, Lexicon.DISASTERS, "nsubj", "obl:by")
        || !hand(p, c, v) || p.children(v, "obj").isEmpty() && p.children(v, "aux:pass").isEmpty())) {
      // "gunmen killed two", "was killed by police"; not "the quake killed 40", nor a headline's
      // "nine soldiers killed in fighting" (no object: the soldiers are the dead)
      return null;
    }
    if ((lemma.equals("execute") || lemma.equals("torture")) && !named(p, c, v)
        && !argumentIn(p, v, Lexicon.PERSON_NOUNS, "obj", "nsubj:pass")
        && !argumentIn(p, v, Lexicon.CAPTURED, "obj", "nsubj:pass")) {
      return null; // "executed two prisoners"; not "executed a plan", "a tortured argument"
    }
    if ((lemma.equals("seize") || lemma.equals("confiscate"))
        && (argumentIn(p, v, Lexicon.ABSTRACT, "obj", "nsubj:pass") || !hand(p, c, v)
            && !named(p, c, v) && !argumentIn(p, v, Lexicon.CAPTURED, "obj", "nsubj:pass"))) {
      return null; // "police seized drugs", "seized a boat"; not "seized power", "seized the day"
    }
    if (lemma.equals("intercept") && !named(p, c, v) && !argumentIn(p, v, Lexicon.CAPTURED,
        "obj", "nsubj:pass") && !argumentIn(p, v, Lexicon.HIJACKED, "obj", "nsubj:pass")) {
      return null; // "intercepted three boats"; not "intercepted a pass", "a missile"
    }
    if (lemma.equals("refuse") && argumentIn(p, v, Lexicon.SAYING, "xcomp")) {
      return null; // "refused to comment", "refused to believe"
    }
    if (type.equals("PROTEST") && !p.children(v, "obj").isEmpty()
        && (lemma.equals("demonstrate") || lemma.equals("rally"))) {
      return null; // "demonstrated their skills", "rallied support"
    }
    boolean unnamed = groupActor(p, v, type) && !GenericMakers.advisory(p, v, type)
        || Lexicon.JUSTICE.contains(lemma)
        && (argumentIn(p, v, Lexicon.PERSON_NOUNS, "nsubj", "obj") || someone(p, c, v))
        || type.equals("PROTEST") && (argumentIn(p, v, Lexicon.CROWDS, "nsubj")
            || ControlVerbs.counted(p, v))
        // "threatening to kill her parents": a threat of violence is news without a name
        || type.equals("THREATEN") && ControlVerbs.violentComplement(p, v)
        // the victim a person: "shot him", "was gunned down"; not "shot a film"
        || type.equals("ASSAULT") && Lexicon.HUMAN_VIOLENCE.contains(lemma)
            && argumentIn(p, v, Lexicon.PERSON_NOUNS, "obj", "nsubj:pass")
        || type.equals("ASSAULT") && Lexicon.THROWING.contains(lemma)
            && (argumentIn(p, v, Lexicon.PERSON_NOUNS, "nsubj")
                || argumentIn(p, v, Lexicon.CROWDS, "nsubj"))
        || LegalActs.unnamed(p, c, v) // "the 52-year-old Velmoran was expelled"
        || CrimeActs.unnamed(p, v) // "a man was questioned on suspicion of", "accused of stabbing"
        || SpeechActs.unnamed(p, v); // "the nurses pleaded with the ministry to ..."
    if (p.tok(v).tag().equals("VBG") && type.equals("ASSAULT") && p.in(v).stream().anyMatch(
        a -> a.rel().startsWith("nsubj") || a.rel().equals("obj") || a.rel().startsWith("obl"))) {
      return nounEvent(p, c, v, type); // "Shelling continued": a gerund used as a noun
    }
    if ((lemma.equals("call") || lemma.equals("appeal")) && type.equals("REQUEST")
        && p.children(v, "obl").isEmpty() && p.children(v, "compound:prt").stream()
            .noneMatch(x -> p.tok(x).lemma().equals("on") || p.tok(x).lemma().equals("for"))) {
      return null;
    }
    if (modifierOnly(p, v)) {
      return null; // "the disputed region", "a Russian-mediated truce": a modifier, not a clause
    }
    Map<String, Participant> parts = new LinkedHashMap<>();
    boolean passive = !p.children(v, "nsubj:pass").isEmpty() || !p.children(v, "aux:pass").isEmpty();
    for (int s : p.children(v, "nsubj")) {
      addActors(p, c, s, passive ? Roles.undergoer(p, v, type, s) : Roles.subject(p, v, type),
          parts);
    }
    subjectFromControl(p, c, v, parts);
    int antecedent = pronounSubject(p, c, v, parts);
    for (int a : p.children(v, "obl:agent")) {
      addActors(p, c, a, "SOURCE", parts);
    }
    if (passive) {
      for (int a : p.children(v, "obl:by")) {
        addActors(p, c, a, "SOURCE", parts);
      }
    }
    Acts.arguments(p, v, type).forEach((o, role) -> addActors(p, c, o, role, parts)); // "under fire from B"
    for (String rel : new String[] {"obj", "iobj", "obl:with", "obl:against", "obl:of",
        "obl:on", "obl:between"}) {
      for (int o : p.children(v, rel)) {
        if (Roles.placeSlot(rel) && placeOf(p, c, o) != null) {
          continue; // "accused X of shelling the town", "fired on a village": where, not whom
        }
        addActors(p, c, o, rel.equals("obj") ? Roles.undergoer(p, v, type, o) : "TARGET", parts);
      }
    }
    for (int o : Roles.accused(p, v, type)) {
      addActors(p, c, o, "TARGET", parts); // "dropped its investigation into claims against X"
    }
    for (int o : p.children(v, SpeechActs.recipient(lemma))) {
      addActors(p, c, o, "TARGET", parts); // "offered aid to B", "appealed to B"
    }
    Statements.targets(p, v).forEach(o -> addActors(p, c, o, "TARGET", parts)); // "lashed out at B"
    CoverageVerbs.recipients(p, v).forEach(o -> addActors(p, c, o, "TARGET", parts)); // "aid to B"
    Speakers.previous(p, c, v, type, parts); // "He also rejected the plan": the person named before
    // "agreed to meet", "accused X of shelling": an xcomp or advcl shares the arguments
    String location = place(p, c, v);
    if (location == null && (type.equals("ASSAULT") || lemma.equals("visit"))) {
      for (int o : p.children(v, "obj")) {
        location = placeOf(p, c, o);
        if (location != null) {
          break;
        }
      }
    }
    if (location == null && antecedent >= 0) {
      location = place(p, c, antecedent);
      for (int o : p.children(antecedent, "obj")) {
        location = location != null ? location : place(p, c, o); // "held a meeting in X, at which"
      }
    }
    if (lemma.equals("host")) {
      for (int s : p.children(v, "nsubj")) {
        String place = placeOf(p, c, s);
        location = location != null ? location : place;
      }
      // "A hosted talks between B and C": the object's own modifiers are participants too
      for (int o : p.children(v, "obj")) {
        if (Lexicon.type(p.tok(o)) != null) {
          nounModifiers(p, c, o, parts);
        }
      }
    }
    if (lemma.equals("visit")) {
      location = homeVisit(c, parts, location);
    }
    String status = SpeechActs.status(p, v, type, status(p, v, type));
    if (status == null) {
      return null;
    }
    String mode = Modes.of(p, v, type, lemma, Roles.named(parts));
    mode = mode != null ? mode : Statements.mode(p, v, type);
    return found(p, c, v, v, type, status, mode, location, parts, unnamed);
  }

  private static Found nounEvent(Parse p, Context c, int n, String type) {
    int gov = governingVerb(p, n);
    String govLemma = gov >= 0 ? p.tok(gov).lemma() : "";
    boolean subject = gov >= 0 && p.in(n).stream()
        .anyMatch(a -> a.gov() == gov && a.rel().startsWith("nsubj"));
    boolean object = gov >= 0 && p.in(n).stream()
        .anyMatch(a -> a.gov() == gov && a.rel().equals("obj"));
    Map<String, Participant> parts = new LinkedHashMap<>();
    nounModifiers(p, c, n, parts);
    String word = p.tok(n).word().toLowerCase();
    if (word.startsWith("strike") && argumentIn(p, n, Lexicon.WALKOUT, "amod", "compound")) {
      type = "PROTEST"; // "a general strike": a walkout, not an attack
    }
    if (type.equals("ASSAULT") && ACCIDENT.matcher(c.text().substring(c.start(), c.end())).find()) {
      return null;
    }
    String finalType = type;
    String status = null;
    int predicate = gov >= 0 ? gov : n;
    if (type.equals("CONSULT") && gov >= 0 && CoverageVerbs.cancels(p, gov)) {
      return null; // "called off talks", "walked out of the meeting": a REJECT (CoverageVerbs)
    }
    switch (type) {
      case "CONSULT" -> {
        boolean held = gov >= 0 && (subject || object);
        if (gov >= 0 && (Lexicon.MEETING_AGREED.contains(govLemma)
            || under(p, gov, Lexicon.MEETING_AGREED))) {
          held = true;
          finalType = "AGREE"; // a meeting announced or agreed on (PLOVER)
          status = status(p, gov, type);
          status = status == null || status.equals("hoped") || status.equals("denied") ? status
              : "planned";
        } else if (held && Lexicon.MEETING_SUPPORT.contains(govLemma)) {
          status = status(p, gov, type);
        } else {
          held = false;
          if (gov >= 0 && isAdverbial(p, n, gov)) {
            // "after meetings with B, A said", "A sat down at talks": the clause's subject took part
            for (int s : p.children(gov, "nsubj")) {
              addActors(p, c, s, "SOURCE", parts);
            }
          }
          for (int acl : p.children(n, "acl")) {
            for (int by : p.children(acl, "obl:by")) {
              addActors(p, c, by, "SOURCE", parts); // "talks hosted by X"
            }
          }
          for (int s : Roles.presentAt(p, n)) {
            addActors(p, c, s, "SOURCE", parts); // "X was present at a meeting with Y"
          }
          if (Roles.named(parts) < 2 && (Roles.named(parts) == 0 || place(p, c, n) == null)) {
            return null;
          }
          status = gov >= 0 ? status(p, gov, type) : "happened";
          predicate = gov >= 0 && isAdverbial(p, n, gov) ? gov : n;
        }
        if (held) {
          for (int s : p.children(gov, "nsubj")) {
            if (s != n) {
              addActors(p, c, s, "SOURCE", parts);
            }
          }
          subjectFromControl(p, c, gov, parts);
        }
      }
      case "AGREE" -> {
        if (gov < 0 || !(object || subject) || !Lexicon.AGREEMENT_SUPPORT.contains(govLemma)) {
          return null;
        }
        status = status(p, gov, type);
        for (int s : p.children(gov, "nsubj")) {
          addActors(p, c, s, "SOURCE", parts);
        }
      }
      case "ASSAULT", "PROTEST" -> {
        boolean root = p.in(n).stream().anyMatch(a -> a.rel().equals("root"));
        boolean casualty = gov >= 0 && Lexicon.CASUALTY.contains(govLemma)
            && isAdverbial(p, n, gov) && (place(p, c, n) != null || hasDate(p, c, gov));
        boolean support = Lexicon.FIGHTING_SUPPORT.contains(govLemma)
            || type.equals("PROTEST") && Lexicon.PROTEST_SUPPORT.contains(govLemma)
            || type.equals("PROTEST") && subject && protestDid(p, n, gov);
        if (!root && !casualty && !((subject || object) && support)
            && !EventNouns.fightingBetween(p, n, gov)) {
          return null; // "died in the fighting", "weeks of clashes": fighting told elsewhere
        }
        status = gov >= 0 ? status(p, gov, type) : "happened";
        if (gov >= 0 && object) {
          for (int s : p.children(gov, "nsubj")) {
            addActors(p, c, s, "SOURCE", parts);
          }
        }
      }
      case "COERCE" -> {
        // "hours after his arrest", "before his re-arrest on Tuesday": an arrest a time phrase
        // presupposes; not "a warrant for his arrest", "called for their arrest"
        if (!ControlVerbs.arrestTold(p, n)) {
          return null;
        }
        status = "happened";
        Map<String, Participant> held = new LinkedHashMap<>();
        for (int x : p.children(n, "nmod:poss")) {
          addActors(p, c, x, "TARGET", held);
        }
        for (int x : p.children(n, "nmod:of")) {
          addActors(p, c, x, "TARGET", held);
        }
        parts.putAll(held); // "his arrest", "Y's arrest": the one arrested, not its doer
        return found(p, c, n, predicate, finalType, status, "arrest", place(p, c, n), parts, true);
      }
      default -> {
        return null;
      }
    }
    if (status == null) {
      return null;
    }
    if (!p.children(n, "det").stream().filter(d -> p.tok(d).lemma().equals("no")).toList().isEmpty()) {
      status = "denied";
    }
    String location = place(p, c, n);
    if (location == null && gov >= 0) {
      location = place(p, c, gov);
    }
    if (location == null) {
      location = placeBefore(p, c, n); // "the Ostrig talks", a headline's "Ostrig hosts X-Y talks"
    }
    if (govLemma.equals("host") && location == null) {
      for (int s : p.children(gov, "nsubj")) {
        location = placeOf(p, c, s);
      }
    }
    boolean strong = finalType.equals("ASSAULT") && STRONG_ASSAULT.contains(word)
        || finalType.equals("PROTEST") && Lexicon.PROTEST_NOUNS.contains(word);
    String mode = Modes.of(p, n, finalType, word, Roles.named(parts));
    return found(p, c, n, predicate, finalType, status, mode, location, parts, strong);
  }

  /**
   * "a protest that closed 140 school districts": a protest that did something in the past, told in
   * its own relative clause, happened.
   */
  private static boolean protestDid(Parse p, int n, int gov) {
    return p.tok(gov).tag().equals("VBD")
        && p.in(gov).stream().anyMatch(a -> a.gov() == n && a.rel().equals("acl:relcl"));
  }

  /** Whether a dated time expression hangs from verb {@code v} ("killed ... on Thursday"). */
  private static boolean hasDate(Parse p, Context c, int v) {
    DateRange d = Dates.of(p, c, v, v);
    return d != c.published() && Dates.attached(p, c, v);
  }

  /** Whether {@code v} is the complement of one of {@code lemmas} ("agreed to send X to talks"). */
  private static boolean under(Parse p, int v, Set<String> lemmas) {
    int x = v;
    for (int i = 0; i < 3; i++) {
      x = p.governor(x, "xcomp", "ccomp");
      if (x < 0) {
        return false;
      }
      if (lemmas.contains(p.tok(x).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code n} is an adverbial phrase of {@code gov} ("after talks with B"). */
  private static boolean isAdverbial(Parse p, int n, int gov) {
    return p.in(n).stream().anyMatch(a -> a.gov() == gov && a.rel().startsWith("obl"));
  }

  /** The verb governing a noun as subject, object or adverbial, through "be held" and the like. */
  static int governingVerb(Parse p, int n) {
    for (Parse.Arc a : p.in(n)) {
      if (a.gov() >= 0 && p.tok(a.gov()).verb() && (a.rel().startsWith("nsubj")
          || a.rel().equals("obj") || a.rel().startsWith("obl"))) {
        return a.gov();
      }
    }
    return -1;
  }

  /**
   * "They" as the subject of a clause inside another ("held a meeting, at which they agreed"):
   * the actors are the subject of the clause it hangs from. Returns that clause's verb, or -1.
   */
  private static int pronounSubject(Parse p, Context c, int v, Map<String, Participant> parts) {
    List<Integer> subjects = p.children(v, "nsubj");
    if (subjects.isEmpty() || !subjects.stream().allMatch(s -> p.tok(s).tag().startsWith("PRP"))) {
      return -1;
    }
    int x = v;
    for (int i = 0; i < 4; i++) {
      int up = p.governor(x, "acl:relcl", "advcl", "conj", "ccomp", "parataxis", "dep");
      if (up < 0) {
        return -1;
      }
      if (p.tok(up).noun()) {
        up = governingVerb(p, up);
        if (up < 0) {
          return -1;
        }
      }
      List<Integer> named = p.children(up, "nsubj").stream()
          .filter(s -> !p.tok(s).tag().startsWith("PRP")).toList();
      if (!named.isEmpty()) {
        if (p.children(v, "aux:pass").isEmpty() && p.children(v, "nsubj:pass").isEmpty()) {
          // not for a passive: in "X decided ... after he was detained" he is no doer, nor X
          named.forEach(s -> addActors(p, c, s, "SOURCE", parts));
        }
        return up;
      }
      x = up;
    }
    return -1;
  }

  /** A controlled clause's subject: "A agreed to meet B", "A and B are set to meet". */
  private static void subjectFromControl(Parse p, Context c, int v,
      Map<String, Participant> parts) {
    if (!p.children(v, "nsubj").isEmpty()) {
      return;
    }
    int up = p.governor(v, "xcomp", "ccomp", "conj");
    if (up >= 0) {
      for (int s : p.children(up, "nsubj")) {
        addActors(p, c, s, "SOURCE", parts);
      }
    }
  }

  /** Participants named in an event noun's own modifiers. */
  private static void nounModifiers(Parse p, Context c, int n, Map<String, Participant> parts) {
    for (String rel : new String[] {"nmod:between", "nmod:with", "nmod:among", "nmod:poss",
        "nmod:by", "nmod:against", "nmod:of", "compound", "amod"}) {
      for (int m : p.children(n, rel)) {
        addActors(p, c, m, rel.equals("nmod:against") || rel.equals("nmod:with") ? "TARGET"
            : "SOURCE", parts);
      }
    }
    // "A-B talks": the names before the noun, however the hyphen was parsed
    int left = p.tok(n).start();
    for (Parse.Arc a : p.out(n)) {
      if (a.dep() < n && !a.rel().startsWith("det") && !a.rel().startsWith("case")) {
        left = Math.min(left, leftmost(p, a.dep()));
      }
    }
    for (Mention m : c.mentions()) {
      if (m.start() >= left && m.end() <= p.tok(n).start()
          && (actor(c, m, true) || isPlace(c, m) && usable(c, m))) {
        parts.putIfAbsent(m.entityId(), new Participant(m.entityId(), "SOURCE"));
      }
    }
  }

  private static String placeBefore(Parse p, Context c, int n) {
    int left = p.tok(n).start();
    for (Parse.Arc a : p.out(n)) {
      if (a.dep() < n && (a.rel().equals("compound") || a.rel().equals("amod"))) {
        left = Math.min(left, leftmost(p, a.dep()));
      }
    }
    for (Mention m : c.mentions()) {
      if (m.start() >= left && m.end() <= p.tok(n).start() && m.entityId() != null
          && isPlace(c, m)) {
        return m.entityId();
      }
    }
    return null;
  }

  private static int leftmost(Parse p, int i) {
    int left = p.tok(i).start();
    for (Parse.Arc a : p.out(i)) {
      if (a.dep() < i && !a.rel().equals("punct")) {
        left = Math.min(left, leftmost(p, a.dep()));
      }
    }
    return left;
  }

  /**
   * The actors an argument names: its own mention, else (for "the leaders of A and B", "A's
   * envoy", "Armenian officials") the names in its modifiers, and the same for its conjuncts.
   */
  static void addActors(Parse p, Context c, int arg, String role,
      Map<String, Participant> parts) {
    List<Integer> args = new ArrayList<>();
    args.add(arg);
    args.addAll(p.children(arg, "conj"));
    for (int a : args) {
      collect(p, c, a, role, parts, 0);
    }
  }

  private static void collect(Parse p, Context c, int a, String role,
      Map<String, Participant> parts, int depth) {
    if (depth <= 1 && GenericActors.twoSides(p, c, a, role, parts)) {
      return; // "the two sides", "envoys of both sides": the two parties the text names
    }
    Mention m = mentionAt(c, p.tok(a));
    if (m != null && (actor(c, m, depth > 0) || isPlace(c, m) && usable(c, m))) {
      // a place in an argument slot acts for its government ("Ruvena rejects", "accused Tavrin")
      parts.putIfAbsent(m.entityId(), new Participant(m.entityId(), role));
      if (depth < 3) {
        for (int x : p.children(a, "nmod:of")) {
          collect(p, c, x, role, parts, depth + 1); // "the General Staff of A and B"
        }
      }
      return;
    }
    if (depth > 2 || m != null) {
      return;
    }
    // the pronoun itself, not one a noun hangs from ("her husband was sentenced": not her)
    String who = depth == 0 ? Roles.person(c, p.tok(a)) : null;
    if (who != null) {
      // "after he was arrested": kept apart until the event stands, so a pronoun never makes one
      parts.putIfAbsent(Roles.PRONOUN + who, new Participant(who, role));
      return;
    }
    boolean role2 = Lexicon.ROLE.contains(p.tok(a).lemma()) || depth == 0 && m == null;
    if (role2 && namedHolder(p, c, a, role, parts)) {
      return; // "A's President X meets": the person acts, not the country that owns the title
    }
    boolean opposed = Roles.opposed(p, a);
    for (Parse.Arc x : p.out(a)) {
      String r = x.rel();
      if (r.equals("compound") || r.equals("flat") || r.equals("appos") || r.equals("nmod:poss")
          || (role2 && (r.equals("amod") || r.equals("nmod:of") || r.equals("nmod:from")
          || r.startsWith("conj")))) {
        if (opposed && country(c, mentionAt(c, p.tok(x.dep())))) {
          continue; // "Syrian rebels", "the Velorian opposition": against that country's state
        }
        collect(p, c, x.dep(), role, parts, depth + 1);
      }
    }
  }

  /**
   * The person a title names ("President X", "A's President X", the parser often hanging the name
   * off the title as dep, appos, flat or compound): adds them and says whether there was one.
   */
  private static boolean namedHolder(Parse p, Context c, int title, String role,
      Map<String, Participant> parts) {
    boolean found = false;
    for (Parse.Arc x : p.out(title)) {
      String r = x.rel();
      if (r.equals("dep") || r.equals("appos") || r.equals("flat") || r.equals("compound")) {
        Mention m = mentionAt(c, p.tok(x.dep()));
        if (m != null && "PERSON".equals(c.types().get(m.entityId())) && actor(c, m, false)) {
          parts.putIfAbsent(m.entityId(), new Participant(m.entityId(), role));
          found = true;
        }
      }
    }
    return found;
  }

  /** Whether a mention names a country, by name or by its people's adjective. */
  private static boolean country(Context c, Mention m) {
    return m != null && ("NATIONALITY".equals(m.type())
        || "COUNTRY".equals(c.types().get(m.entityId())));
  }

  /** The entity mention covering token {@code t}, or null. */
  static Mention mentionAt(Context c, Parse.Tok t) {
    for (Mention m : c.mentions()) {
      if (m.entityId() != null && m.start() <= t.start() && t.end() <= m.end()) {
        return m;
      }
    }
    return null;
  }

  /** Whether a mention may be an actor: a person, organisation or country (a nationality only as a modifier). */
  static boolean actor(Context c, Mention m, boolean modifier) {
    String type = c.types().get(m.entityId());
    if (type == null || m.start() < c.from() || c.skip().contains(m.text())) {
      return false;
    }
    if ("NATIONALITY".equals(m.type()) && !modifier) {
      return false;
    }
    return ACTORS.contains(type);
  }

  private static boolean usable(Context c, Mention m) {
    return m.start() >= c.from() && !c.skip().contains(m.text());
  }

  private static boolean isPlace(Context c, Mention m) {
    String type = c.types().get(m.entityId());
    return type != null && PLACES.contains(type) && !"NATIONALITY".equals(m.type());
  }

  /** The place of an event at {@code i}: its "in"/"at" phrase. */
  static String place(Parse p, Context c, int i) {
    for (String rel : new String[] {"obl:in", "obl:at", "nmod:in", "nmod:at", "obl:to",
        "obl:near", "nmod:near", "obl:around", "nmod:around", "obl:on", "nmod:on"}) {
      for (int o : p.children(i, rel)) {
        String place = placeOf(p, c, o);
        if (place != null) {
          return place;
        }
      }
    }
    return null;
  }

  /** The place a phrase names: itself, or "the city of X", "the capital, X". */
  private static String placeOf(Parse p, Context c, int o) {
    Mention m = mentionAt(c, p.tok(o));
    if (m != null) {
      return isPlace(c, m) ? m.entityId() : null;
    }
    // "the capital X", "the resort city X": a name right after the noun, however it was parsed
    for (Mention n : c.mentions()) {
      if (n.entityId() != null && n.start() > p.tok(o).end() && n.start() <= p.tok(o).end() + 1
          && isPlace(c, n)) {
        return n.entityId();
      }
    }
    for (String rel : new String[] {"nmod:of", "appos", "flat"}) {
      for (int x : p.children(o, rel)) {
        Mention n = mentionAt(c, p.tok(x));
        if (n != null && isPlace(c, n)) {
          return n.entityId();
        }
      }
    }
    return null;
  }

  /**
   * The status of the clause headed by {@code v}: null for a hypothetical ("if", "whether",
   * "could"), else happened, planned, hoped, denied or claimed.
   */
  static String status(Parse p, int v, String type) {
    List<Integer> chain = new ArrayList<>();
    List<String> how = new ArrayList<>();
    for (int x = v; x >= 0 && chain.size() < 5; ) {
      chain.add(x);
      int up = -1;
      for (Parse.Arc a : p.in(x)) {
        if (a.gov() >= 0 && (a.rel().equals("xcomp") || a.rel().equals("ccomp")
            || a.rel().startsWith("advcl") || a.rel().equals("csubj"))) {
          up = a.gov();
          how.add(a.rel());
          break;
        }
      }
      x = up;
    }
    for (int x : chain) {
      String noun = EventNouns.clauseStatus(p, x); // "calls for X to release": only hoped
      if (noun != null) {
        return noun.isEmpty() ? null : noun;
      }
    }
    for (int x : chain) {
      for (int m : p.children(x, "mark")) {
        if (HYPOTHETICAL_MARK.contains(p.tok(m).lemma())) {
          return null;
        }
      }
    }
    for (int a : p.children(v, "aux")) {
      if (HYPOTHETICAL_AUX.contains(p.tok(a).word().toLowerCase())) {
        return null;
      }
    }
    if (p.negated(v)) {
      return "denied";
    }
    String status = "happened";
    if (chain.size() == 1 && p.children(v, "mark").stream()
        .anyMatch(m -> p.tok(m).word().equalsIgnoreCase("to"))) {
      status = "planned"; // a headline's "X and Y to hold talks"
    }
    for (int a : p.children(v, "aux")) {
      if (FUTURE_AUX.contains(p.tok(a).word().toLowerCase())) {
        status = "planned";
      }
    }
    String control = ControlVerbs.status(p, chain, how, type);
    if (control != null) {
      return control.isEmpty() ? null : control;
    }
    for (int i = 1; i < chain.size(); i++) {
      String lemma = p.tok(chain.get(i)).lemma();
      String rel = how.get(i - 1);
      if (Acts.unreal(lemma, rel)) {
        return null; // "is likely to deploy": a guess; "trained forces to fight": a purpose
      }
      boolean complement = rel.equals("xcomp") || rel.equals("ccomp");
      if (Lexicon.PLANNED.contains(lemma) && complement && i == 1) {
        status = "planned";
      } else if (Lexicon.HOPED.contains(lemma) && complement) {
        return "hoped";
      } else if (Lexicon.DENYING.contains(lemma)) {
        return "denied";
      } else if (Lexicon.REPORTING.contains(lemma) && rel.equals("ccomp")
          && !type.equals("ACCUSE") && status.equals("happened")) {
        status = "claimed";
      }
    }
    return ReportedSpeech.status(p, chain, status); // "according to X, ..."
  }

  static Found found(Parse p, Context c, int trigger, int predicate,
      String type, String status, String mode, String location,
      Map<String, Participant> parts, boolean strong) {
    if (location != null) {
      parts.remove(location);
    }
    boolean twoSided = type.equals("CONSULT") || type.equals("AGREE");
    int need = GenericMakers.need(p, trigger, type, twoSided ? 2 : strong ? 0 : 1);
    int named = Roles.named(parts) + Pronouns.accused(type, parts); // "charges him with"
    if (named < need) {
      named += GenericMakers.carriers(p, c, trigger, predicate, type, status, parts); // "officials criticised"
    }
    if (named < need) {
      return null;
    }
    Roles.settle(parts);
    DateRange date = Dates.of(p, c, trigger, predicate);
    LocalDate reported = c.published().latest();
    if ("happened".equals(status) && (date.earliest() != null && reported != null
        && date.earliest().isAfter(reported) || Dates.future(p, c, trigger, predicate))) {
      status = "planned"; // dated after its report: "a summit later this month"
    }
    if (type.equals("CONSULT") && "planned".equals(status)) {
      type = "AGREE"; // PLOVER: references to future meetings are AGREE
    }
    double confidence = 0.55 + Math.min(0.25, 0.08 * named) + (location != null ? 0.1 : 0)
        + (date != c.published() ? 0.05 : 0);
    GenericActors.add(p, c, trigger, predicate, type, parts); // after the event stands: never makes one
    return new Found(type, mode, status, date, location, List.copyOf(parts.values()),
        c.start(), c.end(), Math.min(0.95, confidence));
  }
}
