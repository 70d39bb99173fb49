package dossier.model;

/**
 * A photo caption, kept apart from the body. {@code line} is the 1-based line of the input it came
 * from; {@code date} is a date the caption states, or {@link DateRange#unknown()}.
 */
public record Caption(String text, int line, DateRange date) implements java.io.Serializable {
  public Caption {
    date = date == null ? DateRange.unknown() : date;
  }
}
