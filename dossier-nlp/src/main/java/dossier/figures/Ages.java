package dossier.figures;

import java.util.regex.Pattern;

/**
 * A number that is an age, not a count: "toddlers younger than 3 died", "aged 14", "between the
 * ages of 18 and 25", "under the age of 16", "children under 5".
 */
final class Ages {
  private static final Pattern AGE = Pattern.compile("(?i)\\b(?:aged|ages?|age of|ages of|"
      + "younger than|older than|under the age of|over the age of|between the ages of|"
      + "(?:children|kids|babies|infants|boys|girls|adults|people|those|anyone)\\s+(?:under|over))"
      + "\\s+(?:\\d+\\s+(?:and|to|or)\\s+)?$");

  private Ages() {}

  /** Whether the number after {@code before} is an age. */
  static boolean before(String before) {
    return AGE.matcher(before).find();
  }
}
