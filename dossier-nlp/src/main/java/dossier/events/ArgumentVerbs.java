package dossier.events;

import java.util.Set;

/**
 * Verbs that are events only with certain arguments, moved out of {@link DepFinder}: "pull back",
 * "sent troops", "spoke with", "was found guilty", "opened fire". The verb alone says nothing;
 * its particle or object decides the type.
 */
final class ArgumentVerbs {
  private ArgumentVerbs() {}

  /** A verb that is an event only with certain arguments: "pull back", "sent troops", "spoke with". */
  static String argumentType(Parse p, int v) {
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
      case "advance" -> {
        // "troops advanced on the city", "continued to advance toward its outskirts"
        return Arguments.argumentIn(p, v, ARMED, "nsubj", "nsubj:xsubj")
            && (!p.children(v, "obl:on").isEmpty() || !p.children(v, "obl:toward").isEmpty()
            || !p.children(v, "obl:towards").isEmpty() || !p.children(v, "obl:into").isEmpty())
            ? "ASSAULT" : null;
      }
      case "surround", "encircle" -> {
        return encircled(p, v); // "the army has surrounded the city", "police surrounded the house"
      }
      case "lay" -> {
        return objects.contains("siege") ? "ASSAULT" : null; // "laid siege to"
      }
      case "hold" -> {
        return ControlVerbs.custody(p, v) ? "COERCE" // "held without bail"
            : drill(p, v) ? "MOBILIZE" : null; // "held naval drills"
      }
      case "conduct", "stage", "oversee" -> {
        return drill(p, v) ? "MOBILIZE" : null; // "oversaw a military exercise"
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
        return Arguments.argumentIn(p, v, Lexicon.GROUP_ACTORS, "obl:agent", "obl:by") ? "COERCE" : null;
      }
      case "order", "command", "instruct" -> {
        return Orders.request(p, v) ? "REQUEST" : null; // "ordered all foreigners to assemble"
      }
      case "vow", "swear", "warn" -> {
        return ControlVerbs.threat(p, v) ? "THREATEN" : null; // "vowed to attack"
      }
      default -> {
        return null;
      }
    }
  }

  /** Exercises of arms, and the words that make one military ("naval drills"). */
  private static final Set<String> DRILLS = Set.of("exercise", "exercises", "drill", "drills",
      "maneuver", "maneuvers", "manoeuvre", "manoeuvres", "wargame", "wargames");
  private static final Set<String> MARTIAL = Set.of("military", "naval", "nuclear", "army",
      "missile", "combat", "war", "live-fire", "artillery", "air", "amphibious");

  /**
   * A military exercise held by one side: PLOVER's MOBILIZE (a joint one is COOPERATE, left to
   * the lexicon's readers).
   */
  private static boolean drill(Parse p, int v) {
    for (int o : p.children(v, "obj")) {
      if (DRILLS.contains(p.tok(o).lemma().toLowerCase())
          && Arguments.argumentIn(p, o, MARTIAL, "amod", "compound")
          && !Arguments.argumentIn(p, o, Set.of("joint"), "amod", "compound")) {
        return !p.negated(v);
      }
    }
    return false;
  }

  /** Armed forces whose surrounding a place is a siege (PLOVER's ASSAULT besiege). */
  private static final Set<String> ARMED = Set.of("army", "military", "troop", "troops",
      "soldier", "soldiers", "force", "forces", "tank", "tanks", "militant", "militants", "rebel",
      "rebels", "insurgent", "insurgents", "fighter", "fighters");

  /**
   * A place surrounded by armed forces (ASSAULT) or by police (COERCE); not "surrounded by
   * supporters", "the questions surrounding the deal", nor a passive with no armed doer.
   */
  private static String encircled(Parse p, int v) {
    if (p.children(v, "obj").isEmpty()) {
      return null;
    }
    if (Arguments.argumentIn(p, v, ARMED, "nsubj")) {
      return "ASSAULT";
    }
    return Arguments.argumentIn(p, v, Set.of("police", "policeman", "policemen", "officer",
        "officers"), "nsubj") ? "COERCE" : null;
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
}
