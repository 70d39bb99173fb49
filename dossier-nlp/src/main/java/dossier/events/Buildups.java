package dossier.events;

import java.util.regex.Pattern;

/**
 * The raw-text test for forces increased, expanded or doubled ("has continued to increase its
 * armed forces", "expanded its troop presence"), read by {@link Diplomacy}'s mobilisation. These
 * verbs are everyday words of business news, so the sentence is parsed only when a word of forces
 * follows within a few words, not for every "increase"; not "fleet" (an airline's expands).
 */
final class Buildups {
  static final Pattern CANDIDATE = Pattern.compile("(?i)\\b(?:increas|expand|doubl|tripl)\\w*"
      + "\\s+(?:[\\w'-]+\\s+){0,3}?(?:troops?|forces|military|naval|army|garrison"
      + "|presence|contingent|soldiers)\\b");

  private Buildups() {}
}
