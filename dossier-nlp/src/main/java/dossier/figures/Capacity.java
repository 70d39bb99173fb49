package dossier.figures;

import java.util.regex.Pattern;

/**
 * Numbers that say what could be, not what is: a capacity ("capable of sending up to
 * 90,000 sailors", "able to house 5,000 refugees"), and a bare state word that is an adjective on
 * another noun ("2,300 missing paintings", "40 dead cattle").
 */
final class Capacity {
  private static final Pattern CAPABLE = Pattern.compile("(?i)\\b(?:capable of|able to|ability to|"
      + "capacity to|capacity of|enough to|room for|built for|designed for)\\s+(?:[a-z]+\\s+)?$");
  /** A plural noun right after the state word, not a preposition or verb of the clause. */
  private static final Pattern NOUN_AFTER = Pattern.compile("(?i)^\\s+(?!(?:as|is|was|yes|this|"
      + "his|its|has|does|always|perhaps|besides|across|unless|whereas|thus|less|plus|towards|"
      + "afterwards|was)\\b)[a-z]{3,}s\\b");

  private Capacity() {}

  /** Whether the number after {@code before} counts what could be, not what is. */
  static boolean could(String before) {
    return CAPABLE.matcher(before).find();
  }

  /** Whether {@code afterWord}, the text after a bare number's state word, starts with a noun. */
  static boolean adjective(String afterWord) {
    return NOUN_AFTER.matcher(afterWord).find();
  }
}
