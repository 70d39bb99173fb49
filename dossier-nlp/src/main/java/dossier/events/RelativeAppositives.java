package dossier.events;

import java.util.ArrayList;
import java.util.List;

/**
 * "The group that runs the system, Velmora Shipping, or VS, objects to the rules": the names set
 * off by commas after a subject's relative clause, right before the main verb, name the subject;
 * the parser hangs them as conjuncts of the relative clause's object ("the system, ..., or VS").
 * Re-hung as appositives of the subject, so the subject's name is the actor.
 */
final class RelativeAppositives {
  private RelativeAppositives() {}

  static void repair(Parse p, List<Parse.Arc> arcs) {
    for (Parse.Arc a : List.copyOf(arcs)) {
      int v = a.gov();
      int s = a.dep();
      if (v < 2 || !a.rel().equals("nsubj") || !p.tok(v).verb() || s > v
          || !p.tok(v - 1).word().equals(",") || p.tok(s).tag().startsWith("NNP")) {
        continue;
      }
      for (int r : p.children(s, "acl:relcl")) {
        if (r < v) {
          rehang(p, arcs, s, r, v);
        }
      }
    }
  }

  /** The proper-noun conjuncts of an object of relative clause {@code r} ending before the comma. */
  private static void rehang(Parse p, List<Parse.Arc> arcs, int s, int r, int v) {
    for (int o : p.children(r, "obj")) {
      if (p.tok(o).tag().startsWith("NNP") || o > v) {
        continue;
      }
      List<Integer> names = new ArrayList<>();
      for (Parse.Arc c : p.out(o)) {
        if (c.rel().startsWith("conj") && c.dep() > o && c.dep() < v
            && p.tok(c.dep()).tag().startsWith("NNP")) {
          names.add(c.dep());
        }
      }
      int firstName = names.stream().mapToInt(n -> first(p, n)).min().orElse(0);
      if (names.isEmpty() || names.stream().mapToInt(Integer::intValue).max().getAsInt() != v - 2
          || firstName < 1 || !p.tok(firstName - 1).word().equals(",")) {
        continue; // the last name ends at the comma before the verb, the first follows a comma
      }
      for (int n : names) {
        arcs.removeIf(x -> x.dep() == n && (x.gov() == o && x.rel().startsWith("conj")
            || x.gov() == r && x.rel().equals("obj")));
        arcs.add(new Parse.Arc(s, n, "appos"));
      }
    }
  }

  /** The first token of {@code i}'s phrase ("Velmora Network for ..." from "Network"). */
  private static int first(Parse p, int i) {
    int min = i;
    for (Parse.Arc a : p.out(i)) {
      if (a.dep() < i && !a.rel().equals("punct") && !a.rel().equals("cc")) {
        min = Math.min(min, first(p, a.dep()));
      }
    }
    return min;
  }
}
