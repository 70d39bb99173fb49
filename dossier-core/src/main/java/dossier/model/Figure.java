package dossier.model;

import java.util.List;

/**
 * A number claimed about people or forces (killed, displaced, deployed, ...).
 *
 * @param kind KILLED, WOUNDED, DISPLACED, DETAINED, MISSING, DEPLOYED, POPULATION or OTHER
 * @param qualifier how the number was hedged ("about", "more than", "at least"), or null
 * @param claimantId the entity that claims it, or null when the report states it as fact
 */
public record Figure(
    String id,
    double value,
    String kind,
    String qualifier,
    String claimantId,
    DateRange date,
    List<Evidence> sources) implements java.io.Serializable {
  public Figure {
    sources = List.copyOf(sources == null ? List.of() : sources);
    date = date == null ? DateRange.unknown() : date;
  }
}
