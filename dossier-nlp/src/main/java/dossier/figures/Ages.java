package dossier.figures;

import java.util.regex.Pattern;

/**
 * A number that is an age, not a count: "toddlers younger than 3 died", "aged 14", "between the
 * ages of 18 and 25", "under the age of 16", "children under 5", "people over 65".
 */
final class Ages {
  private static final Pattern AGE = Pattern.compile("(?i)\\b(?:aged|ages?|age of|ages of|"
      + "younger than|older than|under the age of|over the age of|between the ages of|"
      + "(?:children|kids|babies|infants|boys|girls|adults|people|those|anyone)\\s+(?:under|over))"
      + "\\s+(?:\\d+\\s+(?:and|to|or)\\s+)?$");

  /** "People over 65": the hedge "over" right after a person noun is an age's. */
  private static final Pattern PERSON_OVER = Pattern.compile("(?i)\\b(?:children|kids|babies|"
      + "infants|boys|girls|adults|people|persons|those|anyone|patients|men|women)\\s+$");

  private Ages() {}

  /** Whether the number after {@code before} is an age. */
  static boolean before(String before) {
    return AGE.matcher(before).find();
  }

  /** Whether a number hedged by {@code qualifier} after {@code before} is an age ("people over 65"). */
  static boolean over(String before, String qualifier) {
    return "over".equals(qualifier) && PERSON_OVER.matcher(before).find();
  }
}
