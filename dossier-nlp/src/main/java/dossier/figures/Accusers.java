package dossier.figures;

import dossier.model.Mention;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An accusation is a claim: in "A accused B of shelling the town, killing three civilians" the
 * three dead are A's figure. Only an active verb with a named subject right before it; a passive
 * ("deaths blamed on B", "B was accused of") names no claimant.
 */
final class Accusers {
  private static final Pattern ACCUSING = Pattern.compile("(?i)\\b(?:accused|accuses|accuse|"
      + "blamed|blames|blame)\\b");
  private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(?:was|were|is|are|been|be|"
      + "being|get|got)\\s+$");

  /** "X, accused in the deaths of ...": a participle describing X, who is the accused. */
  private static final Pattern REDUCED = Pattern.compile(",\\s*$");
  /** "accused of", "blamed for": no object between, so the subject is the one accused. */
  private static final Pattern OBJECTLESS = Pattern.compile("(?i)^\\w+\\s+(?:of|in|for|with|on)\\b");

  private Accusers() {}

  /** The accuser of a figure at {@code pos} in sentence {@code [start, end)}; both null if none. */
  static Claimants.Claim claim(String text, int start, int end, int pos, List<Mention> mentions) {
    Matcher m = ACCUSING.matcher(text).region(start, Math.min(end, pos));
    int verb = -1;
    while (m.find()) {
      verb = m.start();
    }
    if (verb < 0 || PASSIVE.matcher(text.substring(Math.max(start, verb - 10), verb)).find()
        || REDUCED.matcher(text.substring(Math.max(start, verb - 3), verb)).find()
        || OBJECTLESS.matcher(text.substring(verb)).find()) {
      return new Claimants.Claim(null, null);
    }
    String id = Claimants.subjectOf(text, start, verb, mentions);
    if (id == null) {
      return new Claimants.Claim(null, null);
    }
    return new Claimants.Claim(id, Claimants.phrase(text, start, verb));
  }
}
