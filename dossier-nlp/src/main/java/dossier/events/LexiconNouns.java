package dossier.events;

import dossier.model.DateRange;
import dossier.model.Participant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An event told by one of the lexicon's nouns ("talks", "truce", "clashes", "protest",
 * "arrest"): an event only when a verb makes it one ("A and B held talks", "clashes erupted") or
 * its own modifiers name both sides ("talks between A and B"); the nouns of political acts
 * ("accusations against") are {@link EventNouns}'.
 */
final class LexiconNouns {
  private LexiconNouns() {}

  private static final Set<String> STRONG_ASSAULT = Set.of("shelling", "airstrike", "bombing",
      "bombardment", "barrage", "offensive", "clash", "clashes", "skirmish", "skirmishes",
      "fighting", "hostilities");

  /** The event noun {@code n} tells as {@code type}, or null when no verb or modifier makes it one. */
  static DepFinder.Found nounEvent(Parse p, DepFinder.Context c, int n, String type) {
    int gov = governingVerb(p, n);
    String govLemma = gov >= 0 ? p.tok(gov).lemma() : "";
    boolean subject = gov >= 0 && p.in(n).stream()
        .anyMatch(a -> a.gov() == gov && a.rel().startsWith("nsubj"));
    boolean object = gov >= 0 && p.in(n).stream()
        .anyMatch(a -> a.gov() == gov && a.rel().equals("obj"));
    Map<String, Participant> parts = new LinkedHashMap<>();
    Participants.nounModifiers(p, c, n, parts);
    if (type.equals("CONSULT")) {
      venueWith(p, c, n, parts); // "a meeting at his home with B"
    }
    String word = p.tok(n).word().toLowerCase();
    if (word.startsWith("strike") && Arguments.argumentIn(p, n, Lexicon.WALKOUT, "amod", "compound")) {
      type = "PROTEST"; // "a general strike": a walkout, not an attack
    }
    if (type.equals("ASSAULT") && VerbEvents.ACCIDENT.matcher(c.text().substring(c.start(), c.end())).find()) {
      return null;
    }
    String finalType = type;
    String status = null;
    String visited = null; // the city a visit went to
    int predicate = gov >= 0 ? gov : n;
    if (type.equals("CONSULT") && gov >= 0 && CoverageVerbs.cancels(p, gov)) {
      return null; // "called off talks", "walked out of the meeting": a REJECT (CoverageVerbs)
    }
    switch (type) {
      case "CONSULT" -> {
        int named = Roles.named(parts);
        visited = Visits.destination(p, c, n, parts); // "a visit to Velmora", "to Brenn"
        boolean toVisit = visited != null || Roles.named(parts) > named;
        boolean held = gov >= 0 && (subject || object);
        if (gov >= 0 && (Lexicon.MEETING_AGREED.contains(govLemma)
            || under(p, gov, Lexicon.MEETING_AGREED))) {
          held = true;
          finalType = "AGREE"; // a meeting announced or agreed on (PLOVER)
          status = ClauseStatus.status(p, gov, type);
          status = status == null || status.equals("hoped") || status.equals("denied") ? status
              : "planned";
        } else if (held && Lexicon.MEETING_SUPPORT.contains(govLemma)) {
          status = ClauseStatus.status(p, gov, type);
        } else {
          held = false;
          if (gov >= 0 && isAdverbial(p, n, gov)) {
            // "after meetings with B, A said", "A sat down at talks": the clause's subject took part
            for (int s : p.children(gov, "nsubj")) {
              Participants.addActors(p, c, s, "SOURCE", parts);
            }
          }
          for (int acl : p.children(n, "acl")) {
            for (int by : p.children(acl, "obl:by")) {
              Participants.addActors(p, c, by, "SOURCE", parts); // "talks hosted by X"
            }
          }
          for (int s : Roles.presentAt(p, n)) {
            Participants.addActors(p, c, s, "SOURCE", parts); // "X was present at a meeting with Y"
          }
          if (Roles.named(parts) < 2 && (Roles.named(parts) == 0 || Places.place(p, c, n) == null
              && !Missions.stateVisit(p, n) && visited == null)) {
            return null;
          }
          status = gov >= 0 ? ClauseStatus.status(p, gov, type) : "happened";
          predicate = gov >= 0 && isAdverbial(p, n, gov) ? gov : n;
        }
        if (held) {
          for (int s : p.children(gov, "nsubj")) {
            if (s != n) {
              Participants.addActors(p, c, s, "SOURCE", parts);
            }
          }
          Participants.subjectFromControl(p, c, gov, parts);
        }
        if (toVisit && !Visits.political(c, parts)) {
          return null; // a tourist's, a singer's or a team's visit is no diplomacy
        }
      }
      case "AGREE" -> {
        if (gov < 0 || !(object || subject) || !Lexicon.AGREEMENT_SUPPORT.contains(govLemma)) {
          return null;
        }
        status = ClauseStatus.status(p, gov, type);
        for (int s : p.children(gov, "nsubj")) {
          Participants.addActors(p, c, s, "SOURCE", parts);
        }
      }
      case "ASSAULT", "PROTEST" -> {
        boolean root = p.in(n).stream().anyMatch(a -> a.rel().equals("root"));
        boolean casualty = gov >= 0 && Lexicon.CASUALTY.contains(govLemma)
            && isAdverbial(p, n, gov) && (Places.place(p, c, n) != null || hasDate(p, c, gov));
        boolean support = Lexicon.FIGHTING_SUPPORT.contains(govLemma)
            || type.equals("PROTEST") && Lexicon.PROTEST_SUPPORT.contains(govLemma)
            || type.equals("PROTEST") && subject && protestDid(p, n, gov);
        if (!root && !casualty && !((subject || object) && support)
            && !EventNouns.fightingBetween(p, n, gov)) {
          return null; // "died in the fighting", "weeks of clashes": fighting told elsewhere
        }
        status = gov >= 0 ? ClauseStatus.status(p, gov, type) : "happened";
        if (gov >= 0 && object) {
          for (int s : p.children(gov, "nsubj")) {
            Participants.addActors(p, c, s, "SOURCE", parts);
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
          Participants.addActors(p, c, x, "TARGET", held);
        }
        for (int x : p.children(n, "nmod:of")) {
          Participants.addActors(p, c, x, "TARGET", held);
        }
        parts.putAll(held); // "his arrest", "Y's arrest": the one arrested, not its doer
        return DepFinder.found(p, c, n, predicate, finalType, status, "arrest", Places.place(p, c, n), parts, true);
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
    String location = Places.place(p, c, n);
    location = location == null ? visited : location;
    if (location == null && gov >= 0) {
      location = Places.place(p, c, gov);
    }
    if (location == null) {
      location = Places.placeBefore(p, c, n); // "the Ostrig talks", a headline's "Ostrig hosts X-Y talks"
    }
    if (govLemma.equals("host") && location == null) {
      for (int s : p.children(gov, "nsubj")) {
        location = Places.placeOf(p, c, s);
      }
    }
    // by lemma too: "airstrikes hit the camp" is as strong as "an airstrike hit the camp"
    boolean strong = finalType.equals("ASSAULT") && (STRONG_ASSAULT.contains(word)
        || STRONG_ASSAULT.contains(p.tok(n).lemma().toLowerCase()))
        || finalType.equals("PROTEST") && Lexicon.PROTEST_NOUNS.contains(word);
    String mode = Modes.of(p, n, finalType, word, Roles.named(parts));
    return DepFinder.found(p, c, n, predicate, finalType, status, mode, location, parts, strong);
  }

  /**
   * "a protest that closed 140 school districts": a protest that did something in the past, told in
   * its own relative clause, happened.
   */
  private static boolean protestDid(Parse p, int n, int gov) {
    return p.tok(gov).tag().equals("VBD")
        && p.in(gov).stream().anyMatch(a -> a.gov() == n && a.rel().equals("acl:relcl"));
  }

  /**
   * "a meeting at his home with B": the parser hangs the "with" phrase on the place, but a meeting
   * held somewhere with someone is a meeting with them; only a named actor counts, so "a meeting at
   * a house with a garden" adds nobody.
   */
  private static void venueWith(Parse p, DepFinder.Context c, int n,
      Map<String, Participant> parts) {
    for (String rel : new String[] {"nmod:at", "nmod:in"}) {
      for (int venue : p.children(n, rel)) {
        for (int w : p.children(venue, "nmod:with")) {
          Participants.addActors(p, c, w, "TARGET", parts);
        }
      }
    }
  }

  /** Whether a dated time expression hangs from verb {@code v} ("killed ... on Thursday"). */
  private static boolean hasDate(Parse p, DepFinder.Context c, int v) {
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
      // "the sanctions (that) X imposed": the noun's own relative clause of making tells it, not
      // the verb the noun phrase serves ("discussed the sanctions"); "talks hosted by X" is
      // still the talks where the subject "sat down"
      if (a.gov() >= 0 && p.tok(a.gov()).verb() && ReducedRelatives.making(p.tok(a.gov()))
          && (a.rel().equals("obj") || a.rel().equals("nsubj:pass"))
          && p.in(a.gov()).stream().anyMatch(r -> r.gov() == n && r.rel().startsWith("acl"))) {
        return a.gov();
      }
    }
    for (Parse.Arc a : p.in(n)) {
      if (a.gov() >= 0 && p.tok(a.gov()).verb() && (a.rel().startsWith("nsubj")
          || a.rel().equals("obj") || a.rel().startsWith("obl"))) {
        return a.gov();
      }
    }
    return -1;
  }
}
