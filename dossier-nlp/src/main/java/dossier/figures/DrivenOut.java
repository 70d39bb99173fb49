package dossier.figures;

import java.util.regex.Pattern;

/**
 * People driven from their homes: "the storm forced 2,000 residents from their homes", "drove
 * some 300 families out of the village". Their noun ("residents") would otherwise make them a
 * population; the verb and "from their homes" make them displaced.
 */
final class DrivenOut {
  private static final Pattern VERB = Pattern.compile("(?i)\\b(?:forced|forcing|forces|force|"
      + "drove|driven|driving|drives|pushed|chased|uprooted|uprooting)\\s+(?:(?:some|about|"
      + "around|nearly|almost|roughly|over|more than|at least|an estimated|up to)\\s+)*$");
  private static final Pattern FROM = Pattern.compile("(?i)^[^.;:]{0,40}?\\b(?:from|out of)\\s+"
      + "(?:their|its|his|her|the)?\\s*(?:homes?|houses?|villages?|towns?|neighbou?rhoods?|"
      + "land|lands|region|area|city|district|camps?)\\b");

  private DrivenOut() {}

  /** Whether a count with {@code before} and {@code after} tells people driven from home. */
  static boolean from(String before, String after) {
    return VERB.matcher(before).find() && FROM.matcher(after).find();
  }
}
