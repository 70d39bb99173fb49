package dossier.events;

import static dossier.events.CoverageArgs.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Coverage verbs of help (AID, COOPERATE): aid goods given by a hand to a named or needy
 * receiver, intelligence shared, joint exercises held.
 */
final class AidVerbs {
  private AidVerbs() {}

  /** Goods given as aid (PLOVER AID: economic, military, humanitarian). */
  static final Set<String> AID_GOODS = Set.of("aid", "assistance", "help", "relief",
      "food", "medicine", "medicines", "supplies", "water", "tent", "tents", "blanket",
      "blankets", "vaccine", "vaccines", "money", "fund", "funds", "funding", "loan", "loans",
      "grant", "grants", "weapon", "weapons", "arms", "ammunition", "equipment", "fuel",
      "shelter", "dollar", "dollars", "euro", "euros", "donation", "donations",
      "asylum", "rations", "generator", "generators", "credit", "credits", "million", "billion");

  /** Who receives aid: a named side, or people in need (not "a charity", "the club"). */
  private static final Set<String> NEEDY = Set.of("refugee", "refugees", "victim", "victims",
      "survivor", "survivors", "resident", "residents", "civilian", "civilians", "government",
      "army", "force", "forces", "people", "population", "family", "families", "country",
      "region", "village", "villager", "villagers", "hospital", "hospitals", "rebel", "rebels",
      "troops", "military", "displaced", "needy", "homeless", "evacuee", "evacuees", "migrant",
      "migrants", "child", "children");

  /** Intelligence and evidence that sharing is cooperation. */
  static final Set<String> INTELLIGENCE = Set.of("intelligence", "information",
      "evidence", "data", "findings", "expertise", "technology", "know-how");

  /** Exercises that, held jointly, are military cooperation. */
  private static final Set<String> DRILLS = Set.of("exercise", "exercises", "drill", "drills",
      "manoeuvres", "maneuvers", "patrol", "patrols", "operation", "operations");

  /** "gave B 50 million in aid", "gave aid to B", "gave asylum to X". */
  static String given(Parse p, int v) {
    return aid(p, v) ? "AID" : null;
  }

  /** Aid goods given by a hand to a named or needy receiver. */
  static boolean aid(Parse p, int v) {
    if (!hand(p, v, false) || !objectIn(p, v, AID_GOODS)
        && !p.childIn(v, AID_GOODS, "obl:in", "obl:as")) {
      return false;
    }
    List<Integer> to = new ArrayList<>(p.children(v, "obl:to"));
    to.addAll(p.children(v, "iobj"));
    to.addAll(p.children(v, "obl:for"));
    for (int o : p.children(v, "obj")) {
      to.addAll(p.children(o, "nmod:to"));
      to.addAll(p.children(o, "nmod:for"));
    }
    for (int r : to) {
      if (p.tok(r).tag().startsWith("NNP") || in(p, r, NEEDY)) {
        return true;
      }
    }
    return false;
  }

  /** People sent to help: investigators, doctors, rescuers. */
  private static final Set<String> HELPERS = Set.of("investigator", "investigators", "agent",
      "agents", "specialist", "specialists", "expert", "experts", "doctor", "doctors", "medic",
      "medics", "rescuer", "rescuers");
  /** Whether {@code o} names helpers sent ("FBI agents"): the sender's own, not who gets help. */
  static boolean helpers(Parse p, int o) {
    return in(p, o, HELPERS);
  }

  /** Bodies of states one joins. */
  private static final Set<String> ALLIANCES = Set.of("alliance", "bloc", "coalition", "pact");

  /**
   * Help sent with no receiver named ("the ministry has sent medical supplies and
   * investigators", "the agency dispatched dozens of agents"): by a named body or an office of
   * state, not by "police" sending officers to a scene.
   */
  static boolean sent(Parse p, int v) {
    String lemma = p.tok(v).lemma().toLowerCase();
    if (!lemma.equals("send") && !lemma.equals("dispatch")
        || !objectIn(p, v, AID_GOODS) && !objectIn(p, v, HELPERS) || passive(p, v)
        || p.negated(v) || p.childIn(v, Set.of("to"), "mark")) {
      return false; // "to allow the U.N. to deliver aid": permitted, not sent
    }
    for (int s : p.children(v, "nsubj")) {
      if (p.tok(s).tag().startsWith("NNP") || in(p, s, Lexicon.ROLE)
          && !in(p, s, Set.of("force", "forces", "troop", "troops", "army", "military"))) {
        return true;
      }
    }
    return false;
  }

  /** "formally joined the alliance", "joined NATO": a state's entry into a body of states. */
  static boolean alliance(Parse p, int v) {
    if (!hand(p, v, false) || p.negated(v)) {
      return false;
    }
    for (int o : objects(p, v)) {
      String w = p.tok(o).word();
      if (in(p, o, ALLIANCES) || w.length() >= 2 && w.chars().allMatch(Character::isUpperCase)
          && p.tok(o).tag().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  /** "held joint exercises" with another side: military cooperation. */
  static String drills(Parse p, int v) {
    for (int o : objects(p, v)) {
      if (in(p, o, DRILLS) && p.childIn(o, Set.of("joint"), "amod", "compound")) {
        return "COOPERATE";
      }
    }
    return null;
  }
}
