package dossier.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holidays named without a year. The tagger puts them in the publication year even when that one
 * is still ahead; news speaks of the last one unless the clause is about the future, as for months.
 */
final class Holidays {
  private static final Pattern NAME = Pattern.compile("(?i)^(?:last\\s+|this\\s+|next\\s+)?(christmas(?:\\s+day)?|"
      + "christmas\\s+eve|new\\s+year's(?:\\s+day)?|new\\s+year's\\s+eve|thanksgiving(?:\\s+day)?|easter(?:\\s+sunday)?"
      + "|independence\\s+day|labor\\s+day|memorial\\s+day|halloween|valentine's\\s+day)$");
  private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

  private Holidays() {}

  /** The day a holiday named in {@code text} means, or null when {@code text} names none. */
  static String resolve(String text, String value, LocalDate anchor, boolean future) {
    Matcher m = NAME.matcher(text.trim());
    if (!m.matches() || !DAY.matcher(value).matches()) {
      return null;
    }
    String mod = text.trim().toLowerCase(Locale.ROOT).split("\\s+")[0];
    String name = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    LocalDate thisYear = of(name, anchor.getYear());
    if (thisYear == null) {
      return null;
    }
    boolean ahead = mod.equals("next") || !mod.equals("last") && future;
    if (ahead) {
      return (thisYear.isBefore(anchor) ? of(name, anchor.getYear() + 1) : thisYear).toString();
    }
    if (mod.equals("this")) {
      return thisYear.toString();
    }
    // a past clause: the last one on or before the publication day
    return (thisYear.isAfter(anchor) ? of(name, anchor.getYear() - 1) : thisYear).toString();
  }

  /** The day of holiday {@code name} in {@code year}. */
  static LocalDate of(String name, int year) {
    if (name.startsWith("christmas eve")) {
      return LocalDate.of(year, 12, 24);
    }
    if (name.startsWith("christmas")) {
      return LocalDate.of(year, 12, 25);
    }
    if (name.startsWith("new year's eve")) {
      return LocalDate.of(year, 12, 31);
    }
    if (name.startsWith("new year")) {
      return LocalDate.of(year, 1, 1);
    }
    if (name.startsWith("thanksgiving")) {
      return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }
    if (name.startsWith("easter")) {
      return easter(year);
    }
    if (name.startsWith("independence")) {
      return LocalDate.of(year, 7, 4);
    }
    if (name.startsWith("labor")) {
      return LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }
    if (name.startsWith("memorial")) {
      return LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }
    if (name.startsWith("halloween")) {
      return MonthDay.of(10, 31).atYear(year);
    }
    if (name.startsWith("valentine")) {
      return MonthDay.of(2, 14).atYear(year);
    }
    return null;
  }

  /** Western Easter Sunday (the anonymous Gregorian algorithm). */
  static LocalDate easter(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(y, month, day);
  }
}
