package dossier.events;

import dossier.model.DateRange;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The date of an event: the sentence's dated time expression attached in the parse to the trigger
 * or the verb that makes it an event ("met on Monday", "talks on Friday"); else the one nearest the
 * trigger; else the report's own range. A date after "since", "until" or "for" bounds a period; it
 * does not date the event.
 */
final class Dates {
  private static final Pattern PERIOD_BOUND =
      Pattern.compile("(?i)\\b(since|until|till|for)\\s+(the\\s+)?$");

  private Dates() {}

  static DateRange of(Parse p, DepFinder.Context c, int trigger, int predicate) {
    TimeExpression attached = null;
    TimeExpression nearest = null;
    int bestNear = Integer.MAX_VALUE;
    int bestAttached = Integer.MAX_VALUE;
    Parse.Tok t = p.tok(trigger);
    for (TimeExpression x : c.times()) {
      if (x.start() < c.start() || x.end() > c.end() || x.range() == null || !x.range().isKnown()
          || !"DATE".equals(x.timexType()) || compound(c.text(), x)
          || modifier(p, x, trigger) // "the 1998 ceasefire line": the line's year
          || RelativeTimes.elsewhere(p, x, trigger) // its clause's
          || PERIOD_BOUND.matcher(
              c.text().substring(Math.max(c.start(), x.start() - 12), x.start())).find()) {
        continue;
      }
      int d = x.start() >= t.end() ? x.start() - t.end() : Math.max(0, t.start() - x.end());
      if (attachedTo(p, x, trigger, predicate) && d < bestAttached) {
        attached = x;
        bestAttached = d;
      }
      if (d < bestNear) {
        nearest = x;
        bestNear = d;
      }
    }
    TimeExpression best = attached != null ? attached : nearest;
    if (best == null) {
      return c.published();
    }
    return best == attached && scheduled(p, predicate, best, c.published())
        ? DateRange.exact(best.range().value().plusDays(7)) : best.range();
  }

  /**
   * The honest range of an event whose sentence names no time, from its report's range: what is
   * still to come (planned, hoped) lies on or after the report's first day, with no known end;
   * what the report tells in a past tense ("clashes erupted", "was kidnapped", "has visited") may
   * lie a day before it, as news tells yesterday's events as often as today's (on TimeML's own
   * event-time links, the report's day alone missed 5 of 45 such events, all one or two days
   * earlier). A present ("talks are under way", "is being investigated") or an event noun alone
   * keeps the report's days.
   */
  static DateRange untimed(Parse p, int predicate, String status, DateRange report) {
    if (report == null || report.earliest() == null || report.latest() == null) {
      return report;
    }
    if ("planned".equals(status) || "hoped".equals(status)) {
      return DateRange.between(report.earliest(), null);
    }
    return past(p, predicate)
        ? DateRange.between(report.earliest().minusDays(1), report.latest()) : report;
  }

  /**
   * What a mention's {@code date} rests on (an {@code Event} date basis): a time expression of its
   * sentence that gives that date (or the week after it, for a scheduled weekday) is STATED; a date
   * that is the report's own range or one {@link #untimed} or a headline's week made of it is
   * {@code inferred} (REPORT, or CAPTION where the range is a caption's date); any other date came
   * from a time expression too.
   */
  static String basis(DateRange date, java.util.List<TimeExpression> sentenceTimes,
      DateRange report, String inferred) {
    if (date.earliest() == null && date.latest() == null) {
      return null; // no date at all: nothing to rest on
    }
    for (TimeExpression x : sentenceTimes) {
      DateRange r = x.range();
      if (r != null && r.isKnown() && (r.equals(date)
          || r.isExact() && date.equals(DateRange.exact(r.value().plusDays(7))))) {
        return dossier.model.Event.STATED;
      }
    }
    if (report == null || report.earliest() == null || report.latest() == null) {
      return date.equals(report) ? inferred : dossier.model.Event.STATED;
    }
    LocalDate first = report.earliest();
    LocalDate last = report.latest();
    boolean derived = date.equals(report)
        || date.equals(DateRange.between(first.minusDays(1), last))
        || date.equals(DateRange.between(first, null))
        || report.isExact() && (Headlines.week(report, "happened").equals(date)
            || Headlines.week(report, "planned").equals(date));
    return derived ? inferred : dossier.model.Event.STATED;
  }

