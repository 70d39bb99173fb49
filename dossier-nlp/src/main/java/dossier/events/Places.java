package dossier.events;

import dossier.model.Mention;
import dossier.model.Participant;
import java.util.List;
import java.util.Map;

/**
 * Where an event was: its "in"/"at" phrase, "the city of X", a place named before an event noun
 * ("the Ostrig talks"), and a visit's town that is the place, not a side met.
 */
final class Places {
  private Places() {}

  /** The place of an event at {@code i}: its "in"/"at" phrase. */
  static String place(Parse p, DepFinder.Context c, int i) {
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
  static String placeOf(Parse p, DepFinder.Context c, int o) {
    Mention m = Participants.mentionAt(c, p.tok(o));
    if (m != null) {
      return Participants.isPlace(c, m) ? m.entityId() : null;
    }
    // "the capital X", "the resort city X": a name right after the noun, however it was parsed
    for (Mention n : c.mentions()) {
      if (n.entityId() != null && n.start() > p.tok(o).end() && n.start() <= p.tok(o).end() + 1
          && Participants.isPlace(c, n)) {
        return n.entityId();
      }
    }
    for (String rel : new String[] {"nmod:of", "appos", "flat"}) {
      for (int x : p.children(o, rel)) {
        Mention n = Participants.mentionAt(c, p.tok(x));
        if (n != null && Participants.isPlace(c, n)) {
          return n.entityId();
        }
      }
    }
    return null;
  }

  static String placeBefore(Parse p, DepFinder.Context c, int n) {
    int left = p.tok(n).start();
    for (Parse.Arc a : p.out(n)) {
      if (a.dep() < n && (a.rel().equals("compound") || a.rel().equals("amod"))) {
        left = Math.min(left, Participants.leftmost(p, a.dep()));
      }
    }
    for (Mention m : c.mentions()) {
      if (m.start() >= left && m.end() <= p.tok(n).start() && m.entityId() != null
          && Participants.isPlace(c, m)) {
        return m.entityId();
      }
    }
    return null;
  }

  /**
   * A visit to a town or region, not to a country: the place is where the visit was, not a
   * side met ("the president visited the border region": a domestic tour, no diplomatic
   * CONSULT). Removes such places from the participants; returns the visit's location.
   */
  static String homeVisit(DepFinder.Context c, Map<String, Participant> parts, String location) {
    String where = location;
    for (String id : List.copyOf(parts.keySet())) {
      String type = c.types().get(id);
      if (type != null && DepFinder.PLACES.contains(type)) {
        parts.remove(id);
        where = where != null ? where : id;
      }
    }
    return where;
  }
}
