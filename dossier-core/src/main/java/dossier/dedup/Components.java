package dossier.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Connected components of the copy graph: union-find with path halving over article ids. */
final class Components {
  private Components() {}

  /** Groups of two or more ids linked by copy matches, each sorted, groups in order of first id. */
  static List<List<String>> of(Iterable<Match> matches) {
    Map<String, Integer> index = new HashMap<>();
    List<String> ids = new ArrayList<>();
    List<int[]> edges = new ArrayList<>();
    for (Match m : matches) {
      if (m.copy()) {
        edges.add(new int[] {id(m.a(), index, ids), id(m.b(), index, ids)});
      }
    }
    int[] parent = new int[ids.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int[] e : edges) {
      int x = root(parent, e[0]);
      int y = root(parent, e[1]);
      if (x != y) {
        parent[Math.max(x, y)] = Math.min(x, y);
      }
    }
    Map<Integer, TreeSet<String>> groups = new HashMap<>();
    for (int i = 0; i < parent.length; i++) {
      groups.computeIfAbsent(root(parent, i), k -> new TreeSet<>()).add(ids.get(i));
    }
    List<List<String>> out = new ArrayList<>();
    for (TreeSet<String> g : groups.values()) {
      if (g.size() > 1) {
        out.add(List.copyOf(g));
      }
    }
    out.sort((p, q) -> p.get(0).compareTo(q.get(0)));
    return out;
  }

  private static int id(String s, Map<String, Integer> index, List<String> ids) {
    return index.computeIfAbsent(s, k -> {
      ids.add(k);
      return ids.size() - 1;
    });
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
