package dossier.figures;

import java.util.regex.Pattern;

/**
 * Which verbs after a counted noun say what happened to it. Not a word used as an adjective on
 * another noun ("80 pupils, beside their displaced parents"), nor a verb of another
 * clause ("60 hostages are held since raiders killed 25": the killing is not theirs), nor
 * "killed or wounded" (the dead and the hurt together: no kind), nor "left" with no place left
 * ("dockers who have left unpaid" fled nothing).
 */
final class AfterWords {
  /** What a verb of the counted noun is not: the word right before makes it an adjective. */
  private static final Pattern ADJECTIVE = Pattern.compile("(?i)\\b(?:their|his|her|its|the|a|an|"
      + "other|of|our|your|newly|many|some|more)\\s+$");
  /**
   * A subordinate clause: what follows has a subject of its own; "which" stands for a thing, not
   * the people counted ("2,000 soldiers were sent after the clashes, which killed 40").
   */
  private static final Pattern SUBORDINATE = Pattern.compile("(?i)\\b(?:since|because|whereas|"
      + "although|though|while|until|which)\\b|\\b(?:after|before|when)\\s+(?:the\\s+|a\\s+|an\\s+|"
      + "its\\s+|their\\s+)?(?-i:\\p{Lu})");
  private static final Pattern MIXED = Pattern.compile("(?i)^(?:killed|dead)\\s+or\\s+"
      + "(?:wounded|injured|hurt)\\b|^(?:wounded|injured|hurt)\\s+or\\s+(?:killed|dead)\\b");
  private static final Pattern LEFT = Pattern.compile("(?i)^(?:have|has|had)\\s+left$");
  private static final Pattern PLACE = Pattern.compile("(?i)^\\s+(?:the\\s+|their\\s+|its\\s+|"
      + "his\\s+|her\\s+)?(?:(?-i:\\p{Lu})|town|city|village|area|region|country|homes?|houses?|"
      + "valley|camps?|island|province|district|border|zone)");

  private AfterWords() {}

  /** A number in words or digits: another group of people counted further on. */
  private static final String NUMBER = "(?:\\d|(?:" + Quantities.WORD_NUMBER + ")\\b)";
  /**
   * Another counted group before ", who": the relative clause is that group's ("150 people
   * attended the funeral of the two officers, who were killed").
   */
  private static final Pattern WHO_OF_ANOTHER = Pattern.compile("(?i)\\b" + NUMBER
      + "[^,;]*,\\s+(?:who|whom)\\b");
  /**
   * A clause of its own with another counted subject: "rescued 12 people, and 40 residents were
   * evacuated": the evacuation is the 40's.
   */
  private static final Pattern AND_ANOTHER = Pattern.compile("(?i),\\s+(?:and|but|while)\\s+"
      + "(?:(?:the|another|a further|some|about|around|at least|more than|nearly)\\s+)*"
      + NUMBER);

  /** The clause after a noun up to where a subordinate clause or another group's clause starts. */
  static String own(String clause) {
    int cut = clause.length();
    for (Pattern p : new Pattern[] {SUBORDINATE, AND_ANOTHER}) {
      java.util.regex.Matcher m = p.matcher(clause);
      cut = m.find() ? Math.min(cut, m.start()) : cut;
    }
    java.util.regex.Matcher who = WHO_OF_ANOTHER.matcher(clause);
    cut = who.find() ? Math.min(cut, clause.lastIndexOf(',', who.end())) : cut;
    return clause.substring(0, cut);
  }

  /** Whether the verb {@code word} at {@code at} of {@code clause} is no verb of the noun. */
  static boolean notItsVerb(String clause, int at, String word) {
    if (ADJECTIVE.matcher(clause.substring(0, at)).find()) {
      return true;
    }
    return LEFT.matcher(word).matches()
        && !PLACE.matcher(clause.substring(at + word.length())).find();
  }

  /** Whether the verb at {@code at} is "killed or wounded": no one kind. */
  static boolean mixed(String clause, int at) {
    return MIXED.matcher(clause.substring(at)).find();
  }
}
