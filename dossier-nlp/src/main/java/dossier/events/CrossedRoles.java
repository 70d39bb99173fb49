package dossier.events;

import dossier.model.Event;
import dossier.model.Participant;
import java.util.List;
import java.util.Set;

/**
 * Two mentions of a directed act (one side acts on the other) are two events when a party is the
 * maker in one and the receiver in the other and no party keeps its role in both: "X called Y a
 * liar" and "X was later charged" share X, but X accuses in one and is accused in the other.
 * Acts both sides do together (meetings, clashes, cooperation) merge whatever the roles.
 */
final class CrossedRoles {
  private static final Set<String> DIRECTED = Set.of("ACCUSE", "REJECT", "REQUEST", "THREATEN",
      "SANCTION", "COERCE", "SUPPORT", "AID", "CONCEDE", "RETREAT");

  private CrossedRoles() {}

  /** Whether {@code a} and {@code b} may not merge: their shared parties swap roles. */
  static boolean crossed(Event a, Event b) {
    return crossed(a.type(), a.participants(), b.participants());
  }

  /** As {@link #crossed(Event, Event)}, for two acts of {@code type} read in one sentence. */
  static boolean crossed(String type, List<Participant> a, List<Participant> b) {
    if (!DIRECTED.contains(type)) {
      return false;
    }
    boolean swapped = false;
    for (Participant x : a) {
      for (Participant y : b) {
        if (x.entityId() == null || !x.entityId().equals(y.entityId())) {
          continue;
        }
        if (x.role().equals(y.role())) {
          return false; // a party in the same role in both: one act told twice
        }
        swapped = true;
      }
    }
    return swapped;
  }
}
