package dossier.model;

/**
 * When an article was published: a day or an honest range, with the basis it rests on, the text
 * that supports it, and a confidence in [0, 1].
 */
public record PublicationDate(DateRange range, DateBasis basis, String evidence, double confidence) implements java.io.Serializable {
  private static final PublicationDate UNKNOWN =
      new PublicationDate(DateRange.unknown(), DateBasis.UNKNOWN, null, 0);

  public PublicationDate {
    range = range == null ? DateRange.unknown() : range;
    basis = basis == null ? DateBasis.UNKNOWN : basis;
  }

  public static PublicationDate unknown() {
    return UNKNOWN;
  }

  public boolean isKnown() {
    return range.isKnown();
  }
}
