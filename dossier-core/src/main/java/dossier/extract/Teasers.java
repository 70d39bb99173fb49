package dossier.extract;

import java.util.List;
import java.util.Set;

/**
 * Finds teasers of other articles that the prose region swallowed: a run of units, each a few
 * short lines (headline, author, date, image) and then exactly one paragraph (the summary). An
 * article's own subheadings are followed by several paragraphs, or carry no author or date, so
 * the shape tells the two apart. Also finds the headline-and-summary lines a text browser glues
 * together ("Storm Hits CoastHeavy rain fell..."), a shape body text never has.
 */
final class Teasers {
  /** Units in a row before the run counts as a teaser list. */
  private static final int MIN_UNITS = 3;
  /** Short lines a unit may have above its summary. */
  private static final int MAX_HEAD = 4;

  /** Cut reasons that mark a unit's head as a teaser's: its author, date or share buttons. */
  private static final Set<String> META = Set.of("date", "byline", "share", "related", "teaser");

  private Teasers() {}

  /**
   * Marks with reason "teaser" the lines of a teaser run inside {@code [start, end]} that follows
   * at least one paragraph of the region.
   *
   * @return whether any line was marked
   */
  static boolean markRuns(List<Line> lines, String[] reasons, int start, int end) {
    int[] idx = new int[end - start + 1];
    int k = 0;
    for (int i = start; i <= end; i++) {
      Line l = lines.get(i);
      // Images and blank lines are transparent: a teaser's picture sits anywhere in its unit.
      if (!l.blank() && !"image".equals(reasons[i])) {
        idx[k++] = i;
      }
    }
    boolean[] prose = new boolean[k];
    for (int j = 0; j < k; j++) {
      prose[j] = reasons[idx[j]] == null && RegionFinder.isProse(lines.get(idx[j]));
    }
    boolean marked = false;
    boolean seenProse = false;
    int j = 0;
    while (j < k) {
      if (prose[j]) {
        seenProse = true;
        j++;
        continue;
      }
      // Try to read units from j on.
      int units = 0;
      int teaserLike = 0;
      int p = j;
      while (p < k) {
        int h = p;
        while (h < k && !prose[h] && h - p < MAX_HEAD) {
          h++;
        }
        if (h >= k || !prose[h] || h == p || h + 1 < k && prose[h + 1]) {
          break;
        }
        if (h - p >= 2 || hasMeta(reasons, idx, p, h) || truncated(lines.get(idx[h]).text())) {
          teaserLike++;
        }
        units++;
        p = h + 1;
      }
      if (seenProse && units >= MIN_UNITS && teaserLike * 2 > units) {
        for (int q = j; q < p; q++) {
          if (reasons[idx[q]] == null) {
            reasons[idx[q]] = "teaser";
          }
        }
        marked = true;
        j = p;
      } else {
        j++;
      }
    }
    return marked;
  }

  private static boolean hasMeta(String[] reasons, int[] idx, int from, int to) {
    for (int q = from; q < to; q++) {
      String r = reasons[idx[q]];
      if (r != null && META.contains(r)) {
        return true;
      }
    }
    return false;
  }

  private static boolean truncated(String t) {
    return t.endsWith("...") || t.endsWith("…");
  }

  /**
   * Whether the line is a headline glued to its summary: a Title Case head of three or more words
   * running into a capital with no space ("...Student-AthleteA 24-year-old woman...").
   */
  static boolean isGlued(Line l) {
    String t = l.text();
    if (l.words() < 8) {
      return false;
    }
    int limit = Math.min(t.length() - 1, 200);
    for (int i = 2; i < limit; i++) {
      char c = t.charAt(i);
      if (!Character.isUpperCase(c)) {
        continue;
      }
      char b = t.charAt(i - 1);
      if (!(Character.isLowerCase(b) || b == '?' || b == '!' || b == '’' || b == '\'' || b == '"'
          || b == '”' || b == ')')) {
        continue;
      }
      // "McDonald", "iPhone": a capital after a short lower-case run is part of a name.
      int ws = t.lastIndexOf(' ', i) + 1;
      if (i - ws < 4 || Character.isLowerCase(t.charAt(ws)) && b != '?' && b != '!') {
        continue;
      }
      if (titleCaseHead(t, ws)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line is a headline link with a section tag in capitals at its end ("Storm hits
   * coast [VIDEO]", "... [INSIGHT]|"): sites tag links to their other articles that way.
   */
  static boolean isTagged(Line l) {
    String t = l.text();
    int end = t.length() - 1;
    while (end > 0 && (t.charAt(end) == '|' || t.charAt(end) == ' ')) {
      end--;
    }
    if (l.words() > 25 || end < 8 || t.charAt(end) != ']') {
      return false;
    }
    int open = t.lastIndexOf('[', end);
    if (open < 1 || end - open < 3 || end - open > 20) {
      return false;
    }
    for (int i = open + 1; i < end; i++) {
      char c = t.charAt(i);
      if (!Character.isUpperCase(c) && c != ' ') {
        return false;
      }
    }
    return true;
  }

  /** Whether the words before {@code end} are three or more, nearly all capitalised. */
  private static boolean titleCaseHead(String t, int end) {
    int words = 0;
    int caps = 0;
    boolean inWord = false;
    for (int i = 0; i < end; i++) {
      char c = t.charAt(i);
      if (c == ' ') {
        inWord = false;
      } else if (!inWord) {
        inWord = true;
        if (Character.isLetter(c)) {
          words++;
          caps += Character.isUpperCase(c) ? 1 : 0;
        }
      }
    }
    return words >= 3 && caps * 10 >= words * 7;
  }
}
