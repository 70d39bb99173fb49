package dossier.dedup;

import dossier.model.Article;
import dossier.model.CopyChanges;
import dossier.model.CopyChanges.Change;
import dossier.model.CopyChanges.Edit;
import dossier.model.CopyChanges.Passage;
import dossier.model.CopyChanges.Respelling;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a copy changed against the canonical article: sentences are aligned by their folded words
 * (longest common subsequence); between two aligned sentences, a removed and an added sentence
 * sharing at least half their words are one edit, the rest are removals and additions. A sentence
 * that only moved (a reordered paragraph) is no change. Words that differ only in accents within
 * aligned sentences, and one-for-one word swaps that look alike within edits ("defence" and
 * "defense", "ceasefire" and "cease-fire"), are respellings. Pure.
 */
final class ChangeFinder {
  private static final double EDIT_OVERLAP = 0.5;

  private ChangeFinder() {}

  static CopyChanges between(Article canonical, Article copy) {
    List<Sentences.Sentence> a = Sentences.of(canonical.text());
    List<Sentences.Sentence> b = Sentences.of(copy.text());
    int[][] lcs = Lcs.table(a.size(), b.size(), (i, j) -> a.get(i).key().equals(b.get(j).key()));
    Set<String> keysA = new HashSet<>();
    a.forEach(s -> keysA.add(s.key()));
    Set<String> keysB = new HashSet<>();
    b.forEach(s -> keysB.add(s.key()));
    List<Passage> added = new ArrayList<>();
    List<Passage> removed = new ArrayList<>();
    List<Edit> edited = new ArrayList<>();
    Map<List<String>, Integer> spelling = new LinkedHashMap<>();
    List<Sentences.Sentence> gapA = new ArrayList<>();
    List<Sentences.Sentence> gapB = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).key().equals(b.get(j).key())) {
        gap(gapA, gapB, keysA, keysB, canonical, copy, removed, added, edited, spelling);
        accents(a.get(i).words(), b.get(j).words(), spelling);
        i++;
        j++;
      } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        gapB.add(b.get(j++));
      } else {
        gapA.add(a.get(i++));
      }
    }
    gap(gapA, gapB, keysA, keysB, canonical, copy, removed, added, edited, spelling);
    Change title = Objects.equals(norm(canonical.title()), norm(copy.title())) ? null
        : new Change(canonical.title(), copy.title());
    List<Respelling> respelt = new ArrayList<>();
    spelling.forEach((k, n) -> respelt.add(new Respelling(k.get(0), k.get(1), n)));
    return new CopyChanges(copy.id(), canonical.id(), title, added, removed, edited, respelt);
  }

  private static String norm(String title) {
    return title == null ? "" : title.strip().replaceAll("\\s+", " ");
  }

  /** Settles the sentences between two aligned ones and empties the gap. */
  private static void gap(List<Sentences.Sentence> gapA, List<Sentences.Sentence> gapB,
      Set<String> keysA, Set<String> keysB, Article ca, Article cb, List<Passage> removed,
      List<Passage> added, List<Edit> edited, Map<List<String>, Integer> spelling) {
    gapA.removeIf(s -> keysB.contains(s.key())); // moved, not removed
    gapB.removeIf(s -> keysA.contains(s.key()));
    boolean[] used = new boolean[gapB.size()];
    for (Sentences.Sentence s : gapA) {
      int best = -1;
      double bestScore = EDIT_OVERLAP;
      for (int k = 0; k < gapB.size(); k++) {
        double d = dice(s.folded(), gapB.get(k).folded());
        if (!used[k] && d >= bestScore) {
          best = k;
          bestScore = d;
        }
      }
      if (best < 0) {
        removed.add(passage(ca, s));
      } else {
        used[best] = true;
        edited.add(new Edit(passage(ca, s), passage(cb, gapB.get(best))));
        respellings(s, gapB.get(best), spelling);
      }
    }
    for (int k = 0; k < gapB.size(); k++) {
      if (!used[k]) {
        added.add(passage(cb, gapB.get(k)));
      }
    }
    gapA.clear();
    gapB.clear();
  }

  private static Passage passage(Article a, Sentences.Sentence s) {
    return new Passage(s.span(), s.span().of(a.text()));
  }

  /** Words of two aligned sentences (equal when folded) that differ as written: accents. */
  private static void accents(List<String> a, List<String> b, Map<List<String>, Integer> out) {
    if (a.size() != b.size()) {
      return;
    }
    for (int k = 0; k < a.size(); k++) {
      if (!a.get(k).equals(b.get(k)) && !a.get(k).equalsIgnoreCase(b.get(k))) {
        out.merge(List.of(a.get(k), b.get(k)), 1, Integer::sum);
      }
    }
  }

  /** One-for-one (or joined) word swaps in an edited sentence that look like respellings. */
  private static void respellings(Sentences.Sentence a, Sentences.Sentence b,
      Map<List<String>, Integer> out) {
    List<String> fa = a.folded();
    List<String> fb = b.folded();
    int[][] t = Lcs.table(fa.size(), fb.size(), (i, j) -> fa.get(i).equals(fb.get(j)));
    int i = 0;
    int j = 0;
    int gi = 0;
    int gj = 0;
    while (i < fa.size() || j < fb.size()) {
      boolean same = i < fa.size() && j < fb.size() && fa.get(i).equals(fb.get(j));
      if (same) {
        swap(a, b, gi, i, gj, j, out);
        accents(a.words().subList(i, i + 1), b.words().subList(j, j + 1), out);
        i++;
        j++;
        gi = i;
        gj = j;
      } else if (j < fb.size() && (i == fa.size() || t[i][j + 1] >= t[i + 1][j])) {
        j++;
      } else {
        i++;
      }
    }
    swap(a, b, gi, Math.min(i, fa.size()), gj, Math.min(j, fb.size()), out);
  }

  private static void swap(Sentences.Sentence a, Sentences.Sentence b, int i0, int i1, int j0,
      int j1, Map<List<String>, Integer> out) {
    if (i1 <= i0 || j1 <= j0 || i1 - i0 > 2 || j1 - j0 > 2) {
      return;
    }
    String x = String.join("", a.folded().subList(i0, i1));
    String y = String.join("", b.folded().subList(j0, j1));
    if (x.equals(y) || (i1 - i0 == 1 && j1 - j0 == 1 && alike(x, y))) {
      out.merge(List.of(String.join(" ", a.words().subList(i0, i1)),
          String.join(" ", b.words().subList(j0, j1))), 1, Integer::sum);
    }
  }

  /** Two words one or two edits apart, relative to length: a respelling, not a new word. */
  static boolean alike(String x, String y) {
    int longer = Math.max(x.length(), y.length());
    if (longer < 4 || Character.isDigit(x.charAt(0)) || Character.isDigit(y.charAt(0))) {
      return false;
    }
    int d = Lcs.levenshtein(x, y);
    return d <= Math.max(1, longer / 4) && d <= 2;
  }

  /** Dice overlap of two word lists, as sets. */
  static double dice(List<String> a, List<String> b) {
    Set<String> sa = new HashSet<>(a);
    Set<String> sb = new HashSet<>(b);
    int n = sa.size() + sb.size();
    sa.retainAll(sb);
    return n == 0 ? 0 : 2.0 * sa.size() / n;
  }
}
