package dossier.model;

import java.util.List;

/**
 * Who did what to whom, typed with the PLOVER ontology.
 *
 * @param type a PLOVER event type (CONSULT, AGREE, ASSAULT, ...)
 * @param mode a PLOVER mode where the text makes it clear, else null
 * @param status happened, planned, hoped, denied or claimed
 * @param date when it happened (not when it was reported)
 * @param locationId the entity id of the place, or null
 * @param sources every report of it, with its evidence
 * @param claims whose word the reports that attribute it are ("X said Y attacked Z"), one per such
 *     report; empty when every report states it as fact
 */
public record Event(
    String id,
    String type,
    String mode,
    String status,
    DateRange date,
    String locationId,
    List<Participant> participants,
    List<Evidence> sources,
    double confidence,
    List<Claim> claims) implements java.io.Serializable {
  public Event {
    participants = List.copyOf(participants == null ? List.of() : participants);
    sources = List.copyOf(sources == null ? List.of() : sources);
    date = date == null ? DateRange.unknown() : date;
    claims = List.copyOf(claims == null ? List.of() : claims);
  }

  /** An event no report attributes to anyone. */
  public Event(String id, String type, String mode, String status, DateRange date,
      String locationId, List<Participant> participants, List<Evidence> sources,
      double confidence) {
    this(id, type, mode, status, date, locationId, participants, sources, confidence, List.of());
  }

  /** This event under another id (the dossier's, once merged), all else kept. */
  public Event withId(String newId) {
    return new Event(newId, type, mode, status, date, locationId, participants, sources,
        confidence, claims);
  }
}
