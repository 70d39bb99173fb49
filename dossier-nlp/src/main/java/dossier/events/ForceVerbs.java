package dossier.events;

import static dossier.events.CoverageArgs.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Coverage verbs of force (ASSAULT, COERCE, MOBILIZE): what is sunk, targeted, ransacked, banned
 * or searched, by whom, and the curfews, arrests and alerts imposed or put on.
 */
final class ForceVerbs {
  private ForceVerbs() {}

  /** Vessels that are sunk in an attack. */
  static final Set<String> VESSELS = Set.of("ship", "boat", "vessel", "tanker",
      "warship", "frigate", "submarine", "ferry", "destroyer", "cruiser", "trawler", "gunboat");

  /** Arms that make targeting an attack ("targeted the depot with drones"). */
  static final Set<String> WEAPONS = Set.of("drone", "drones", "missile", "missiles",
      "rocket", "rockets", "bomb", "bombs", "artillery", "mortar", "mortars", "airstrike",
      "airstrikes", "strike", "strikes", "shell", "shells", "attack", "attacks", "fire",
      "gunfire", "grenade", "grenades", "explosive", "explosives", "raid", "raids", "shelling");

  /** Buildings and places that are ransacked or vandalised. */
  static final Set<String> PROPERTY = union(Lexicon.TARGETS, Set.of("monument",
      "statue", "shrine", "temple", "synagogue", "cemetery", "grave", "graves", "memorial",
      "premises", "property", "offices", "parliament", "residence"));

  /** What is banned or shut down as repression: parties, groups, the press, gatherings. */
  static final Set<String> CIVIC = Set.of("party", "parties", "group", "groups",
      "organization", "organisation", "organizations", "organisations", "movement", "union",
      "unions", "newspaper", "newspapers", "paper", "channel", "channels", "station",
      "broadcaster", "website", "websites", "site", "sites", "outlet", "outlets", "network",
      "agency", "ngo", "ngos", "charity", "protest", "protests", "rally", "rallies",
      "demonstration", "demonstrations", "gathering", "gatherings", "march", "marches",
      "opposition", "media", "press", "internet", "magazine", "blog", "account",
      "accounts", "broadcast", "broadcasts");

  /** Levies one state imposes on another's goods. */
  private static final Set<String> LEVIES = Set.of("tariff", "tariffs", "duty", "duties",
      "levy", "levies", "quota", "quotas", "embargo");

  /** Alerts a force is put on ("put on high alert"). */
  private static final Set<String> ALERTS = Set.of("alert", "standby", "footing", "readiness");

  /** Arms and units stationed or positioned: a show of force. */
  static final Set<String> ARMS = union(Lexicon.FORCES, Set.of("warship", "warships",
      "ship", "ships", "missile", "missiles", "jets", "fighter", "fighters", "aircraft",
      "submarine", "submarines", "bomber", "bombers", "artillery", "battery", "batteries",
      "tanks", "troops", "soldiers", "units", "forces", "division", "carrier", "destroyer",
      "marines", "paratroopers"));

  /** Weapons of crowd control: using them on people is an assault (PLOVER crowd-control). */
  static final Set<String> CROWD_WEAPONS = Set.of("cannon", "cannons", "gas", "teargas",
      "bullet", "bullets", "baton", "batons", "truncheon", "truncheons", "grenade", "grenades",
      "spray", "ammunition", "whip", "whips", "club", "clubs", "tasers", "taser");

  /** Homes and offices whose search by the authorities is coercion (PLOVER COERCE seize). */
  static final Set<String> HOMES = Set.of("home", "homes", "house", "houses", "office",
      "offices", "premises", "apartment", "flat", "headquarters", "residence", "compound",
      "property");

  /** Warrants whose execution is a search or an arrest (not a death warrant, not a law's). */
  private static final Set<String> WARRANT_KINDS = Set.of("search", "arrest");

  /**
   * "executed a search warrant", "search warrants were served at three homes": a warrant carried
   * out is a search or an arrest made (PLOVER COERCE). Only a search or arrest warrant, or a bare
   * "warrant(s)" at a place, so "signed his death warrant" is none.
   */
  static boolean warrant(Parse p, int v) {
    for (int o : objects(p, v)) {
      if (!p.tok(o).lemma().equalsIgnoreCase("warrant")) {
        continue;
      }
      boolean kind = p.childIn(o, WARRANT_KINDS, "compound");
      boolean place = !p.children(o, "nmod:at").isEmpty() || !p.children(v, "obl:at").isEmpty()
          || !p.children(o, "nmod:on").isEmpty() || !p.children(v, "obl:on").isEmpty();
      if (kind || place && p.children(o, "compound").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the doer is the police, a force or an authority (or unsaid in a passive). */
  static boolean authority(Parse p, int v) {
    if (passive(p, v)) {
      List<Integer> by = new ArrayList<>(p.children(v, "obl:agent"));
      by.addAll(p.children(v, "obl:by"));
      return by.isEmpty() || by.stream().anyMatch(x -> in(p, x, Lexicon.GROUP_ACTORS));
    }
    return p.childIn(v, Lexicon.GROUP_ACTORS, "nsubj");
  }

  /** "police beat protesters", "was beaten to death", "beat him up"; not "beat the hosts 2-1". */
  static boolean beaten(Parse p, int v, Set<String> prt) {
    boolean death = p.children(v, "obl:to").stream()
        .anyMatch(x -> p.tok(x).lemma().equalsIgnoreCase("death"));
    if (death || prt.contains("up") && people(p, v)) {
      return true;
    }
    List<Integer> doers = passive(p, v) ? p.children(v, "obl:agent") : p.children(v, "nsubj");
    if (passive(p, v)) {
      doers = new ArrayList<>(doers);
      doers.addAll(p.children(v, "obl:by"));
    }
    return people(p, v) && doers.stream().anyMatch(d -> in(p, d, BEATERS));
  }

  /** "held X hostage", "took three hostages", "were taken hostage". */
  static boolean hostage(Parse p, int v) {
    for (Parse.Arc a : p.out(v)) {
      String l = p.tok(a.dep()).lemma().toLowerCase();
      if ((l.equals("hostage") || l.equals("hostages")) && !a.rel().equals("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /** "imposed a curfew", "declared martial law" (COERCE); "imposed tariffs on" (SANCTION). */
  static String imposed(Parse p, int v) {
    String lemma = p.tok(v).lemma().toLowerCase();
    for (int o : objects(p, v)) {
      String l = p.tok(o).lemma().toLowerCase();
      if (l.equals("curfew") || l.equals("curfews")
          || l.equals("law") && p.childIn(o, Set.of("martial"), "amod", "compound")) {
        return "COERCE";
      }
      if (LEVIES.contains(l) && !lemma.equals("declare") && !lemma.equals("introduce")
          && !lemma.equals("enforce")) {
        return "SANCTION";
      }
    }
    return null;
  }

  /** "put under house arrest" (COERCE); "put its forces on high alert" (MOBILIZE). */
  static String placed(Parse p, int v) {
    for (int x : p.children(v, "obl:under")) {
      String l = p.tok(x).lemma().toLowerCase();
      if (l.equals("arrest") || l.equals("detention") || l.equals("curfew")) {
        return "COERCE";
      }
    }
    for (int x : p.children(v, "obl:on")) {
      if (in(p, x, ALERTS) && (objectIn(p, v, ARMS) || objectIn(p, v, Set.of("army",
          "military", "navy", "force", "forces", "police", "guard")) || properObject(p, v))) {
        return "MOBILIZE";
      }
    }
    return null;
  }
}
