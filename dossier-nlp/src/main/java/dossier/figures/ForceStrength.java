package dossier.figures;

import dossier.figures.FigureFinder.Found;
import dossier.figures.Quantities.Quantity;
import java.util.regex.Pattern;

/**
 * The strength of a force given as a bare number after the force is named: "its forces in the
 * region now number about 160,000", "the garrison totals 3,000", "a force of 500", "the
 * mission's full strength of 200": a deployment.
 */
final class ForceStrength {
  /** A force, then in the same clause a verb of number right before the quantity. */
  private static final Pattern NUMBERED = Pattern.compile("(?i)\\b(?:forces|troops|army|armies|"
      + "garrison|garrisons|contingent|contingents|soldiers|servicemen|personnel)\\b[^.;:!?]{0,80}?"
      + "\\b(?:now\\s+|still\\s+)?(?:number|numbers|numbered|numbering|total|totals|totaled|"
      + "totalled|totaling|totalling)\\s+$");
  /**
   * A force's size after "of": "a force of 500", "the mission's full strength of 200". A work,
   * labour or sales force counts a company's staff; a task force is a committee as often as not.
   */
  private static final Pattern OF = Pattern.compile("(?i)(?:(?<!work |labou?r |sales |task |air )"
      + "\\bforce|\\b(?:mission|contingent|garrison|deployment|peacekeeping force|battalion)\\b"
      + "[^.;:!?]{0,60}?\\bstrength)\\s+of\\s+$");
  /** Nothing after the number but the clause's end: "number 160,000 tanks" counts tanks. */
  private static final Pattern CLAUSE_END = Pattern.compile("(?i)^\\s*(?:[,.;:)]|$|and\\b|"
      + "according\\b|in\\b|on\\b|along\\b|near\\b|across\\b|by\\b)");

  private ForceStrength() {}

  /** The deployment {@code q} states in the sentence starting at {@code start}, or null. */
  static Found find(String text, int start, Quantity q, String rest) {
    String before = text.substring(Math.max(start, q.start() - 100), q.start());
    if (q.vague() || q.value() < 10
        || !NUMBERED.matcher(before).find() && !OF.matcher(before).find()
        || !CLAUSE_END.matcher(rest).find()) {
      return null;
    }
    // "forces number N" counts troops; "a mission's strength of N" leaves open who is counted
    String counted = NUMBERED.matcher(before).find() ? "troops" : null;
    return new Found(q.value(), "DEPLOYED", q.qualifier(), q.start(), q.end(), q.numberAt(),
        counted, q.low(), q.high(), null, null, false, q.end());
  }
}
