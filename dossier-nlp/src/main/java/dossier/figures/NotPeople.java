package dossier.figures;

import java.util.regex.Pattern;

/**
 * Numbers next to people that count nothing that happened to them: a parent's children ("a father
 * of three was arrested" counts one arrest) and people the sentence says were spared ("carried 180
 * passengers, none of whom were hurt") or of whom only some were ("40 passengers, 12 of them hurt").
 */
final class NotPeople {
  /** A clause's verb after "none of them": "killed 20, most of them civilians" keeps its count. */
  private static final String VERB = "(?:were|was|had been|have been|are|got)\\b";
  /** "father of three", "mother-of-two", "father to two boys": the parent's children. */
  private static final Pattern PARENT_OF = Pattern.compile("(?i)\\b(?:father|mother|parent|mum|mom"
      + "|dad|grandfather|grandmother|grandparent)[\\s-]+(?:of|to)[\\s-]*$");
  /** "..., none of whom were hurt": the count is of those spared. */
  private static final Pattern SPARED = Pattern.compile("(?i)^[^.;]{0,80}?,\\s*none of (?:whom"
      + "|them|those)\\s+" + VERB);
  /** "40 passengers, and 12 of them were hurt": the outer count is of all, not of the hurt. */
  private static final Pattern PART_OF_IT = Pattern.compile("(?i)^[^.;]{0,80}?\\b(?:\\d[\\d,]*"
      + "|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|some|many|most)"
      + "\\s+of\\s+(?:them|whom|those)\\s+" + VERB);

  /** People someone arranged or wanted to have harmed: "arranged to have two witnesses killed". */
  private static final Pattern PLOTTED = Pattern.compile("(?i)\\b(?:arrang|want|tried|try|plann"
      + "|plott|conspir|sought|seek|hired|paid|pay)\\w*\\s+(?:\\w+\\s+){0,2}?to\\s+have\\s+"
      + "(?![\\w-]+(?:ed|en)\\b)[^.;]*$");

  private NotPeople() {}

  /** Whether the number at {@code before|rest} counts no one something happened to. */
  static boolean skip(String before, String rest) {
    return PARENT_OF.matcher(before).find() || PLOTTED.matcher(before).find()
        || SPARED.matcher(rest).find()
        || PART_OF_IT.matcher(rest).find();
  }
}
