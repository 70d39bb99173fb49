package dossier.model;

import java.util.List;

/**
 * What a {@link Figure} is about, beyond its number: who and what is counted, the period or event
 * it refers to, how it was derived, and how many independent reports carry it. Kept apart from
 * {@link Figure} so that the figure record (and every reader of it) stays as it was.
 *
 * @param figureId the figure described
 * @param counted the counted noun as written ("soldiers", "people"), or null
 * @param group what is counted, folded: "military", "civilians", "people", with " (withdrawn)" for
 *     forces pulled back; figures are compared only within one group
 * @param side the entity whose people are counted ("Dastrian soldiers", "of its soldiers"), or null
 * @param claimantText who says so, in the report's words ("the defence ministry", "unattributed
 *     reports"), or null when stated as fact
 * @param period the words naming the period or event ("since the fighting began on March 4"), or null
 * @param periodRange the days of that period when a time expression gives them, else unknown
 * @param reported the days the figure was reported (the hull of its reports' publication dates)
 * @param baseId for a derived figure ("half of 140,000"), the figure it was derived from, else null
 * @param derivation the words of the derivation ("around half of", "twice", "dozens of"), or null
 * @param low the smallest value the words allow, or null when open
 * @param high the largest value the words allow, or null when open
 * @param independentSources reports counted once per duplicate group
 * @param sentences the text of each source's sentence, in the order of {@link Figure#sources()}
 */
public record FigureDetail(
    String figureId,
    String counted,
    String group,
    String side,
    String claimantText,
    String period,
    DateRange periodRange,
    DateRange reported,
    String baseId,
    String derivation,
    Double low,
    Double high,
    int independentSources,
    List<String> sentences) implements java.io.Serializable {
  public FigureDetail {
    periodRange = periodRange == null ? DateRange.unknown() : periodRange;
    reported = reported == null ? DateRange.unknown() : reported;
    sentences = List.copyOf(sentences == null ? List.of() : sentences);
  }
}
