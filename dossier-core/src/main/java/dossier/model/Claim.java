package dossier.model;

/**
 * Whose word one report of an event is: "the ministry said Dastrian troops shelled the town" makes
 * the ministry the claimant of that report. An event reported by several articles keeps one claim
 * per report that attributes it; a report that states the event as fact has none.
 *
 * @param source the report (one of the event's sources) that attributes the event
 * @param claimantId the entity that claims it, or null when the words name no entity
 * @param claimantText the claimant in the report's words ("the defence ministry", "witnesses")
 */
public record Claim(Evidence source, String claimantId, String claimantText)
    implements java.io.Serializable {
  public Claim {
    if (source == null || claimantId == null && claimantText == null) {
      throw new IllegalArgumentException("a claim has a source and a claimant");
    }
  }
}
