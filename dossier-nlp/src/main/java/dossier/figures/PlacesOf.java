package dossier.figures;

import dossier.figures.FigureFinder.Found;
import dossier.figures.Quantities.Quantity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place sized by its people: "a city of 2 million", "a province of 1.4 million people", "a
 * nation of 80 million inhabitants": a population.
 */
final class PlacesOf {
  private static final String PLACE = "(?:a|an|the|its|this|that)\\s+(?:[\\w-]+\\s+)?(?:city|"
      + "country|nation|town|village|enclave|state|island|province|region|territory|district|"
      + "capital|metropolis|megacity|strip|kingdom|republic)\\s+of";
  private static final Pattern PLACE_OF = Pattern.compile("(?i)\\b" + PLACE + "\\s+$");
  /**
   * A place described by its people: "home to 120,000", "a city of 500,000", "a population of
   * 100,000". The writer's background to the sentence, which its speaker does not claim.
   */
  private static final Pattern DESCRIBED = Pattern.compile("(?i)\\b(?:home\\s+to|population\\s+of|"
      + PLACE + ")\\s+$");
  /** People, or nothing more: "of 2 million square miles" sizes land, not people. */
  private static final Pattern PEOPLE = Pattern.compile("(?i)^\\s*(?:(people|residents|"
      + "inhabitants|citizens|souls)\\b|(?=[,.;:)]|$|and\\b|in\\b|on\\b|that\\b|which\\b|where\\b|"
      + "with\\b|is\\b|was\\b))");

  private PlacesOf() {}

  /**
   * Whether population figure {@code f}, in the sentence from {@code start}, describes a place
   * ("Qeshm, home to 120,000 people, ..., the survey said"): no speaker claims it, as the golds
   * code it.
   */
  static boolean described(String text, int start, Found f) {
    return "POPULATION".equals(f.kind()) && DESCRIBED.matcher(
        text.substring(Math.max(start, f.start() - 60), f.start())).find();
  }

  /** The population {@code q} gives a place in the sentence from {@code start}, or null. */
  static Found find(String text, int start, Quantity q, String rest) {
    String before = text.substring(Math.max(start, q.start() - 40), q.start());
    Matcher people = PEOPLE.matcher(rest);
    boolean year = q.value() <= 2100 && !text.substring(q.numberAt(), q.end()).contains(",");
    if (q.vague() || q.value() < 1000 || year || !PLACE_OF.matcher(before).find()
        || !people.find()) {
      return null;
    }
    String counted = people.group(1) == null ? null : people.group(1).toLowerCase();
    return new Found(q.value(), "POPULATION", q.qualifier(), q.start(), q.end() + people.end(),
        q.numberAt(), counted, q.low(), q.high(), null, null, false, q.end());
  }
}
