package dossier.figures;

import java.util.regex.Pattern;

/**
 * Men sent on a task by whoever commands them: "ordered 10 of his men to search the hills",
 * "sent 40 of its officers to guard the port". "Men" alone is no force; "of his men" after a verb
 * of sending or ordering is. "Ordered" sends only with a task after it ("to" and a verb).
 */
final class Dispatched {
  private static final Pattern SENDING = Pattern.compile("(?i)\\b(?:sent|dispatched|deployed|"
      + "assigned|posted)\\s+$");
  private static final Pattern ORDERING = Pattern.compile("(?i)\\b(?:ordered|orders|order|"
      + "ordering)\\s+$");
  private static final Pattern OF_HIS = Pattern.compile("(?i)^\\s+of\\s+(?:his|her|its|their)\\s+"
      + "(?:own\\s+)?$");
  /** A task: "to" and a verb, not "to the border". */
  private static final Pattern TASK = Pattern.compile("(?i)^[^.;:!?]{0,90}?\\bto\\s+(?!the\\b|a\\b"
      + "|an\\b|its\\b|their\\b|his\\b|her\\b)[a-z]+");

  private Dispatched() {}

  /**
   * DEPLOYED when {@code head} ("men", or a force noun) is sent or ordered on a task by the verb
   * right before the number; {@code mods} are the words between number and noun, {@code after}
   * the text after the noun. Null otherwise.
   */
  static String kind(String head, String before, String mods, String after) {
    boolean force = FigureFinder.FORCES.matcher(head).matches()
        || head.equals("men") && OF_HIS.matcher(mods).matches();
    if (!force) {
      return null;
    }
    if (SENDING.matcher(before).find() && head.equals("men")) {
      return "DEPLOYED";
    }
    return ORDERING.matcher(before).find() && TASK.matcher(after).find() ? "DEPLOYED" : null;
  }
}
