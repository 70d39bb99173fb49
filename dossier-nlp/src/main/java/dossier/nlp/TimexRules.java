package dossier.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * General corrections of the time tagger's values, applied after it ran. News narrates the past:
 * a bare weekday, month or month-and-day is the latest one on or before the publication day unless
 * its sentence speaks of the future ("will", "next", "scheduled"); "last April" is the latest April
 * before the current month; "N years ago" names a year, not a day; a part of a day ("Friday night")
 * keeps the day. Ages ("6-year-old"), "once", adjectives of frequency ("quarterly") and the
 * abbreviation SEC are not time expressions.
 */
final class TimexRules {
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)^(?:on\\s+|last\\s+|this\\s+|this\\s+past\\s+|early\\s+|late\\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day"
          + "(?:\\s+(?:morning|afternoon|evening|night))?$");
  private static final Pattern MONTH = Pattern.compile(
      "(?i)^(?:(last|next|this|early|mid|late|in|since)\\s*-?\\s*)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
          + "(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?$");
  private static final Pattern YEARS_AGO = Pattern.compile(
      "(?i)\\b(?:years?|decades?)\\s+(?:ago|earlier|before)$");
  private static final Pattern MONTHS_AGO = Pattern.compile("(?i)\\bmonths?\\s+(?:ago|earlier|before)$");
  private static final Pattern NOT_TIME = Pattern.compile(
      "(?i)^(?:[\\w-]+-(?:year|month|week|day)s?-old|once|quarterly|daily|annual|annually|weekly|monthly|yearly)$");
  /** A bare number below 1500 is a count ("1200 troops"), not a year. */
  private static final Pattern LOW_NUMBER = Pattern.compile("^(?:0\\d*|1[0-4]\\d\\d|\\d{1,3})$");
  private static final Pattern DAY_PART = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})T(?:MO|AF|EV|NI)$");
  private static final Pattern DAY_VALUE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");
  private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "wo", "next", "upcoming",
      "scheduled", "tomorrow", "going");
  /** Tokens before the expression (and after it) that decide its tense: about a clause. */
  private static final int BEFORE = 8;
  private static final int AFTER = 3;

  private TimexRules() {}

  /** The time expressions {@code found} in {@code doc} against {@code anchor}, corrected. */
  static List<NlpDoc.Timex> apply(NlpDoc doc, List<NlpDoc.Timex> found, LocalDate anchor) {
    List<NlpDoc.Timex> out = new ArrayList<>(found.size());
    for (NlpDoc.Timex t : found) {
      String text = t.text().trim();
      if (NOT_TIME.matcher(text).matches() || text.endsWith("SEC") || text.equals("Sec")
          || LOW_NUMBER.matcher(text).matches()) {
        continue;
      }
      String v = t.value();
      Matcher dp = v == null ? null : DAY_PART.matcher(v);
      if (dp != null && dp.matches()) {
        v = dp.group(1);
      }
      if (anchor != null && v != null) {
        v = relative(doc, t, text, v, anchor);
      }
      out.add(v == null || v.equals(t.value()) ? t : new NlpDoc.Timex(t.start(), t.end(), t.text(), t.type(), v));
    }
    return out;
  }

  private static String relative(NlpDoc doc, NlpDoc.Timex t, String text, String v, LocalDate anchor) {
    Matcher w = WEEKDAY.matcher(text);
    if (w.matches() && DAY_VALUE.matcher(v).find()) {
      DayOfWeek day = weekday(w.group(1));
      boolean future = !text.toLowerCase(Locale.ROOT).startsWith("last") && future(doc, t);
      LocalDate d = future ? nextAfter(anchor, day) : lastOnOrBefore(anchor, day);
      return d.toString();
    }
    Matcher m = MONTH.matcher(text);
    if (m.matches() && (v.matches("^\\d{4}-\\d{2}(-\\d{2})?$"))) {
      String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      int month = Integer.parseInt(v.substring(5, 7));
      YearMonth cur = YearMonth.from(anchor);
      boolean future = mod.equals("next") || !mod.equals("last") && !mod.equals("since") && future(doc, t);
      YearMonth ym = YearMonth.of(anchor.getYear(), month);
      if (future) {
        ym = ym.isBefore(cur) ? ym.plusYears(1) : ym;
      } else if (mod.equals("last")) {
        ym = ym.isBefore(cur) ? ym : ym.minusYears(1);
      } else {
        ym = ym.isAfter(cur) ? ym.minusYears(1) : ym;
      }
      return ym + (v.length() > 7 ? v.substring(7) : "");
    }
    if (YEARS_AGO.matcher(text).find() && DAY_VALUE.matcher(v).find()) {
      return v.substring(0, 4);
    }
    if (MONTHS_AGO.matcher(text).find() && DAY_VALUE.matcher(v).find()) {
      return v.substring(0, 7);
    }
    return v;
  }

  /** Whether the sentence holding {@code t} speaks of the future. */
  static boolean future(NlpDoc doc, NlpDoc.Timex t) {
    for (NlpDoc.Sentence s : doc.sentences()) {
      if (s.start() <= t.start() && t.start() < s.end()) {
        List<NlpDoc.Token> ts = s.tokens();
        int at = 0;
        while (at < ts.size() && ts.get(at).end() <= t.start()) {
          at++;
        }
        for (int i = Math.max(0, at - BEFORE); i < Math.min(ts.size(), at + AFTER); i++) {
          NlpDoc.Token k = ts.get(i);
          if (k.start() >= t.start() && k.end() <= t.end()) {
            continue;
          }
          if (FUTURE.contains(k.word().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  private static DayOfWeek weekday(String stem) {
    return switch (stem.toLowerCase(Locale.ROOT)) {
      case "mon" -> DayOfWeek.MONDAY;
      case "tues" -> DayOfWeek.TUESDAY;
      case "wednes" -> DayOfWeek.WEDNESDAY;
      case "thurs" -> DayOfWeek.THURSDAY;
      case "fri" -> DayOfWeek.FRIDAY;
      case "satur" -> DayOfWeek.SATURDAY;
      default -> DayOfWeek.SUNDAY;
    };
  }

  static LocalDate lastOnOrBefore(LocalDate d, DayOfWeek day) {
    return d.minusDays((d.getDayOfWeek().getValue() - day.getValue() + 7) % 7);
  }

  static LocalDate nextAfter(LocalDate d, DayOfWeek day) {
    int ahead = (day.getValue() - d.getDayOfWeek().getValue() + 7) % 7;
    return d.plusDays(ahead == 0 ? 7 : ahead);
  }
}
