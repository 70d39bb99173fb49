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
 * @param dateBasis what {@code date} rests on: {@link #STATED} (a time expression of its sentence),
 *     {@link #CAPTION} (the date its caption states), {@link #REPORT} (only the publication date of
 *     its report, as an honest range by tense); null when not known (a store written before it)
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
    List<Claim> claims,
    String dateBasis) implements java.io.Serializable {
  /** The date is a time expression of the event's sentence ("on Monday", "last week"). */
  public static final String STATED = "STATED";
  /** The date is the one its caption states: when the photo was taken. */
  public static final String CAPTION = "CAPTION";
  /** The sentence names no time: the date is inferred from its report's publication date. */
  public static final String REPORT = "REPORT";

  public Event {
    participants = List.copyOf(participants == null ? List.of() : participants);
    sources = List.copyOf(sources == null ? List.of() : sources);
    date = date == null ? DateRange.unknown() : date;
    claims = List.copyOf(claims == null ? List.of() : claims);
  }

  /** An event whose date basis is not known. */
  public Event(String id, String type, String mode, String status, DateRange date,
      String locationId, List<Participant> participants, List<Evidence> sources,
      double confidence, List<Claim> claims) {
    this(id, type, mode, status, date, locationId, participants, sources, confidence, claims,
        null);
  }

  /** An event no report attributes to anyone, its date basis not known. */
  public Event(String id, String type, String mode, String status, DateRange date,
      String locationId, List<Participant> participants, List<Evidence> sources,
      double confidence) {
    this(id, type, mode, status, date, locationId, participants, sources, confidence, List.of());
  }

  /** This event under another id (the dossier's, once merged), all else kept. */
  public Event withId(String newId) {
    return new Event(newId, type, mode, status, date, locationId, participants, sources,
        confidence, claims, dateBasis);
  }
}
