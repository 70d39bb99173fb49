package dossier.events;

import dossier.model.Participant;
import java.util.Set;

/**
 * Attacks in words told with the verb of force: "Ramaswamy attacked Ms. Haley over her record",
 * "the candidates attacked Biden for being soft on Iran", "the campaign attacked him repeatedly".
 * PLOVER's ASSAULT needs force; criticism of a person is ACCUSE (the golds code a verbal attack on
 * a candidate as ACCUSE, never ASSAULT). An attack reads as words when all it hits are people (a
 * person named, "him", "the moderators"), no country or armed, police or crowd actor makes it, and
 * the sentence names no arms, wounds, police or force. A blow between two named people in a crime
 * report names its weapon or its wounds, so it stays.
 */
final class VerbalAttacks {
  /** Words of force, arms, wounds and the law's answer to them: an attack there is physical. */
  private static final Set<String> FORCE = Set.of("gun", "gunman", "gunmen", "gunfire", "rifle",
      "pistol", "rocket", "missile", "bomb", "shell", "mortar", "drone", "grenade", "explosive",
      "troop", "soldier", "army", "militant", "rebel", "insurgent", "fighter", "jet", "artillery",
      "airstrike", "strike", "raid", "police", "officer", "arrest", "charge", "court", "knife",
      "machete", "axe", "hammer", "bat", "weapon", "acid", "stab", "shoot", "shot", "wound",
      "injure", "injury", "hurt", "hospital", "kill", "dead", "death", "die", "murder", "beat",
      "punch", "kick", "assault", "victim", "blood", "physically", "mob", "gang", "dog", "drag",
      "grab", "choke", "strangle", "rape", "shove", "bite", "throat", "prison", "jail",
      "shark", "animal");
  /** People an attack in words is aimed at when no name is given. */
  private static final Set<String> PEOPLE = Set.of("him", "her", "moderator", "candidate",
      "rival", "opponent", "critic", "host", "journalist", "reporter", "interviewer", "panelist",
      "challenger", "frontrunner", "front-runner", "incumbent", "nominee");
  /** Sectors of generic actors whose attacks are force: police, military, rebels, armed men. */
  private static final Set<String> ARMED = Set.of("COP", "MIL", "REB", "UAF", "CRM", "OPP");

  private VerbalAttacks() {}

  /** ACCUSE for an attack in words at token {@code t}, else {@code f} as it is. */
  static DepFinder.Found retype(Parse p, DepFinder.Context c, int t, DepFinder.Found f) {
    if (!f.type().equals("ASSAULT") || !p.tok(t).verb()
        || !p.tok(t).lemma().equalsIgnoreCase("attack") || force(p) || !people(p, c, t, f)
        || Idioms.drop(p, t, "ASSAULT")) {
      return f; // "the virus attacked the lungs of X" is dropped as an idiom, not retyped
    }
    for (Participant x : f.participants()) {
      if (x.role().equals("SOURCE") && (x.isGeneric() ? ARMED.contains(x.actor().sector())
          : !"PERSON".equals(c.types().get(x.entityId()))
              && !"ORGANIZATION".equals(c.types().get(x.entityId())))) {
        return f; // "Russia attacked X", "gunmen attacked X": force
      }
    }
    return new DepFinder.Found("ACCUSE", null, f.status(), f.date(), f.locationId(),
        f.participants(), f.start(), f.end(), f.confidence(), f.claim());
  }

  /** Whether the sentence names arms, wounds, police or force. */
  private static boolean force(Parse p) {
    return p.tokens().stream().anyMatch(x -> FORCE.contains(x.lemma().toLowerCase()));
  }

  /** Whether everything the attack hits is a person: its targets, else its object's head. */
  private static boolean people(Parse p, DepFinder.Context c, int t, DepFinder.Found f) {
    boolean target = false;
    for (Participant x : f.participants()) {
      if (x.role().equals("TARGET")) {
        if (x.isGeneric() || !"PERSON".equals(c.types().get(x.entityId()))) {
          return false;
        }
        target = true;
      }
    }
    if (target) {
      return true;
    }
    for (int o : p.children(t, "obj")) {
      String l = p.tok(o).lemma().toLowerCase();
      if (PEOPLE.contains(l) || PEOPLE.contains(p.tok(o).word().toLowerCase())) {
        return true;
      }
      for (int n : p.children(o, "nmod:of")) { // "one of the moderators"
        if (PEOPLE.contains(p.tok(n).lemma().toLowerCase())) {
          return true;
        }
      }
    }
    return false;
  }
}
