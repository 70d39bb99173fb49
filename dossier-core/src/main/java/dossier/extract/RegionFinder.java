package dossier.extract;

import java.util.List;

/**
 * Finds the article's region: the run of lines with the most prose in it. Each line scores its
 * words when it reads as prose and a penalty when it is furniture (a cut reason, a menu bullet, a
 * short fragment); the region is the contiguous run with the highest total (maximum subarray), so
 * short subheadings and an advertisement marker between paragraphs stay inside while menus, link
 * lists and footers above and below fall outside.
 */
final class RegionFinder {
  private RegionFinder() {}

  /** Inclusive line indices {@code [first, last]} of the region, or null when no line is prose. */
  static int[] find(List<Line> lines, String[] reasons) {
    double best = 0;
    int bestStart = -1;
    int bestEnd = -1;
    double run = 0;
    int runStart = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      double s = score(l, reasons[i]);
      if (run <= 0) {
        if (s <= 0) {
          continue;
        }
        run = 0;
        runStart = i;
      }
      run += s;
      if (run > best) {
        best = run;
        bestStart = runStart;
        bestEnd = i;
      }
    }
    return bestStart < 0 ? null : new int[] {bestStart, bestEnd};
  }

  /** Whether a line reads as a paragraph of running text. */
  static boolean isProse(Line l) {
    int w = l.words();
    return w >= 10 && (l.sentenceEnd() || w >= 25) || w >= 5 && l.sentenceEnd() && l.text().length() >= 30;
  }

  static double score(Line l, String reason) {
    if (reason != null) {
      return -4;
    }
    if (l.bullet()) {
      return isProse(l) ? l.words() / 4.0 : -3;
    }
    if (isProse(l)) {
      return Math.min(l.words(), 60);
    }
    return -2;
  }
}
