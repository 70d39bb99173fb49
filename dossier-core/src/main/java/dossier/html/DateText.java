package dossier.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in text and in metadata values: ISO forms, numeric day-month-year, and month names
 * in English and German (full and abbreviated). A month without a day is found as a month, never
 * given an invented day.
 */
final class DateText {
  /** A date found: a day, or a whole month when {@code day} is false; {@code at} is its offset. */
  record Found(LocalDate date, boolean day, int at, String text) {
    YearMonth month() {
      return YearMonth.from(date);
    }
  }

  private static final Map<String, Integer> MONTHS = months();
  /** Every month name known, longest first so that a full name wins over its abbreviation. */
  private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
      .sorted((a, b) -> b.length() - a.length()).toList()) + ")\\.?";
  private static final String YEAR = "((?:19|20)\\d\\d)";
  private static final Pattern ISO = Pattern.compile(
      "(?<!\\d)" + YEAR + "([-/.])(1[0-2]|0?[1-9])\\2(3[01]|[12]\\d|0?[1-9])(?![\\d])");
  private static final Pattern COMPACT = Pattern.compile("(?<!\\d)" + YEAR + "(1[0-2]|0[1-9])(3[01]|[12]\\d|0[1-9])(?!\\d)");
  private static final Pattern DMY = Pattern.compile(
      "(?<![\\d.])(3[01]|[12]\\d|0?[1-9])(\\s?[./|-]\\s?)(1[0-2]|0?[1-9])\\2" + YEAR + "(?!\\d)");
  private static final Pattern MDY_SLASH = Pattern.compile(
      "(?<![\\d/])(1[0-2]|0?[1-9])/(3[01]|[12]\\d|0?[1-9])/" + YEAR + "(?!\\d)");
  private static final Pattern D_MONTH_Y = Pattern.compile(
      "(?<!\\d)(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th|er|º)?\\.?\\s*(?:of\\s+|de\\s+)?" + MONTH
          + "(?![\\p{L}]),?\\s+(?:de\\s+)?" + YEAR + "(?!\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MONTH_D_Y = Pattern.compile(
      "(?<![\\p{L}])" + MONTH + "(?![\\p{L}])\\s+(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?,?\\s+" + YEAR + "(?!\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MONTH_Y = Pattern.compile(
      "(?<![\\p{L}\\d.])" + MONTH + "(?![\\p{L}]),?\\s+(?:de\\s+)?" + YEAR + "(?!\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private DateText() {}

  /**
   * Dates in {@code text}, in order of position; numeric d/m/y is read month-first when
   * {@code monthFirst} (US pages) and day-first otherwise.
   */
  static List<Found> find(String text, boolean monthFirst) {
    List<Found> out = new ArrayList<>();
    boolean[] used = new boolean[text.length() + 1];
    scan(ISO, text, used, out, m -> day(m.group(1), m.group(3), m.group(4)));
    scan(D_MONTH_Y, text, used, out, m -> day(m.group(3), month(m.group(2)), m.group(1)));
    scan(MONTH_D_Y, text, used, out, m -> day(m.group(3), month(m.group(1)), m.group(2)));
    if (monthFirst) {
      scan(MDY_SLASH, text, used, out, m -> day(m.group(3), m.group(1), m.group(2)));
    }
    scan(DMY, text, used, out, m -> day(m.group(4), m.group(3), m.group(1)));
    for (Matcher m = MONTH_Y.matcher(text); m.find(); ) {
      if (!used[m.start()]) {
        Integer mo = MONTHS.get(key(m.group(1)));
        if (mo != null) {
          out.add(new Found(LocalDate.of(Integer.parseInt(m.group(2)), mo, 1), false, m.start(), m.group()));
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.at(), b.at()));
    return out;
  }

  /** A metadata value: ISO date or date-time, compact {@code 20201009}, or any text date; or null. */
  static Found value(String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    String s = v.strip();
    Matcher m = COMPACT.matcher(s);
    if (m.lookingAt() && (s.length() == 8 || !Character.isDigit(s.charAt(8)))) {
      LocalDate d = day(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return new Found(d, true, 0, m.group());
      }
    }
    List<Found> f = find(s.length() > 80 ? s.substring(0, 80) : s, false);
    return f.isEmpty() ? null : f.get(0);
  }

  private interface DayOf {
    LocalDate of(Matcher m);
  }

  private static void scan(Pattern p, String text, boolean[] used, List<Found> out, DayOf f) {
    for (Matcher m = p.matcher(text); m.find(); ) {
      if (used[m.start()]) {
        continue;
      }
      LocalDate d = f.of(m);
      if (d != null) {
        out.add(new Found(d, true, m.start(), m.group()));
        for (int i = m.start(); i < m.end(); i++) {
          used[i] = true;
        }
      }
    }
  }

  private static String month(String name) {
    Integer m = MONTHS.get(key(name));
    return m == null ? null : m.toString();
  }

  private static LocalDate day(String y, String m, String d) {
    if (m == null) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replace(".", "");
  }

  /** Month names and usual abbreviations in English, German, French, Spanish, Italian, Dutch,
   *  Portuguese and Russian (genitive, as dates write them). */
  private static Map<String, Integer> months() {
    String[][] names = {
        {"january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio",
            "januari", "janeiro", "января"},
        {"february", "feb", "februar", "feber", "février", "fevrier", "févr", "fevr", "febrero", "febbraio",
            "februari", "fevereiro", "февраля"},
        {"march", "mar", "märz", "mär", "mrz", "mars", "marzo", "maart", "março", "марта"},
        {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "апреля"},
        {"may", "mai", "mayo", "maggio", "mei", "maio", "мая"},
        {"june", "jun", "juni", "juin", "junio", "giugno", "junho", "июня"},
        {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "julho", "июля"},
        {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "августа"},
        {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro", "сентября"},
        {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro", "октября"},
        {"november", "nov", "novembre", "noviembre", "novembro", "ноября"},
        {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
            "dezembro", "декабря"}};
    Map<String, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, i + 1);
      }
    }
    return Map.copyOf(m);
  }
}
