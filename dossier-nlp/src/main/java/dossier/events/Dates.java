package dossier.events;

import dossier.model.DateRange;
import dossier.model.TimeExpression;
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
          || !"DATE".equals(x.timexType()) || RelativeTimes.elsewhere(p, x, trigger) // its clause's
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
    return best != null ? best.range() : c.published();
  }

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
    for (int i = 0; i < p.tokens().size(); i++) {
      Parse.Tok t = p.tok(i);
      if (t.start() < x.start() || t.end() > x.end()) {
        continue;
      }
      for (Parse.Arc a : p.in(i)) {
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
    }
    return false;
  }
}
