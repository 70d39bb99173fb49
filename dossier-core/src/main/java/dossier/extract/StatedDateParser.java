package dossier.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar day written in a line: "9 Oct, 2020", "October 9, 2020", "Oct. 9, 2020",
 * "2020-10-09", "Mon 19 Nov 2019", "19.11.2019", and month names in a few European languages.
 * Numeric day/month orders that cannot be told apart ("03/04/2020") give no day rather than a
 * guess.
 */
final class StatedDateParser {
  private static final Map<String, Integer> MONTHS = months();
  private static final String MONTH =
      "(?<mon>[A-Za-zÀ-ÿ]{3,10})\\.?";
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<![\\p{L}\\d])(?<d>\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?(?: de| of)?\\s+" + MONTH
          + "(?: de)?,?\\s+(?<y>(?:19|20)\\d{2})(?!\\d)");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?<![\\p{L}])" + MONTH + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>(?:19|20)\\d{2})(?!\\d)");
  private static final Pattern ISO = Pattern.compile(
      "(?<!\\d)(?<y>(?:19|20)\\d{2})[-/.](?<m>\\d{1,2})[-/.](?<d>\\d{1,2})(?!\\d)");
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\d.])(?<a>\\d{1,2})(?<sep>[./-])(?<b>\\d{1,2})\\k<sep>(?<y>(?:19|20)\\d{2})(?!\\d)");

  private StatedDateParser() {}

  /** A day found in {@code s} with where it was found. */
  record Found(LocalDate day, int start, int end) {}

  /** The first day written in {@code s}, or null. */
  static Found find(String s) {
    if (s == null || s.length() < 6 || !hasDigit(s)) {
      return null;
    }
    Found best = null;
    best = earliest(best, named(DAY_MONTH_YEAR.matcher(s)));
    best = earliest(best, named(MONTH_DAY_YEAR.matcher(s)));
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      best = earliest(best, day(m, Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
          Integer.parseInt(m.group("d"))));
    }
    m = NUMERIC.matcher(s);
    if (m.find()) {
      int a = Integer.parseInt(m.group("a"));
      int b = Integer.parseInt(m.group("b"));
      int y = Integer.parseInt(m.group("y"));
      // Dots are the European day.month order; otherwise only an order the numbers prove.
      if (m.group("sep").equals(".") || (a > 12 && b <= 12)) {
        best = earliest(best, day(m, y, b, a));
      } else if (b > 12 && a <= 12) {
        best = earliest(best, day(m, y, a, b));
      }
    }
    return best;
  }

  private static Found named(Matcher m) {
    while (m.find()) {
      Integer month = MONTHS.get(m.group("mon").toLowerCase(Locale.ROOT));
      if (month != null) {
        Found f = day(m, Integer.parseInt(m.group("y")), month, Integer.parseInt(m.group("d")));
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }

  private static Found day(Matcher m, int y, int month, int d) {
    try {
      return new Found(LocalDate.of(y, month, d), m.start(), m.end());
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Found earliest(Found a, Found b) {
    return a == null ? b : b == null || a.start() <= b.start() ? a : b;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"january", "jan", "januar", "janvier", "enero", "gennaio", "janeiro", "januari", "jänner"},
      {"february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro",
        "februari", "févr"},
      {"march", "mar", "märz", "mars", "marzo", "março", "maart", "mär"},
      {"april", "apr", "avril", "abril", "aprile"},
      {"may", "mai", "mayo", "maggio", "maio", "mei"},
      {"june", "jun", "juni", "juin", "junio", "giugno", "junho"},
      {"july", "jul", "juli", "juillet", "julio", "luglio", "julho", "juil"},
      {"august", "aug", "août", "aout", "agosto", "augustus"},
      {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"},
      {"october", "oct", "oktober", "octobre", "octubre", "ottobre", "outubro", "okt"},
      {"november", "nov", "novembre", "noviembre", "novembro"},
      {"december", "dec", "dezember", "décembre", "decembre", "diciembre", "dicembre",
        "dezembro", "dez", "déc"},
    };
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, i + 1);
      }
    }
    return Map.copyOf(m);
  }
}
