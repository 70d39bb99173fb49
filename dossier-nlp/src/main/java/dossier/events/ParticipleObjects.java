package dossier.events;

import java.util.List;

/**
 * "Gunmen attacked soldiers stationed in the town", parsed as if the soldiers were the subject of
 * a clause "soldiers stationed in the town" hung from "attacked" (dep): the noun is the verb's
 * object and the participle a reduced relative clause on it, so that the soldiers (and whose they
 * are) are the target and the town only where they were.
 */
final class ParticipleObjects {
  private ParticipleObjects() {}

  /** Re-hangs such misparses in {@code arcs} (a copy of {@code p}'s arcs). */
  static void repair(Parse p, List<Parse.Arc> arcs) {
    for (Parse.Arc a : p.arcs()) {
      int v = a.gov();
      int w = a.dep();
      if (v < 0 || !a.rel().equals("dep") || w < v || !p.tok(v).verb()
          || !p.tok(w).tag().equals("VBN") || !p.children(v, "obj").isEmpty()
          || !p.children(w, "aux").isEmpty() || !p.children(w, "aux:pass").isEmpty()
          || !p.children(w, "mark").isEmpty() || !p.children(w, "obj").isEmpty()) {
        continue;
      }
      List<Integer> subjects = p.children(w, "nsubj");
      if (subjects.size() != 1) {
        continue;
      }
      int n = subjects.get(0);
      if (n < v || n > w || !p.tok(n).noun()) {
        continue; // the noun stands between the verb and the participle
      }
      arcs.remove(a);
      arcs.remove(new Parse.Arc(w, n, "nsubj"));
      arcs.add(new Parse.Arc(v, n, "obj"));
      arcs.add(new Parse.Arc(n, w, "acl"));
      arcs.add(new Parse.Arc(w, n, "nsubj:pass"));
    }
  }
}
