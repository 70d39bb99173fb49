package dossier.figures;

import java.util.regex.Pattern;

/**
 * A force counted as the one carrying out an operation: "raids by 1,200 police", "an operation
 * involving 3,000 troops", "a crackdown by some 400 riot police", "backed by 300 soldiers",
 * "2,000 troops took part in the offensive". Forces that take part in an operation are deployed
 * for it, as forces sent are.
 */
final class Operations {
  private static final String NOUNS = "(?:raids?|operations?|crackdowns?|sweeps?|offensives?|"
      + "counteroffensives?|counter-offensives?|assaults?|manhunts?|searche?s?|patrols?|"
      + "deployments?|exercises?|drills?|invasions?|incursions?|sieges?)";
  /** An operation's noun, then in the same clause "by", "involving", "with" or "using". */
  private static final Pattern BY = Pattern.compile("(?i)\\b" + NOUNS
      + "\\b[^.;:,!?]{0,40}?\\b(?:by|involving|with|using)\\s+$|\\b(?:backed|supported|escorted|"
      + "accompanied|reinforced|assisted) by\\s+$");
  /** "... took part in the offensive", "were involved in the search". */
  private static final Pattern IN = Pattern.compile("(?i)^\\s+(?:(?:were|are|have|had|also|"
      + "all)\\s+)*(?:took part|take part|taking part|taken part|participated|participating|"
      + "involved)\\s+in\\s+(?:(?:the|a|an|this|that|its|their)\\s+)?(?:[\\w-]+\\s+){0,2}?"
      + NOUNS + "\\b");

  private Operations() {}

  /**
   * Whether the words {@code before} a force's number, or {@code after} its noun, make it a force
   * carrying out an operation.
   */
  static boolean takesPart(String before, String after) {
    return BY.matcher(before).find() || IN.matcher(after).find();
  }
}
