package dossier.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count joined by "and" to an object of the verb before it: "killed 3 soldiers and 12
 * civilians", "killed a police officer and two civilians": the verb types both.
 */
final class Coordinated {
  private static final String VERBS = "killed|killing|wounded|wounding|injured|injuring|"
      + "arrested|arresting|detained|detaining|captured|capturing|abducted|kidnapped|evacuated";
  /** "killed a police officer and ": one person, then "and". */
  private static final Pattern ONE_BEFORE = Pattern.compile("(?i)\\b(" + VERBS + ")\\s+(?:a|an|"
      + "one|another)\\s+(?:[\\w-]+\\s+){1,3}?and\\s+$");
  private static final Pattern AND = Pattern.compile("(?i)^\\s*,?\\s*and\\s+$");
  private static final Pattern VERB_BEFORE = Pattern.compile("(?i)\\b(" + VERBS + ")\\s+$");

  private Coordinated() {}

  /**
   * The kind the verb before gives a count at {@code numberStart} of {@code text}: through the
   * figure just before ({@code previous}, its number right after the verb, and only "and"
   * between), or through one person named after the verb; null otherwise.
   */
  static String kind(String text, int sentenceStart, int numberStart, FigureFinder.Found previous) {
    if (previous != null && previous.end() <= numberStart
        && AND.matcher(text.substring(previous.end(), numberStart)).matches()) {
      String lead = text.substring(Math.max(sentenceStart, previous.start() - 30),
          previous.start());
      Matcher v = VERB_BEFORE.matcher(lead);
      return v.find() ? previous.kind() : null;
    }
    String lead = text.substring(Math.max(sentenceStart, numberStart - 60), numberStart);
    Matcher one = ONE_BEFORE.matcher(lead);
    return one.find() ? FigureFinder.kind("people", one.group(1) + " ", "") : null;
  }
}
