package dossier.figures;

import dossier.model.Mention;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who says so: the subject of a reporting verb ("X said", "the X side has acknowledged",
 * "according to X") in a sentence, as an entity id; null when the sentence states it as fact or
 * cites unnamed reports.
 */
public final class Claimants {
  /** Reporting verbs; "claimed" only when not directly followed by a number ("claimed 400 lives"). */
  static final Pattern REPORTING = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|reported|"
      + "reports|acknowledged|acknowledges|admitted|admits|claimed|claims|announced|announces|"
      + "stated|states|confirmed|confirms|estimated|estimates|alleged|alleges|according to)\\b");
  private static final Pattern NOT_REPORTING_AFTER = Pattern.compile(
      "(?i)^\\s+(?:(?:some|about|over|more than|nearly|around|at least)\\s+)?(?:\\d|responsibility|the lives|lives)");
  // words that may stand between a subject and its verb: "the Armenian side has acknowledged"
  private static final Pattern GAP = Pattern.compile(
      "(?i)^(?:\\s*(?:'s|’s|side|sides|government|officials|official|ministry|military|army|"
      + "authorities|forces|has|have|had|also|previously|earlier|later|repeatedly|on|this|week|"
      + "\\w+day|then|officially))*\\s*$");

  private Claimants() {}

  /**
   * The claimant of a statement at {@code pos} in sentence {@code [start, end)} of {@code text}, or
   * null. {@code mentions} are the article's resolved mentions.
   */
  public static String find(String text, int start, int end, int pos, List<Mention> mentions) {
    Matcher m = REPORTING.matcher(text).region(start, end);
    int before = -1;
    int beforeEnd = -1;
    int after = -1;
    while (m.find()) {
      if (NOT_REPORTING_AFTER.matcher(text.substring(m.end(), Math.min(end, m.end() + 30))).find()
          && m.group().toLowerCase().startsWith("claim")) {
        continue;
      }
      if (m.end() <= pos) {
        before = m.start();
        beforeEnd = m.end();
      } else if (after < 0) {
        after = m.start();
      }
    }
    if (before >= 0) {
      if (text.substring(before, beforeEnd).toLowerCase().startsWith("accord")) {
        return firstAfter(text, beforeEnd, Math.min(end, beforeEnd + 40), mentions);
      }
      return subjectOf(text, start, before, mentions);
    }
    return after >= 0 ? subjectOf(text, pos, after, mentions) : null;
  }

  /** Whether the sentence reports a statement (for an event's "claimed" status). */
  public static boolean reports(String text, int start, int end) {
    return REPORTING.matcher(text).region(start, end).find();
  }

  private static String subjectOf(String text, int from, int verb, List<Mention> mentions) {
    Mention best = null;
    for (Mention x : mentions) {
      if (x.entityId() != null && x.start() >= from && x.end() <= verb
          && GAP.matcher(text.substring(x.end(), verb)).matches()) {
        best = best == null || x.end() > best.end() ? x : best;
      }
    }
    if (best == null) {
      return null;
    }
    // "A and B said": no single claimant
    String lead = text.substring(Math.max(from, best.start() - 5), best.start()).toLowerCase();
    return lead.matches(".*\\band\\s+(?:the\\s+)?$") ? null : best.entityId();
  }

  private static String firstAfter(String text, int from, int to, List<Mention> mentions) {
    Mention best = null;
    for (Mention x : mentions) {
      if (x.entityId() != null && x.start() >= from && x.end() <= to
          && (best == null || x.start() < best.start())) {
        best = x;
      }
    }
    return best == null ? null : best.entityId();
  }
}
