package dossier.events;

import dossier.figures.Claimants;

/**
 * Whose word an event is, for an event the sentence tells as someone's claim ("the ministry said
 * troops shelled the town", "according to witnesses, ..."). The claimant is read as it is for
 * figures ({@link Claimants}), so an event and a number in one statement name the same claimant.
 */
final class EventClaims {
  private EventClaims() {}

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
