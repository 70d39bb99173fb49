package dossier.events;

import java.util.List;
import java.util.Set;

/**
 * The subject of a clause of means is the main clause's: in "X sought calm by promising to
 * withdraw" X promised. Only a "by" -ing clause with no subject of its own: what the subject did
 * to do the main act. Clauses of time ("after seeking refuge", "while demanding") are often
 * background or another's claim, and "without meeting B" is a thing not done: left alone.
 */
final class Adverbials {
  /** The preposition of means whose -ing clause shares the main subject. */
  private static final Set<String> MARKS = Set.of("by");

  private Adverbials() {}

  /** Whether {@code v} heads a "without" clause: "left without meeting B" is a meeting not held. */
  static boolean without(Parse p, int v) {
    return p.childIn(v, Set.of("without"), "mark", "case")
        || p.in(v).stream().anyMatch(a -> a.rel().equals("advcl:without"));
  }

  /** The verb whose subject {@code v}'s adverbial clause shares, or -1. */
  static int controller(Parse p, int v) {
    if (!p.tok(v).tag().equals("VBG") || !p.children(v, "nsubj").isEmpty()
        || !p.children(v, "nsubj:pass").isEmpty()) {
      return -1;
    }
    for (Parse.Arc a : p.in(v)) {
      if (a.gov() >= 0 && (a.rel().equals("advcl") || a.rel().startsWith("advcl:"))
          && (p.childIn(v, MARKS, "mark", "case") || MARKS.contains(a.rel().substring(
              Math.min(a.rel().length(), 6))))) {
        return a.gov();
      }
    }
    return -1;
  }

  /**
   * The subjects of {@code v}, or when it has none those of the clause its "by" clause serves:
   * in "X raised the stakes by issuing an ultimatum" X issued it.
   */
  static List<Integer> subjects(Parse p, int v) {
    List<Integer> own = p.children(v, "nsubj");
    int up = own.isEmpty() ? controller(p, v) : -1;
    return up >= 0 ? p.children(up, "nsubj") : own;
  }
}
