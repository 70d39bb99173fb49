package dossier.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the article's region: the run of lines with the most prose in it. Each line scores its
 * words when it reads as prose and a penalty when it is furniture (a cut reason, a menu bullet, a
 * short fragment); the region is the contiguous run with the highest total (maximum subarray), so
 * short subheadings and an advertisement marker between paragraphs stay inside while menus, link
 * lists and footers above and below fall outside.
 */
final class RegionFinder {
  private static final Set<String> END_MARKS =
      Set.of("related", "comment-prompt", "copyright", "cookie-notice", "rule");

  private RegionFinder() {}

  /**
   * Inclusive line indices {@code [first, last]} of the region, or null when no line is prose.
   *
   * @param seen how often each line text occurs on the page ({@link #counts})
   */
  static int[] find(List<Line> lines, String[] reasons, Map<String, Integer> seen) {
    double best = 0;
    int bestStart = -1;
    int bestEnd = -1;
    double run = 0;
    int runStart = -1;
    double[] scores = scores(lines, reasons, seen);
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.blank()) {
        continue;
      }
      double s = scores[i];
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
    return bestStart < 0 ? null
        : new int[] {bestStart, cutAtEndMark(lines, reasons, scores, bestStart, bestEnd)};
  }

  /**
   * The region's last line once cut before an end mark (related list, comments, rule) inside it
   * when the text before the mark outweighs the text after it twice over: what follows such a
   * mark is most often the site's, even when it is prose.
   */
  private static int cutAtEndMark(List<Line> lines, String[] reasons, double[] scores, int start,
      int end) {
    double total = 0;
    for (int i = start; i <= end; i++) {
      total += Math.max(0, scores[i]);
    }
    double before = 0;
    for (int i = start; i <= end; i++) {
      // An inline box's mark scores as furniture only (see scores): no cut there.
      if (reasons[i] != null && END_MARKS.contains(reasons[i]) && scores[i] <= -30
          && isHeader(lines.get(i))
          && before >= 2 * (total - before)) {
        int last = i - 1;
        while (last > start && scores[last] <= 0) {
          last--;
        }
        return last;
      }
      before += Math.max(0, scores[i]);
    }
    return end;
  }

  /**
   * Whether the mark at {@code nonBlank[j]} heads a box of at most three links with prose right
   * after it: a "Related" box set inside the article, which goes on below it.
   */
  private static boolean inlineBox(List<Line> lines, boolean[] prose, int at) {
    int seen = 0;
    for (int i = at + 1; i < lines.size() && seen < 5; i++) {
      if (lines.get(i).blank()) {
        continue;
      }
      if (prose[i]) {
        return seen > 0 && lines.get(i).words() >= 15;
      }
      // A link has words; "1." opens a ranked list (most read), which ends the article.
      if (lines.get(i).words() < 2) {
        return false;
      }
      seen++;
    }
    return false;
  }

  /** A mark standing alone ("Related articles", "-----"), not an inline "Related: headline" link. */
  private static boolean isHeader(Line l) {
    return l.words() <= 4 && l.text().indexOf(':') < 0;
  }

  /** How often each non-blank line text occurs on the page. */
  static Map<String, Integer> counts(List<Line> lines) {
    Map<String, Integer> seen = new HashMap<>();
    for (Line l : lines) {
      if (!l.blank()) {
        seen.merge(l.text(), 1, Integer::sum);
      }
    }
    return seen;
  }

  /** A line of four or more words nearly all capitalised, as teaser headlines are written. */
  static boolean isHeadline(Line l) {
    if (l.words() < 4 || l.words() > 20 || l.sentenceEnd()) {
      return false;
    }
    int words = 0;
    int caps = 0;
    for (String w : l.text().split(" ")) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
        words++;
        caps += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    return words >= 4 && caps * 10 >= words * 8;
  }

  /** Whether a line reads as a paragraph of running text. */
  static boolean isProse(Line l) {
    int w = l.words();
    return l.readsAsText()
        && (w >= 10 && (l.sentenceEnd() || w >= 25) || w >= 5 && l.sentenceEnd() && l.text().length() >= 30);
  }

  /**
   * Line scores. A short line alone between paragraphs is a subheading and costs little; runs of
   * short lines are menus and cost more; the end of an article (related links, comments,
   * copyright) costs so much that the region rarely reaches past it.
   */
  static double[] scores(List<Line> lines, String[] reasons, Map<String, Integer> seen) {
    int n = lines.size();
    double[] s = new double[n];
    boolean[] prose = new boolean[n];
    int[] nonBlank = new int[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (!lines.get(i).blank()) {
        prose[i] = reasons[i] == null && isProse(lines.get(i));
        nonBlank[k++] = i;
      }
    }
    for (int j = 0; j < k; j++) {
      int i = nonBlank[j];
      Line l = lines.get(i);
      if (seen.get(l.text()) >= 3 && reasons[i] == null) {
        // A line printed three times or more is a widget (gallery, share text, teaser), not text.
        s[i] = -6;
        continue;
      }
      if (reasons[i] != null) {
        s[i] = END_MARKS.contains(reasons[i]) && !inlineBox(lines, prose, i) ? -30 : -4;
      } else if (prose[i]) {
        s[i] = l.bullet() ? l.words() / 4.0 : Math.min(l.words(), 60);
      } else {
        int shortAround = 0;
        for (int d = Math.max(0, j - 2); d <= Math.min(k - 1, j + 2); d++) {
          shortAround += prose[nonBlank[d]] ? 0 : 1;
        }
        s[i] = (l.bullet() ? -1 : 0) + (shortAround >= 4 ? -6 : -2);
        // A Title Case headline outside running text is most often a teaser of another article.
        if (isHeadline(l)) {
          s[i] -= 6;
        }
      }
    }
    return s;
  }
}
