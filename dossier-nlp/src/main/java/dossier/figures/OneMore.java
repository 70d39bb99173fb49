package dossier.figures;

import java.util.regex.Pattern;

/**
 * "A deputy and two other people were shot": the count is of the other people; the figure is of
 * all of them, one more. Only when the words joined by "and" name one person: a singular noun or
 * a name with no number ("two soldiers and ten other people" are two figures; "police officers
 * and ten other people" leaves the officers uncounted).
 */
final class OneMore {
  /** Up to five words before "and" from the clause's start, the last not a plural in -s. */
  private static final Pattern ONE_AND = Pattern.compile("(?i)(?:^|[,;:(]\\s*|\\b(?:that|when|"
      + "after|as|said)\\s+)((?:[\\p{L}'’.-]+\\s+){0,4}[\\p{L}'’.-]*[\\p{L}&&[^sS]])\\s+and\\s+$");
  private static final Pattern NUMBER = Pattern.compile("(?i)\\d|\\b(?:" + Quantities.WORD_NUMBER
      + "|one|both|all|dozens|hundreds|thousands|several|many|some)\\b");
  /** Nouns for many people with no plural -s: "the family", "the crew", "children". */
  private static final Pattern MANY = Pattern.compile("(?i)(?:^|\\s)(?:family|crew|couple|pair|"
      + "group|team|gang|staff|police|personnel|military|army|public|people|men|women|children|"
      + "gentry|youth|clergy|militia)$");
  private static final Pattern OTHER = Pattern.compile("(?i)^\\s+other\\s+$");

  private OneMore() {}

  /** Whether the count after {@code before}, with {@code mods} before its noun, is one short. */
  static boolean oneShort(String before, String mods) {
    if (!OTHER.matcher(mods).matches()) {
      return false;
    }
    java.util.regex.Matcher m = ONE_AND.matcher(before);
    return m.find() && !NUMBER.matcher(m.group(1)).find() && !MANY.matcher(m.group(1)).find();
  }
}
