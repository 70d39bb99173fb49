package dossier.events;

import dossier.model.TimeExpression;
import java.util.HashSet;
import java.util.Set;

/**
 * A time told inside a relative clause that does not hold the event dates that clause, not the
 * event: in "the envoys, whose mandate runs out in July, invited B last week" July is the
 * mandate's, so an invitation is not dated (nor made planned) by it.
 */
final class RelativeTimes {
  private RelativeTimes() {}

  /** Whether time {@code x} sits in a relative clause that {@code trigger} is outside of. */
  static boolean elsewhere(Parse p, TimeExpression x, int trigger) {
    for (int i = 0; i < p.tokens().size(); i++) {
      Parse.Tok t = p.tok(i);
      if (t.start() >= x.start() && t.end() <= x.end()) {
        int clause = relativeClause(p, i);
        return clause >= 0 && !within(p, trigger, clause);
      }
    }
    return false;
  }

  /** The verb of the nearest relative clause above token {@code i}, or -1. */
  private static int relativeClause(Parse p, int i) {
    Set<Integer> seen = new HashSet<>();
    for (int at = i; at >= 0 && seen.add(at); ) {
      Parse.Arc up = treeArc(p, at);
      if (up == null) {
        return -1;
      }
      if (up.rel().equals("acl:relcl")) {
        return at;
      }
      at = up.gov();
    }
    return -1;
  }

  /** Whether {@code clause} is {@code i} or above it in the tree. */
  private static boolean within(Parse p, int i, int clause) {
    Set<Integer> seen = new HashSet<>();
    for (int at = i; at >= 0 && seen.add(at); ) {
      if (at == clause) {
        return true;
      }
      Parse.Arc up = treeArc(p, at);
      at = up == null ? -1 : up.gov();
    }
    return false;
  }

  /** The arc that hangs token {@code i} in the tree, not an extra enhanced one ("ref", "xsubj"). */
  private static Parse.Arc treeArc(Parse p, int i) {
    for (Parse.Arc a : p.in(i)) {
      if (a.gov() >= 0 && !a.rel().equals("ref") && !a.rel().endsWith(":xsubj")) {
        return a;
      }
    }
    return null;
  }
}
