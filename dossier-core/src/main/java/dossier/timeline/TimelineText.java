package dossier.timeline;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A timeline as terminal text: one line per event with its date or range, TYPE, status, the
 * participants' and the place's names, how many articles report it, a background mark, and a
 * mark for a date only inferred from the report's publication date.
 */
public final class TimelineText {
  private TimelineText() {}

  /**
   * The lines of {@code entries}, then a line counting the undated events a date bound left out.
   *
   * @param names an entity's display name by id (unknown ids are shown as they are)
   * @param omitted undated events left out, or 0
   */
  public static String format(List<TimelineEntry> entries, Map<String, String> names, int omitted) {
    Function<String, String> name = id -> names.getOrDefault(id, id);
    StringBuilder out = new StringBuilder();
    int dateWidth = 10;
    int typeWidth = 4;
    for (TimelineEntry e : entries) {
      dateWidth = Math.max(dateWidth, date(e).length());
      typeWidth = Math.max(typeWidth, String.valueOf(e.type()).length());
    }
    boolean undatedHeading = false;
    for (TimelineEntry e : entries) {
      if (!e.date().isKnown() && !undatedHeading) {
        out.append("-- undated --\n");
        undatedHeading = true;
      }
      out.append(pad(date(e), dateWidth)).append("  ")
          .append(pad(String.valueOf(e.type()), typeWidth)).append("  ")
          .append(pad(e.status() == null ? "-" : e.status(), 9)).append("  ");
      out.append(e.participants().isEmpty() ? "-"
          : String.join(", ", e.participants().stream().map(name).distinct().toList()));
      if (e.location() != null) {
        out.append(" @ ").append(name.apply(e.location()));
      }
      int n = e.articleCount();
      out.append("  (").append(n).append(n == 1 ? " source" : " sources");
      if (e.story() != null) {
        out.append(", story ").append(e.story());
      }
      out.append(')');
      if (e.background()) {
        out.append("  [background]");
      }
      if (dossier.model.Event.REPORT.equals(e.dateBasis()) && e.date().isKnown()) {
        out.append("  [report date]"); // the text named no time: dated by its report
      }
      out.append('\n');
    }
    if (entries.isEmpty()) {
      out.append("no events\n");
    }
    if (omitted > 0) {
      out.append(omitted).append(omitted == 1 ? " undated event" : " undated events")
          .append(" left out by the date bounds\n");
    }
    return out.toString();
  }

  /** "2020-10-10", "2020-10-01..2020-10-31", "..2020-10-31" or "undated". */
  static String date(TimelineEntry e) {
    if (!e.date().isKnown()) {
      return "undated";
    }
    if (e.date().isExact()) {
      return e.date().value().toString();
    }
    return (e.date().earliest() == null ? "" : e.date().earliest().toString()) + ".."
        + (e.date().latest() == null ? "" : e.date().latest().toString());
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
