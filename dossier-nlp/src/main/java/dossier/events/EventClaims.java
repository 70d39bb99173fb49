package dossier.events;

import dossier.figures.Claimants;
import dossier.model.Participant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whose word an event is, for an event the sentence tells as someone's claim ("the ministry said
 * troops shelled the town", "according to witnesses, ...") or denial ("Dastria denied that its
 * troops shelled the town"). A claimant is read as it is for figures ({@link Claimants}), so an
 * event and a number in one statement name the same claimant; a denier is the denial's subject.
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

  /**
   * The claim of the event at {@code trigger}: for a "claimed" one who says it happened, for a
   * "denied" one who denies it ("Dastria denied that its troops shelled the town"); else null.
   */
  static Claimants.Claim of(Parse p, DepFinder.Context c, int trigger, String status) {
    if ("denied".equals(status)) {
      return denier(p, c, trigger);
    }
    if (!"claimed".equals(status)) {
      return null;
    }
    Claimants.Claim claim = Claimants.claim(c.text(), c.start(), c.end(), p.tok(trigger).start(),
        c.mentions());
    return claim == null || claim.entityId() == null && claim.text() == null ? null : claim;
  }

  /** The subject of the verb of denial the event's clause hangs under, or null ("did not"). */
  private static Claimants.Claim denier(Parse p, DepFinder.Context c, int trigger) {
    for (int x : ClauseStatus.chain(p, trigger, new ArrayList<>())) {
      if (x == trigger || !Lexicon.DENYING.contains(p.tok(x).lemma().toLowerCase())) {
        continue;
      }
      for (int s : p.children(x, "nsubj")) {
        Map<String, Participant> who = new LinkedHashMap<>();
        Participants.addActors(p, c, s, "SOURCE", who);
        String id = who.values().stream().map(Participant::entityId).filter(Objects::nonNull)
            .findFirst().orElse(null);
        String words = c.text().substring(Participants.leftmost(p, s), p.tok(s).end());
        return new Claimants.Claim(id, words);
      }
      return null;
    }
    return null;
  }
}
