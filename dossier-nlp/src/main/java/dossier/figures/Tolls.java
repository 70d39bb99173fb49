package dossier.figures;

import dossier.figures.FigureFinder.Found;
import dossier.figures.Quantities.Quantity;
import java.util.regex.Matcher;
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
  /**
   * A count of those something happened to, named by their state: "the number injured topped
   * 2,200", "the number of dead rose to 45", "the number of people detained reached 300".
   */
  private static final Pattern NUMBER = Pattern.compile("(?i)\\bnumber\\s+(?:of\\s+)?(?:people\\s+|"
      + "those\\s+)?(killed|dead|injured|wounded|hurt|missing|displaced|detained|arrested)\\b"
      + "[^.;:!?\"“”]{0,40}?\\b(?:rose|risen|rises|climbed|climbs|jumped|reached|reaches|stood|"
      + "stands|is|was|hit|topped|tops|increased|grew|exceeded|passed|to|at)\\s+$");
  /** After the number: the clause goes on, or the dead are named ("45 people"). */
  private static final Pattern AFTER = Pattern.compile("(?i)^\\s*(?:(?:people|persons|dead|"
      + "deaths|lives|victims)\\b|[,.;:)]|$|(?:and|on|in|after|by|since|with|according|as|from|"
      + "overnight|today|yesterday|so far|this|last)\\b)");

  private Tolls() {}

  /** The figure {@code q} gives as a toll or a "number injured" from {@code start}, or null. */
  static Found find(String text, int start, Quantity q, String rest) {
    String before = text.substring(Math.max(start, q.start() - 90), q.start());
    if (q.value() < 1 || FigureFinder.year(text, q) || !AFTER.matcher(rest).find()) {
      return null;
    }
    String kind = "KILLED";
    if (!TOLL.matcher(before).find()) {
      Matcher n = NUMBER.matcher(before);
      if (!n.find()) {
        return null;
      }
      kind = FigureFinder.verbKind(n.group(1));
    }
    return new Found(q.value(), kind, q.qualifier(), q.start(), q.end(), q.numberAt(),
        "people", q.low(), q.high(), q.vague() ? q.qualifier() : null, null, false, q.end());
  }
}
