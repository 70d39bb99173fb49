package dossier.figures;

import dossier.figures.FigureFinder.Found;
import dossier.figures.Quantities.Quantity;
import java.util.regex.Pattern;

/**
 * A death toll given as a bare number: "the death toll rose to 45", "raising the toll to at least
 * 120", "put the death toll at 30", "a toll of 12". A casualty toll mixes the dead and the
 * wounded: no kind to give it. A toll in cents or dollars is a road's.
 */
final class Tolls {
  private static final Pattern TOLL = Pattern.compile("(?i)(?<!casualty\\s|injury\\s)\\btoll\\b"
      + "(?!\\s+(?:road|roads|booth|booths|bridge|free|charges?|collectors?)\\b)[^.;:!?\"“”]{0,60}?"
      + "\\b(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|reached|reaches|reaching|"
      + "stood|stands|stand|is|was|hit|topped|increased|grew|to|at|of)\\s+$");
  /** After the number: the clause goes on, or the dead are named ("45 people"). */
  private static final Pattern AFTER = Pattern.compile("(?i)^\\s*(?:(?:people|persons|dead|"
      + "deaths|lives|victims)\\b|[,.;:)]|$|(?:and|on|in|after|by|since|with|according|as|from|"
      + "overnight|today|yesterday|so far|this|last)\\b)");

  private Tolls() {}

  /** The KILLED figure {@code q} gives as a toll in the sentence from {@code start}, or null. */
  static Found find(String text, int start, Quantity q, String rest) {
    String before = text.substring(Math.max(start, q.start() - 90), q.start());
    if (q.value() < 1 || FigureFinder.year(text, q) || !TOLL.matcher(before).find() || !AFTER.matcher(rest).find()) {
      return null;
    }
    return new Found(q.value(), "KILLED", q.qualifier(), q.start(), q.end(), q.numberAt(),
        "people", q.low(), q.high(), q.vague() ? q.qualifier() : null, null, false, q.end());
  }
}
