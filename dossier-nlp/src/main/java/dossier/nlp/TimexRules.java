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
 * a bare weekday is the latest one on or before the publication day unless the clause before it
 * speaks of the future ("will", "next", "planned", stopping at "said"); a month without a year is
 * the nearest one (the next one in a future clause); "last April" is the latest April before the
 * current month; "N years ago" names a year, not a day; a decade is written "199". Business news
 * reports on the quarter just ended: "the quarter" is the last finished quarter during the two
 * months after it ends, "the third quarter" the latest one begun, and "a year ago" in a sentence
 * about a quarter the same quarter a year before. Ages ("6-year-old"), "once", adjectives of
 * frequency ("quarterly"), a bare unit ("day", "years"), "previously", "future" and the
 * abbreviation SEC are not taken as time expressions.
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
      "(?i)^(?:[\\w-]+-(?:year|month|week|day)s?-old|once|quarterly|annual|annually|monthly|yearly"
          + "|previously|future|days?|weeks?|months?|years?|minutes?"
          // ages, fractions, ordinals: "52 years old", "three-quarters of", "a second round"
          + "|.*\\b(?:years?|months?)\\s+old|(?:about\\s+|nearly\\s+|almost\\s+)?(?:one|two|three)-quarters?"
          + "|a\\s+second)$");
  /** A bare number below 1500 is a count ("1200 troops"), not a year. */
  private static final Pattern LOW_NUMBER = Pattern.compile("^(?:0\\d*|1[0-4]\\d\\d|\\d{1,3})$");
  private static final Pattern ZONE = Pattern.compile("(?<=T\\d\\d:\\d\\d(?::\\d\\d)?)(?:[-+]\\d{2}:?\\d{2}|Z)$");
  private static final Pattern DAY_VALUE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");
  private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "wo", "next", "upcoming",
      "scheduled", "tomorrow", "going", "plan", "plans", "planned", "planning", "until", "expected", "due",
      "soon");
  /** Past auxiliaries: the clause is in the past whatever came before it (the tagger may give no tags). */
  private static final Set<String> PAST = Set.of("was", "were", "had", "did");
  /** Common verbs in the simple past (no tagger to tell "held" from "hold"). */
  private static final Set<String> IRREGULAR_PAST = Set.of("held", "met", "took", "made", "came", "went",
      "began", "gave", "saw", "left", "fought", "won", "lost", "sent", "spoke", "broke", "fell", "rose", "struck",
      "shot", "flew", "ran", "led", "brought", "bought", "sold", "kept", "thought", "felt", "found", "got",
      "knew", "wrote", "stood", "paid", "became", "signed", "agreed", "killed", "attacked", "announced",
      "reported", "clashed", "launched", "visited", "arrived", "died", "erupted", "occurred", "happened");
  /** Words after which a past participle is not a past tense ("will be held", "to be signed"). */
  private static final Set<String> NOT_PAST_BEFORE = Set.of("be", "been", "being", "to", "will", "is", "are",
      "am", "'s", "'re", "get", "gets");
  /** Tokens before the expression that decide its tense: about a clause. */
  private static final int BEFORE = 8;
  /** Words that end the look back: a reporting verb in the past starts the clause that matters. */
  private static final Set<String> STOP = Set.of("said", "told", "announced", "reported", "added",
      "says", ";", ":", "but");

  private static final Pattern THE_QUARTER = Pattern.compile(
      "(?i)^(?:the\\s+|this\\s+)?(?:latest\\s+|most\\s+recent\\s+|current\\s+|just-ended\\s+)?(?:fiscal\\s+)?quarter$");
  private static final Pattern NTH_QUARTER = Pattern.compile(
      "(?i)\\b(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?:fiscal\\s+)?quarter\\b");
  private static final Pattern YEAR_BACK = Pattern.compile(
      "(?i)^(?:a\\s+year\\s+(?:ago|earlier|before)|last\\s+year(?:'s\\s+quarter)?|(?:the\\s+)?year|the\\s+year-(?:ago|earlier).*)$");
  private static final Pattern WEEKEND = Pattern.compile("(?i)^(?:the|this|over\\s+the)\\s+weekend$");
  private static final Pattern WEEKEND_VALUE = Pattern.compile("^\\d{4}-W\\d{2}-WE$");
  private static final Pattern VAGUE_SPAN = Pattern.compile(
      "(?i)^the\\s+(?:next|past|last|coming)\\s+(?:several|few)\\s+(day|week|month|year)s$");
  private static final Pattern HALF = Pattern.compile("(?i)^the\\s+(first|second|last)\\s+half\\s+of\\s+\\d{4}$");
  private static final Pattern YEAR_PERIOD = Pattern.compile("(?i)^the\\s+(\\d{4})\\s+period$");
  private static final Pattern QUARTER_VALUE = Pattern.compile("^(\\d{4})-Q([1-4])$");

  private TimexRules() {}

  /** The time expressions {@code found} in {@code doc} against {@code anchor}, corrected. */
  static List<NlpDoc.Timex> apply(NlpDoc doc, List<NlpDoc.Timex> found, LocalDate anchor) {
    return apply(doc, found, anchor, false);
  }

  /**
   * As {@link #apply(NlpDoc, List, LocalDate)}; {@code rangeEnd} says the anchor is one end of a
   * publication range, where a month or day named without a year in a past clause is the latest
   * one not after the anchor (so the readings at both ends bound the truth) rather than the nearest.
   */
  static List<NlpDoc.Timex> apply(NlpDoc doc, List<NlpDoc.Timex> found, LocalDate anchor, boolean rangeEnd) {
    List<NlpDoc.Timex> out = new ArrayList<>(found.size());
    for (NlpDoc.Timex t : TimexExtents.fix(doc, found, anchor)) {
      String text = t.text().trim();
      if (NOT_TIME.matcher(text).matches() || text.endsWith("SEC") || text.equals("Sec")
          || LOW_NUMBER.matcher(text).matches() || "DURATION".equals(t.type()) && nextWord(doc, t).equalsIgnoreCase("old")
          || notATime(doc, t, text)) {
        continue;
      }
      String v = t.value();
      if (anchor != null && v != null) {
        v = relative(doc, t, text, v, anchor, rangeEnd, namedQuarter(out, anchor));
      } else if ("YEAR_EARLIER".equals(v)) {
        v = "XXXX"; // a year before a day not known
      }
      if (v != null && ZONE.matcher(v).find()) {
        v = ZONE.matcher(v).replaceFirst(""); // TIMEX3 values carry no zone ("5 p.m. EST" is T17:00)
      }
      out.add(v == null || v.equals(t.value()) ? t : new NlpDoc.Timex(t.start(), t.end(), t.text(), t.type(), v));
    }
    return clockOnNamedDay(doc, out, anchor);
  }

  /**
   * "at 10:35 a.m. (0735 GMT) Friday": a clock time the tagger put on the publication day takes the
   * day of a weekday or date written right after it in the same sentence.
   */
  private static List<NlpDoc.Timex> clockOnNamedDay(NlpDoc doc, List<NlpDoc.Timex> ts, LocalDate anchor) {
    if (anchor == null) {
      return ts;
    }
    List<NlpDoc.Timex> out = new ArrayList<>(ts);
    for (int i = 0; i + 1 < out.size(); i++) {
      NlpDoc.Timex t = out.get(i);
      NlpDoc.Timex next = out.get(i + 1);
      String v = t.value();
      if (v == null || !v.startsWith(anchor + "T") || next.value() == null || !DAY_VALUE.matcher(next.value()).find()
          || next.value().startsWith(anchor.toString()) || next.start() - t.end() > 20
          || sentence(doc, t) != sentence(doc, next) || doc.sentences().isEmpty()) {
        continue;
      }
      if (!onlyClockWordsBetween(doc, t.end(), next.start())) {
        continue;
      }
      out.set(i, new NlpDoc.Timex(t.start(), t.end(), t.text(), t.type(), next.value().substring(0, 10) + v.substring(10)));
    }
    return out;
  }

  /** Whether only brackets, commas and a clock time in another zone ("(0735 GMT)") lie between two offsets. */
  private static boolean onlyClockWordsBetween(NlpDoc doc, int from, int to) {
    for (NlpDoc.Sentence s : doc.sentences()) {
      if (s.start() <= from && to <= s.end()) {
        for (NlpDoc.Token k : s.tokens()) {
          if (k.start() >= from && k.end() <= to
              && !k.word().matches("-[LR][RS]B-|[(),\\[\\]]|\\d{1,4}(?::\\d\\d)?|[A-Z]{2,4}|[ap]\\.m\\.|local|time")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static String relative(NlpDoc doc, NlpDoc.Timex t, String text, String v, LocalDate anchor,
      boolean rangeEnd, String named) {
    if (v.contains("/") && VAGUE_SPAN.matcher(text).find()) {
      // "the next several days": some days, not the tagger's made-up interval
      Matcher u = VAGUE_SPAN.matcher(text);
      u.find();
      return "PX" + u.group(1).toUpperCase(Locale.ROOT).charAt(0);
    }
    Matcher half = HALF.matcher(text);
    if (half.matches() && v.matches("^\\d{4}$")) {
      return v + (half.group(1).equalsIgnoreCase("first") ? "-H1" : "-H2"); // "the last half of 1989"
    }
    if (text.matches("(?i)^the\\s+past\\s+year$") && v.matches("^\\d{4}$")) {
      return String.valueOf(anchor.getYear() - 1); // as "last year"
    }
    String q = quarter(doc, t, text, v, anchor, named);
    if (q != null) {
      return q;
    }
    Matcher w = WEEKDAY.matcher(text);
    if (w.matches() && DAY_VALUE.matcher(v).find()) {
      DayOfWeek day = weekday(w.group(1));
      boolean last = text.toLowerCase(Locale.ROOT).startsWith("last");
      boolean future = !last && future(doc, t);
      // "last Wednesday" written on a Wednesday is the one a week before
      LocalDate d = future ? nextAfter(anchor, day) : lastOnOrBefore(last ? anchor.minusDays(1) : anchor, day);
      int part = v.indexOf('T');
      return d + (part > 0 && v.matches("^\\d{4}-\\d{2}-\\d{2}T[A-Z]{2}$") ? v.substring(part) : "");
    }
    Matcher we = WEEKEND_VALUE.matcher(v);
    if (we.matches() && WEEKEND.matcher(text).matches()) {
      return weekend(anchor, future(doc, t));
    }
    String h = Holidays.resolve(text, v, anchor, future(doc, t));
    if (h != null) {
      return h;
    }
    if (!rangeEnd && v.matches("^\\d{4}-\\d{2}-\\d{2}$")) {
      // "Friday, April 5": the year, next to the publication day, whose April 5 is a Friday
      LocalDate onWeekday = weekdayDate(doc, t, anchor.minusYears(1), anchor.plusYears(1));
      if (onWeekday != null) {
        return onWeekday.toString();
      }
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
      } else if (rangeEnd && (mod.isEmpty() || mod.equals("in") || mod.equals("early") || mod.equals("mid")
          || mod.equals("late")) && past(doc, t)) {
        // the latest such month (or day) not after the anchor
        int day = v.length() > 7 ? Integer.parseInt(v.substring(8, 10)) : 1;
        ym = ym.isAfter(cur) || ym.equals(cur) && day > anchor.getDayOfMonth() ? ym.minusYears(1) : ym;
      } else if (mod.equals("last")) {
        ym = ym.isBefore(cur) ? ym : ym.minusYears(1);
      } else if (previousWord(doc, t).equalsIgnoreCase("ended") || plainPast(doc, t)) {
        // "the year ended March 31", "bought it in February": a period over, an event past, so the
        // latest such day not after the anchor
        int day = v.length() > 7 ? Integer.parseInt(v.substring(8, 10)) : 1;
        ym = ym.isAfter(cur) || ym.equals(cur) && day > anchor.getDayOfMonth() ? ym.minusYears(1) : ym;
      } else {
        // no tense marker: the nearest such month, reaching a little further into the past
        long ahead = cur.until(ym, java.time.temporal.ChronoUnit.MONTHS);
        ym = ahead > 4 ? ym.minusYears(1) : ahead < -7 ? ym.plusYears(1) : ym;
      }
      return ym + (v.length() > 7 ? v.substring(7) : "");
    }
    if (v.matches("^\\d{3}X$") || v.matches("^\\d{2}XX$")) {
      return v.replace("X", ""); // TIMEX3 writes a decade "199", a century "19"
    }
    if (YEARS_AGO.matcher(text).find() && DAY_VALUE.matcher(v).find()) {
      return v.substring(0, 4);
    }
    if (MONTHS_AGO.matcher(text).find() && DAY_VALUE.matcher(v).find()) {
      return v.substring(0, 7);
    }
    return v;
  }

  /** The quarter a business report means, or null when the expression is not about one. */
  private static String quarter(NlpDoc doc, NlpDoc.Timex t, String text, String v, LocalDate anchor,
      String named) {
    int aq = (anchor.getMonthValue() - 1) / 3;
    // the last finished quarter while its results are news (two months), else the current one
    LocalDate reported = anchor.getMonthValue() % 3 == 0 ? anchor : anchor.minusMonths(3);
    String reportedQ = reported.getYear() + "-Q" + ((reported.getMonthValue() - 1) / 3 + 1);
    // the quarter the report named ("third-quarter profit ... in the quarter"), else the one just ended
    String base = named != null ? named : reportedQ;
    String yearBefore = (Integer.parseInt(base.substring(0, 4)) - 1) + base.substring(4);
    if (text.matches("(?i)^the\\s+latest\\s+period$")) {
      return base; // the period a results report is about
    }
    Matcher period = YEAR_PERIOD.matcher(text);
    if (period.matches() && aboutQuarter(doc, t)) {
      return period.group(1) + base.substring(4); // "the 1988 period": that year's same quarter
    }
    if (THE_QUARTER.matcher(text).matches()) {
      return text.toLowerCase(Locale.ROOT).contains("current")
          ? anchor.getYear() + "-Q" + (aq + 1) : base;
    }
    Matcher vq = QUARTER_VALUE.matcher(v);
    if (vq.matches() && NTH_QUARTER.matcher(text).find() && !text.matches(".*\\d{4}.*") && !future(doc, t)) {
      int n = Integer.parseInt(vq.group(2)) - 1;
      return (n <= aq ? anchor.getYear() : anchor.getYear() - 1) + "-Q" + (n + 1);
    }
    if (text.matches("(?i)^(?:the\\s+)?(?:latest\\s+)?(?:fiscal\\s+|full\\s+)?year$") && followedBy(doc, t, "ended", "ending", "ends")) {
      return "P1Y"; // "the year ended March 31": a fiscal year, a duration rather than the calendar year
    }
    if (v.equals("YEAR_EARLIER")) {
      // "year-earlier results": the same period a year before, in quarterly reports the quarter
      return aboutQuarter(doc, t) || text.matches("(?i).*\\b(?:quarter|period)$") ? yearBefore
          : String.valueOf(anchor.getYear() - 1);
    }
    if (text.matches("(?i)^(?:a\\s+)?year\\s+(?:ago|earlier)$") && aboutQuarter(doc, t)) {
      return yearBefore;
    }
    if (YEAR_BACK.matcher(text).matches() && (sentenceSays(doc, t, "quarter") || sentenceSays(doc, t, "period") || followedBy(doc, t, "ago", "earlier"))) {
      return yearBefore;
    }
    return null;
  }

  private static NlpDoc.Sentence sentence(NlpDoc doc, NlpDoc.Timex t) {
    for (NlpDoc.Sentence s : doc.sentences()) {
      if (s.start() <= t.start() && t.start() < s.end()) {
        return s;
      }
    }
    return null;
  }

  /** Whether the sentence of {@code t} or one of the three before it speaks of a quarter. */
  static boolean aboutQuarter(NlpDoc doc, NlpDoc.Timex t) {
    List<NlpDoc.Sentence> ss = doc.sentences();
    for (int i = 0; i < ss.size(); i++) {
      if (ss.get(i).start() <= t.start() && t.start() < ss.get(i).end()) {
        for (int j = Math.max(0, i - 3); j <= i; j++) {
          if (ss.get(j).tokens().stream().anyMatch(k -> k.word().toLowerCase(Locale.ROOT).matches("(?:[\\w-]*-)?quarters?"))) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  private static boolean sentenceSays(NlpDoc doc, NlpDoc.Timex t, String word) {
    NlpDoc.Sentence s = sentence(doc, t);
    return s != null && s.tokens().stream().anyMatch(k -> k.word().equalsIgnoreCase(word)
        || k.word().equalsIgnoreCase(word + "s"));
  }

  /**
   * Words the tagger takes for times that are not: a first name that is a month ("Jan Kavan"), a
   * programme title ("This Week"), "present" as in "were present", a spelled-out count read as an
   * early year ("twelve hundred").
   */
  private static boolean notATime(NlpDoc doc, NlpDoc.Timex t, String text) {
    if (text.matches("^(?:Jan|May|June|April|August)$")) {
      String next = nextWord(doc, t);
      return next.length() > 1 && Character.isUpperCase(next.charAt(0)) && !MONTH.matcher(next).matches()
          && !WEEKDAY.matcher(next).matches();
    }
    if (text.equals("This Week") || text.equalsIgnoreCase("present") && !previousWord(doc, t).matches("(?i)at|until|to|the")) {
      return true;
    }
    if (text.matches("(?i)^(?:more\\s+than\\s+|about\\s+|nearly\\s+|almost\\s+)?a\\s+quarter$")
        && nextWord(doc, t).equalsIgnoreCase("of") || text.equalsIgnoreCase("centennial")) {
      return true; // a fraction ("a quarter of the market"), an adjective of names
    }
    if (text.matches("^(?:(?i:this|that|the|a)\\s+)?(?:march|may)$")) {
      return true; // lower case: the noun and the verb, never the month
    }
    if (text.equalsIgnoreCase("today") && nextWord(doc, t).equals("'s")
        && GENERIC_NOW.contains(wordAfter(doc, t, 2).toLowerCase(Locale.ROOT))) {
      return true; // "today's world", "today's youth": the present age, not the day
    }
    if (text.matches("(?i)^a\\s+(?:day|week|month|year)$") && countBefore(doc, t)) {
      return true; // a rate ("four flights a week", "$2 million a year"), mostly left untagged
    }
    return t.value() != null && t.value().matches("^(?:0\\d|1[0-4])\\d\\d$") && !text.matches(".*\\d.*");
  }

  /** Nouns after "today's" that speak of the present age rather than of the day. */
  private static final Set<String> GENERIC_NOW = Set.of("world", "youth", "society", "generation", "generations",
      "children", "kids", "young", "economy", "standards", "dollars", "terms", "technology", "culture", "families",
      "politics", "market", "markets", "computers", "life", "lifestyles", "teenagers", "students", "workers");

  /** The {@code n}th word after {@code t} in its sentence (1: the next one), or "". */
  private static String wordAfter(NlpDoc doc, NlpDoc.Timex t, int n) {
    NlpDoc.Sentence s = sentence(doc, t);
    if (s == null) {
      return "";
    }
    List<NlpDoc.Token> ts = s.tokens();
    for (int i = 0; i < ts.size(); i++) {
      if (ts.get(i).start() >= t.end()) {
        return i + n - 1 < ts.size() ? ts.get(i + n - 1).word() : "";
      }
    }
    return "";
  }

  /** Whether a number comes right before {@code t}, or one word before it: "700 seats a week". */
  private static boolean countBefore(NlpDoc doc, NlpDoc.Timex t) {
    NlpDoc.Sentence s = sentence(doc, t);
    if (s == null) {
      return false;
    }
    List<NlpDoc.Token> ts = s.tokens();
    int at = firstTokenOf(ts, t);
    for (int i = at - 1; i >= Math.max(0, at - 2); i--) {
      String w = ts.get(i).word().toLowerCase(Locale.ROOT);
      if (w.matches(".*\\d.*|hundred|thousand|million|billion|trillion|one|two|three|four|five|six|seven|eight|nine|ten"
          + "|twelve|twenty|dozen")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first quarter named with its ordinal ("third-quarter") before this point and not after
   * {@code anchor}: a report names the quarter it is about first; later ones are comparisons or outlooks.
   */
  private static String namedQuarter(List<NlpDoc.Timex> before, LocalDate anchor) {
    for (int i = 0; i < before.size(); i++) {
      NlpDoc.Timex b = before.get(i);
      Matcher q = QUARTER_VALUE.matcher(String.valueOf(b.value()));
      if (q.matches() && NTH_QUARTER.matcher(b.text()).find() && !b.text().toLowerCase(Locale.ROOT).contains("year")
          && !TimexRanges.range(b.value(), "", anchor).earliest().isAfter(anchor)
          && TimexRanges.range(b.value(), "", anchor).latest().isAfter(anchor.minusYears(1))) {
        return b.value();
      }
    }
    return null;
  }

  /** The word right before {@code t}, or "". */
  private static String previousWord(NlpDoc doc, NlpDoc.Timex t) {
    NlpDoc.Sentence s = sentence(doc, t);
    String w = "";
    if (s != null) {
      for (NlpDoc.Token k : s.tokens()) {
        if (k.end() > t.start()) {
          break;
        }
        w = k.word();
      }
    }
    return w;
  }

  /** The word right after {@code t}, or "". */
  private static String nextWord(NlpDoc doc, NlpDoc.Timex t) {
    NlpDoc.Sentence s = sentence(doc, t);
    if (s != null) {
      for (NlpDoc.Token k : s.tokens()) {
        if (k.start() >= t.end()) {
          return k.start() <= t.end() + 1 ? k.word() : "";
        }
      }
    }
    return "";
  }

  /** Whether the next word after {@code t} (past a hyphen) is one of {@code words}: "year-ago". */
  private static boolean followedBy(NlpDoc doc, NlpDoc.Timex t, String... words) {
    NlpDoc.Sentence s = sentence(doc, t);
    if (s == null) {
      return false;
    }
    for (NlpDoc.Token k : s.tokens()) {
      if (k.start() >= t.end() && k.start() <= t.end() + 1) {
        String w = k.word().replaceFirst("^-", "").toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
          continue;
        }
        return java.util.Arrays.asList(words).contains(w.replaceFirst("-.*", ""));
      }
    }
    return false;
  }

  /** Whether the sentence holding {@code t} speaks of the future. */
  static boolean future(NlpDoc doc, NlpDoc.Timex t) {
    NlpDoc.Sentence s = sentence(doc, t);
    if (s == null) {
      return false;
    }
    List<NlpDoc.Token> ts = s.tokens();
    int at = firstTokenOf(ts, t);
    for (int i = at - 1; i >= Math.max(0, at - BEFORE); i--) {
      String w = ts.get(i).word().toLowerCase(Locale.ROOT);
      if (STOP.contains(w) || PAST.contains(w) || "VBD".equals(ts.get(i).pos())) {
        return false;
      }
      if (FUTURE.contains(w) && !inCompound(ts, i) && !notUntil(ts, i) && !nounPlan(ts, i)
          || futureIdiom(ts, i)) {
        // "had been due to expire Friday": a plan already past when the story was written
        return !pastPerfectBefore(ts, i);
      }
    }
    return false;
  }

  /** The index of the first token of {@code t} in its sentence's tokens (the words before it end there). */
  private static int firstTokenOf(List<NlpDoc.Token> ts, NlpDoc.Timex t) {
    int at = 0;
    while (at < ts.size() && ts.get(at).end() <= t.start()) {
      at++;
    }
    return at;
  }

  /** "signed a cooperation plan Friday": "plan" as a noun says nothing of tense; "plans to" does. */
  private static boolean nounPlan(List<NlpDoc.Token> ts, int i) {
    String w = ts.get(i).word().toLowerCase(Locale.ROOT);
    return (w.equals("plan") || w.equals("plans")) && (i + 1 >= ts.size() || !ts.get(i + 1).word().equalsIgnoreCase("to"));
  }

  /** "is to resume Tuesday", "set to resume Monday", "as early as Tuesday". */
  private static boolean futureIdiom(List<NlpDoc.Token> ts, int i) {
    String w = ts.get(i).word().toLowerCase(Locale.ROOT);
    String before = i > 0 ? ts.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
    String after = i + 1 < ts.size() ? ts.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
    return w.equals("to") && (before.equals("is") || before.equals("are") || before.equals("set"))
        || w.equals("early") && before.equals("as") && after.equals("as");
  }

  /**
   * Whether the clause holding {@code t} is plainly in the past: no future word in it, and a past
   * auxiliary, a reporting verb ("said") or a common verb in the past ("held", "agreed") before {@code t}.
   */
  static boolean past(NlpDoc doc, NlpDoc.Timex t) {
    NlpDoc.Sentence s = sentence(doc, t);
    if (s == null || future(doc, t)) {
      return false;
    }
    List<NlpDoc.Token> ts = s.tokens();
    int at = firstTokenOf(ts, t);
    for (int i = at - 1; i >= Math.max(0, at - BEFORE); i--) {
      String w = ts.get(i).word().toLowerCase(Locale.ROOT);
      if (FUTURE.contains(w) && !inCompound(ts, i)) {
        return false;
      }
      String before = i > 0 ? ts.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
      // a verb in -ed may be a participle of a plan ("extended to Nov. 16"): only common simple pasts count
      boolean pastVerb = IRREGULAR_PAST.contains(w) && !NOT_PAST_BEFORE.contains(before);
      if (PAST.contains(w) || STOP.contains(w) && !w.equals("says") && !w.equals("but") && !w.equals(";")
          && !w.equals(":") || "VBD".equals(ts.get(i).pos()) || pastVerb) {
        return true;
      }
    }
    return false;
  }

  /** Words that put what follows after a past verb in its future ("agreed to sell in May", "would"). */
  private static final Set<String> LATER = Set.of("would", "could", "might", "to", "should", "may");

  /**
   * Whether the clause of {@code t} is told in the past by its own verb, not by a reporting verb:
   * a past auxiliary or a common past verb before it ("bought RJR in February"), or, for an
   * expression opening its sentence, right after it ("In January, the board named ...").
   */
  static boolean plainPast(NlpDoc doc, NlpDoc.Timex t) {
    NlpDoc.Sentence s = sentence(doc, t);
    if (s == null) {
      return false;
    }
    List<NlpDoc.Token> ts = s.tokens();
    int at = firstTokenOf(ts, t);
    if (at > 0 && ts.get(at - 1).word().matches("(?i)the|a|an|its|their|his|her|'s")) {
      return false; // "gave no reason for the Jan. 14 deadline": a date naming a thing, not the event's day
    }
    for (int i = at - 1; i >= Math.max(0, at - BEFORE); i--) {
      String w = ts.get(i).word().toLowerCase(Locale.ROOT);
      if (FUTURE.contains(w) && !inCompound(ts, i) || STOP.contains(w) || LATER.contains(w)) {
        return false;
      }
      if (isPast(ts, i)) {
        return true;
      }
    }
    if (at > 1 || at == 1 && !ts.get(0).word().equalsIgnoreCase("in")) {
      return false;
    }
    int end = at;
    while (end < ts.size() && ts.get(end).start() < t.end()) {
      end++;
    }
    for (int i = end; i < Math.min(ts.size(), end + BEFORE); i++) {
      String w = ts.get(i).word().toLowerCase(Locale.ROOT);
      if (FUTURE.contains(w) && !inCompound(ts, i) || LATER.contains(w) || w.equals("is") || w.equals("are")
          || w.equals("has") || w.equals("have")) {
        return false;
      }
      if (isPast(ts, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPast(List<NlpDoc.Token> ts, int i) {
    String w = ts.get(i).word().toLowerCase(Locale.ROOT);
    String before = i > 0 ? ts.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
    return PAST.contains(w) || "VBD".equals(ts.get(i).pos())
        || IRREGULAR_PAST.contains(w) && !NOT_PAST_BEFORE.contains(before);
  }

  /** A part of a hyphenated word ("lower-than-expected"), which says nothing of tense. */
  private static boolean inCompound(List<NlpDoc.Token> ts, int i) {
    return i > 0 && ts.get(i - 1).word().equals("-") && ts.get(i - 1).start() == ts.get(i).start() - 1
        || i + 1 < ts.size() && ts.get(i + 1).word().equals("-") && ts.get(i + 1).start() == ts.get(i).end();
  }

  /**
   * "it was not until Tuesday that", "Until Tuesday, they had ...", "up until Tuesday": "until"
   * after "not", or opening its sentence, tells when something past stopped or happened.
   */
  private static boolean notUntil(List<NlpDoc.Token> ts, int i) {
    if (!ts.get(i).word().equalsIgnoreCase("until")) {
      return false;
    }
    String before = i > 0 ? ts.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
    return i == 0 || before.equals("not") || before.equals("up") && i == 1;
  }

  private static boolean pastPerfectBefore(List<NlpDoc.Token> ts, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (ts.get(j).word().equalsIgnoreCase("had")) {
        return true;
      }
    }
    return false;
  }


  private static final Pattern WEEKDAY_DATE = Pattern.compile(
      "(?i)^(?:on\\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
          + "\\s+(\\d{1,2})(?:st|nd|rd|th)?$");
  private static final Pattern BARE_DATE = Pattern.compile(
      "(?i)^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?$");

  /**
   * A date named with its weekday and no year ("Friday, April 5", or "Friday" right before "April
   * 5"): the one day from {@code from} to {@code to} that is that weekday, or null when none or
   * several are.
   */
  static LocalDate weekdayDate(NlpDoc doc, NlpDoc.Timex t, LocalDate from, LocalDate to) {
    String text = t.text().trim();
    String stem;
    String month;
    String day;
    Matcher w = WEEKDAY_DATE.matcher(text);
    Matcher b = BARE_DATE.matcher(text);
    if (w.matches()) {
      stem = w.group(1);
      month = w.group(2);
      day = w.group(3);
    } else if (b.matches() && weekdayBefore(doc, t) != null) {
      stem = weekdayBefore(doc, t);
      month = b.group(1);
      day = b.group(2);
    } else {
      return null;
    }
    int m = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
        .indexOf(month.toLowerCase(Locale.ROOT)) + 1;
    int d = Integer.parseInt(day);
    DayOfWeek dow = weekday(stem);
    LocalDate found = null;
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      if (d > YearMonth.of(y, m).lengthOfMonth()) {
        continue;
      }
      LocalDate c = LocalDate.of(y, m, d);
      if (c.getDayOfWeek() == dow && !c.isBefore(from) && !c.isAfter(to)) {
        if (found != null) {
          return null;
        }
        found = c;
      }
    }
    return found;
  }

  /** The stem of a weekday written right before {@code t} ("Friday, April 5"), or null. */
  private static String weekdayBefore(NlpDoc doc, NlpDoc.Timex t) {
    NlpDoc.Sentence s = sentence(doc, t);
    if (s == null) {
      return null;
    }
    List<NlpDoc.Token> ts = s.tokens();
    int at = firstTokenOf(ts, t);
    int i = at - 1;
    if (i >= 0 && ts.get(i).word().equals(",")) {
      i--;
    }
    if (i < 0 || t.start() - ts.get(i).end() > 3) {
      return null;
    }
    Matcher w = Pattern.compile("(?i)^(mon|tues|wednes|thurs|fri|satur|sun)day$").matcher(ts.get(i).word());
    return w.matches() ? w.group(1) : null;
  }

  /** The weekday of a stem ("mon", "tues", ..., "satur", else Sunday). */
  static DayOfWeek weekday(String stem) {
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

  /**
   * "The weekend" of a past clause is the last one begun by the publication day, of a future
   * clause the next one not yet over (the tagger always takes the publication day's ISO week).
   */
  private static String weekend(LocalDate anchor, boolean future) {
    boolean inWeekend = anchor.getDayOfWeek().getValue() >= 6;
    LocalDate d = future || inWeekend ? anchor : anchor.minusWeeks(1);
    return String.format(Locale.ROOT, "%d-W%02d-WE", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
        d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static LocalDate lastOnOrBefore(LocalDate d, DayOfWeek day) {
    return d.minusDays((d.getDayOfWeek().getValue() - day.getValue() + 7) % 7);
  }

  static LocalDate nextAfter(LocalDate d, DayOfWeek day) {
    int ahead = (day.getValue() - d.getDayOfWeek().getValue() + 7) % 7;
    return d.plusDays(ahead == 0 ? 7 : ahead);
  }
}
