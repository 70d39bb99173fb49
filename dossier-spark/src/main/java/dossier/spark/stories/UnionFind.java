package dossier.spark.stories;

import java.util.HashMap;
import java.util.Map;

/** Union-find over story keys; the root of a set is its smallest key, so results do not depend on edge order. */
final class UnionFind {
  private final Map<String, String> parent = new HashMap<>();

  String find(String x) {
    String p = parent.getOrDefault(x, x);
    if (p.equals(x)) {
      return x;
    }
    String r = find(p);
    parent.put(x, r);
    return r;
  }

  void union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    if (ra.equals(rb)) {
      return;
    }
    if (ra.compareTo(rb) < 0) {
      parent.put(rb, ra);
    } else {
      parent.put(ra, rb);
    }
  }

  /** Every key that is not its own root, mapped to its root. */
  Map<String, String> roots() {
    Map<String, String> out = new HashMap<>();
    for (String k : parent.keySet()) {
      String r = find(k);
      if (!r.equals(k)) {
        out.put(k, r);
      }
    }
    return out;
  }
}
