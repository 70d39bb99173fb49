package dossier.events;

import dossier.figures.Claimants;
import dossier.model.Participant;
import java.util.Collection;
import java.util.Set;

/**
 * Whose word an event is, for an event the sentence tells as someone's claim ("the ministry said
 * troops shelled the town", "according to witnesses, ..."). The claimant is read as it is for
 * figures ({@link Claimants}), so an event and a number in one statement name the same claimant.
 */
final class EventClaims {
  /** Acts done by saying: told by their doer, the telling is the act, no claim of it. */
  private static final Set<String> VERBAL = Set.of("ACCUSE", "REQUEST", "REJECT", "SUPPORT",
      "THREATEN", "CONCEDE", "AGREE");

  private EventClaims() {}

  /** Whether {@code claim} is the word of the verbal act's own doer ("X said it rejects"). */
  static boolean ownWord(String type, Claimants.Claim claim, Collection<Participant> parts) {
    return claim != null && claim.entityId() != null && VERBAL.contains(type)
        && parts.stream().anyMatch(x -> x.role().equals("SOURCE")
            && claim.entityId().equals(x.entityId()));
  }

  /** The claim of the event at {@code trigger}, or null unless its status is "claimed". */
  static Claimants.Claim of(Parse p, DepFinder.Context c, int trigger, String status) {
    if (!"claimed".equals(status)) {
      return null;
    }
    Claimants.Claim claim = Claimants.claim(c.text(), c.start(), c.end(), p.tok(trigger).start(),
        c.mentions());
    return claim == null || claim.entityId() == null && claim.text() == null ? null : claim;
  }
}
