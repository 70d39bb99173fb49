package dossier.events;

import dossier.model.Mention;
import dossier.model.Participant;
import java.util.Map;
import java.util.Set;

/**
 * A visit by a political actor (PLOVER CONSULT, mode visit: the visitor the actor, the host the
 * recipient): "President A visited Brenn", "A's visit to Velmora", "during a visit to Velmora, A
 * said". A country visited is the host; a city visited is only the place, and the visitor alone
 * is side enough, as for an envoy sent ({@link Missions}): the text seldom names the host
 * government and no list says which country a city is in. Only a country or a person with a
 * political office visits so (a country by its name, not its people's adjective): a tourist's, a
 * singer's or a team's visit is no event, and a visit
 * to a region or a state ("toured the border region", "visited Ohio") is a domestic tour.
 */
final class Visits {
  /** Offices whose holder's visit is diplomacy. */
  private static final Set<String> OFFICES = Set.of("president", "vice president",
      "prime minister", "premier", "chancellor", "king", "queen", "emir", "crown prince",
      "minister", "secretary of state", "secretary-general", "secretary general",
      "foreign secretary", "ambassador", "envoy", "pope");
  /** The words of visiting, verb and noun. */
  private static final Set<String> LEMMAS = Set.of("visit");

  /** How a town's country hangs on it: "Brenn, Velmora", "in Velmora", "the Velmoran capital". */
  private static final Set<String> HOST_RELS = Set.of("appos", "nmod:in", "nmod:of", "amod",
      "compound", "nmod:poss");

  private Visits() {}

  /**
   * Whether the visit at {@code trigger} stands with its visitor alone: a CONSULT told by "visit"
   * whose object ("visited Brenn") or "to" phrase ("a visit to Brenn") is the city
   * {@code location}, its visitor a political actor. Not "visited flood victims in Brenn".
   */
  static boolean alone(Parse p, DepFinder.Context c, int trigger, String type, String location,
      Map<String, Participant> parts) {
    if (!type.equals("CONSULT") || location == null || !"CITY".equals(c.types().get(location))
        || !LEMMAS.contains(p.tok(trigger).lemma().toLowerCase())) {
      return false;
    }
    String rel = p.tok(trigger).verb() ? "obj" : "nmod:to";
    return p.children(trigger, rel).stream().anyMatch(o -> location.equals(Places.placeOf(p, c, o)))
        && political(c, parts);
  }

  /** Whether a visitor (a SOURCE) is a country or a person named with a political office. */
  static boolean political(DepFinder.Context c, Map<String, Participant> parts) {
    for (Participant x : parts.values()) {
      if (x.entityId() == null || !x.role().equals("SOURCE")) {
        continue;
      }
      String type = c.types().get(x.entityId());
      if ("COUNTRY".equals(type) && namedHere(c, x.entityId())
          || "PERSON".equals(type) && officeHolder(c, x.entityId())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence names country {@code id} itself, not only by its people's adjective:
   * "the Velmoran football team visited" is the team's trip.
   */
  private static boolean namedHere(DepFinder.Context c, String id) {
    return c.mentions().stream().anyMatch(m -> id.equals(m.entityId())
        && m.start() >= c.start() && m.end() <= c.end() && !"NATIONALITY".equals(m.type()));
  }

  /** Whether any mention of person {@code id} in the article has a political office beside it. */
  private static boolean officeHolder(DepFinder.Context c, String id) {
    for (Mention m : c.mentions()) {
      if (id.equals(m.entityId())
          && OFFICES.stream().anyMatch(t -> TitledPeople.titled(c.text(), m, t))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The country a visited town is named with ("Brenn, Velmora", "Brenn in Velmora", "the
   * Velmoran capital Brenn", {@code o} the town's phrase): the host, added as TARGET.
   */
  static void host(Parse p, DepFinder.Context c, int o, Map<String, Participant> parts) {
    for (Parse.Arc a : p.out(o)) {
      if (!HOST_RELS.contains(a.rel())) {
        continue;
      }
      Mention m = Participants.mentionAt(c, p.tok(a.dep()));
      if (m != null && ("NATIONALITY".equals(m.type())
          || "COUNTRY".equals(c.types().get(m.entityId())))) {
        parts.putIfAbsent(m.entityId(), new Participant(m.entityId(), "TARGET"));
      }
    }
  }

  /**
   * "a visit to Velmora", "A's visit to Brenn" ({@code n} the noun "visit"): a country visited is
   * the host (TARGET); a city's id is returned as the place. Null when it names no place.
   */
  static String destination(Parse p, DepFinder.Context c, int n, Map<String, Participant> parts) {
    if (!LEMMAS.contains(p.tok(n).lemma().toLowerCase()) || !p.tok(n).noun()) {
      return null;
    }
    String place = null;
    for (int o : p.children(n, "nmod:to")) {
      String at = Places.placeOf(p, c, o);
      if (at != null) {
        place = place != null ? place : at;
        host(p, c, o, parts);
        continue;
      }
      Mention m = Participants.mentionAt(c, p.tok(o));
      if (m != null && "COUNTRY".equals(c.types().get(m.entityId()))) {
        Participants.addActors(p, c, o, "TARGET", parts); // the country visited hosts
      }
    }
    return place;
  }
}
