package dossier.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BCubed and pairwise precision, recall and F1 of a clustering against gold labels. BCubed
 * averages over items: precision is the share of an item's cluster that shares its gold label,
 * recall the share of its gold class that shares its cluster. Pairwise counts item pairs put
 * together by both, by the system only, by the gold only.
 */
public record ClusterScores(int items, int clusters, int goldClasses, double bcubedPrecision,
    double bcubedRecall, double pairPrecision, double pairRecall) {

  public double bcubedF1() {
    return f1(bcubedPrecision, bcubedRecall);
  }

  public double pairF1() {
    return f1(pairPrecision, pairRecall);
  }

  /** Scores {@code system} against {@code gold}: both give a label per item, in the same order. */
  public static ClusterScores of(List<String> system, List<String> gold) {
    if (system.size() != gold.size()) {
      throw new IllegalArgumentException(system.size() + " system labels for " + gold.size() + " items");
    }
    Map<String, Integer> sys = new HashMap<>();
    Map<String, Integer> gol = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < system.size(); i++) {
      sys.merge(system.get(i), 1, Integer::sum);
      gol.merge(gold.get(i), 1, Integer::sum);
      both.merge(system.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (int i = 0; i < system.size(); i++) {
      int n = both.get(system.get(i) + "\u0000" + gold.get(i));
      p += (double) n / sys.get(system.get(i));
      r += (double) n / gol.get(gold.get(i));
    }
    int items = system.size();
    long tp = pairs(both);
    long sysPairs = pairs(sys);
    long goldPairs = pairs(gol);
    return new ClusterScores(items, sys.size(), gol.size(), items == 0 ? 1 : p / items,
        items == 0 ? 1 : r / items, sysPairs == 0 ? 1 : (double) tp / sysPairs,
        goldPairs == 0 ? 1 : (double) tp / goldPairs);
  }

  private static long pairs(Map<String, Integer> sizes) {
    long n = 0;
    for (int s : sizes.values()) {
      n += (long) s * (s - 1) / 2;
    }
    return n;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
