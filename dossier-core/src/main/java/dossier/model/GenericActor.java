package dossier.model;

/**
 * An actor named by a common noun rather than a name ("police", "the army", "gunmen"), coded as
 * event datasets code generic actors: a normalised label and, where a small general table knows the
 * noun, a sector code (COP police, MIL military, JUD judiciary, GOV government, REB rebels, UAF
 * unidentified armed men, CRM criminals, OPP protesters, CVL civilians).
 *
 * @param text the words as written ("Turkish riot police")
 * @param label the normalised noun ("police")
 * @param sector the sector code, or null when the table does not know the noun
 * @param affiliationId the entity the text ties the actor to ("Turkish police", "Iraq's army"), or null
 * @param article the article the words were read in (null until the events stage sets it)
 * @param part which text of the article the offsets point into ({@link Part})
 * @param start start of the words in that text
 * @param end end of the words (exclusive)
 */
public record GenericActor(String text, String label, String sector, String affiliationId,
    String article, String part, int start, int end) implements java.io.Serializable {
  public GenericActor {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("a generic actor needs a label");
    }
    part = Part.orText(part);
  }

  /**
   * What tells two generic actors apart when events merge: the label and the affiliation ("police"
   * of one country is not another's); where it was written does not count.
   */
  public String key() {
    return "~" + label + (affiliationId == null ? "" : "@" + affiliationId);
  }

  /** The same actor read in {@code article}'s {@code part}. */
  public GenericActor in(String article, String part) {
    return new GenericActor(text, label, sector, affiliationId, article, part, start, end);
  }

  /** "police (COP)", or the label alone without a sector. */
  public String display() {
    return sector == null ? label : label + " (" + sector + ")";
  }
}