  /** A simple past ("met"), or a participle after a past or perfect auxiliary ("was hit", "has sent"). */
  private static boolean past(Parse p, int v) {
    String tag = p.tok(v).tag();
    if (tag.equals("VBD")) {
      return true;
    }
    if (!tag.equals("VBN")) {
      return false;
    }
    for (int a : p.children(v, "aux")) { // and aux:pass
      Parse.Tok t = p.tok(a);
      if (t.tag().equals("VBD") || t.lemma().equalsIgnoreCase("have")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code x} only modifies a noun other than the trigger ("respect the 1998 ceasefire
   * line"): it dates that thing, not the event told around it. A time modifying the trigger
   * ("the 2020 war") or a noun one arc from it ("the Feb. 23 accord signed by") still dates it.
   */
  private static boolean modifier(Parse p, TimeExpression x, int trigger) {
    for (Parse.Arc a : arcsInto(p, x)) {
      int g = a.gov();
      if (g >= 0 && g != trigger && p.tok(g).tag().startsWith("NN") && !linked(p, g, trigger)
          && (p.tok(g).start() < x.start() || p.tok(g).start() >= x.end())
          && (a.rel().equals("compound") || a.rel().equals("amod") || a.rel().equals("nummod"))) {
        return true;
      }
    }
    return false;
  }

  /** The arcs into the tokens of {@code x}. */
  private static java.util.List<Parse.Arc> arcsInto(Parse p, TimeExpression x) {
    java.util.List<Parse.Arc> out = new java.util.ArrayList<>();
    for (int i = 0; i < p.tokens().size(); i++) {
      Parse.Tok t = p.tok(i);
      if (t.start() >= x.start() && t.end() <= x.end()) {
        out.addAll(p.in(i));
      }
    }
    return out;
  }

  /** Whether noun {@code g} and the trigger are one arc apart ("the Feb. 23 accord signed by"). */
  private static boolean linked(Parse p, int g, int trigger) {
    return p.in(trigger).stream().anyMatch(a -> a.gov() == g)
        || p.in(g).stream().anyMatch(a -> a.gov() == trigger);
  }

  /** "their third day-long meeting": a time word inside a hyphenated modifier dates nothing. */
  private static boolean compound(String text, TimeExpression x) {
    return x.end() + 1 < text.length() && text.charAt(x.end()) == '-'
        && Character.isLetter(text.charAt(x.end() + 1));
  }

  /**
   * Whether a bare weekday the time layer put in the week before the report ("Monday") is the
   * coming one: its verb is a present tense of doing ("the two leaders meet separately Monday",
   * "talks resume Tuesday"), which news uses for what is scheduled; it tells what happened in the
   * past tense and what someone says in "says". The time layer, which has no tags, reads every bare
   * weekday without a future word as past.
   */
  private static boolean scheduled(Parse p, int v, TimeExpression x, DateRange published) {
    Parse.Tok t = p.tok(v);
    // the tagger reads a plural's present as a base form at times: "X and Y meet Monday"
    boolean present = t.tag().equals("VBP") || t.tag().equals("VBZ")
        || t.tag().equals("VB") && !p.children(v, "nsubj").isEmpty()
            && p.children(v, "mark").isEmpty();
    if (!present
        || TELLING.contains(t.lemma().toLowerCase(Locale.ROOT))
        || !p.children(v, "aux").isEmpty() || !p.children(v, "aux:pass").isEmpty()
        || !BARE_WEEKDAY.matcher(x.text()).matches() || !x.range().isExact()
        || published == null || !published.isExact()) {
      return false;
    }
    LocalDate day = x.range().value();
    return day.isBefore(published.value()) && !day.plusDays(7).isBefore(published.value());
  }

  private static final Pattern BARE_WEEKDAY = Pattern.compile(
      "(?i)(?:on\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day");
  /** Present tenses that tell or state rather than schedule: "says Monday", "is", "has". */
  private static final Set<String> TELLING = Set.of("say", "tell", "report",
      "announce", "claim", "add", "insist", "warn", "note", "state", "declare", "confirm", "deny",
      "be", "have", "do", "accuse", "urge", "call");

  private static final Pattern FUTURE = Pattern.compile(
      "(?i)\\b(?:next|later|coming|upcoming|tomorrow)\\b");

  /** Whether the time attached to the event says it is still to come ("later this month"). */
  static boolean future(Parse p, DepFinder.Context c, int trigger, int predicate) {
    for (TimeExpression x : c.times()) {
      if (x.start() >= c.start() && x.end() <= c.end() && FUTURE.matcher(x.text()).find()
          && attachedTo(p, x, trigger, predicate)) {
        return true;
      }
    }
    return false;
  }

  /** Whether some dated time expression of the sentence hangs from token {@code v}. */
  static boolean attached(Parse p, DepFinder.Context c, int v) {
    for (TimeExpression x : c.times()) {
      if (x.start() >= c.start() && x.end() <= c.end() && x.range() != null
          && x.range().isKnown() && attachedTo(p, x, v, v)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a token of {@code x} hangs (within two arcs) from the trigger or its predicate. */
  private static boolean attachedTo(Parse p, TimeExpression x, int trigger, int predicate) {
    for (Parse.Arc a : arcsInto(p, x)) {
      int g = a.gov();
      if (g == trigger || g == predicate) {
        return true;
      }
      if (g >= 0 && (p.tok(g).start() < x.start() || p.tok(g).end() > x.end())) {
        int g2 = p.governor(g, "obl", "nmod", "advmod");
        if (g2 == trigger || g2 == predicate) {
          return true;
        }
      }
    }
    return false;
  }
}
