package dossier.extract;

import java.util.List;

/**
 * Drops kept lines that repeat other kept text: a standfirst the first paragraphs repeat word for
 * word, and pull quotes that repeat a sentence of a nearby paragraph.
 */
final class Duplicates {
  private static final int LEAD_LINES = 3;
  private static final int LOOK_AHEAD = 6;

  private Duplicates() {}

  /**
   * Marks a kept line among the first {@value #LEAD_LINES} that a later kept line (within {@value
   * #LOOK_AHEAD}) contains entirely: the page printed a summary and then the paragraph itself.
   */
  static void dropRepeatedLead(List<Line> lines, boolean[] keep, String[] reasons, Norms norms) {
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < LEAD_LINES; i++) {
      if (!keep[i]) {
        continue;
      }
      seen++;
      String lead = lines.get(i).text();
      if (lead.length() < 40) {
        continue;
      }
      String key = norms.get(i);
      int ahead = 0;
      for (int j = i + 1; j < lines.size() && ahead < LOOK_AHEAD; j++) {
        if (!keep[j]) {
          continue;
        }
        ahead++;
        String other = lines.get(j).text();
        if (other.length() > lead.length() && norms.get(j).contains(key)) {
          keep[i] = false;
          reasons[i] = "standfirst-duplicate";
          break;
        }
      }
    }
  }

  /** Pull quotes are one sentence or two; shorter repeats ("Some are not.") may be chance. */
  private static final int QUOTE_MIN_WORDS = 6;
  private static final int QUOTE_MAX_CHARS = 300;
  private static final int QUOTE_DISTANCE = 6;

  /**
   * Marks a kept line of a sentence or two that a longer kept line within {@value
   * #QUOTE_DISTANCE} kept lines (before or after) contains entirely: a pull quote.
   */
  static void dropPullQuotes(List<Line> lines, boolean[] keep, String[] reasons, Norms norms) {
    int[] kept = new int[lines.size()];
    int k = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (keep[i]) {
        kept[k++] = i;
      }
    }
    for (int a = 0; a < k; a++) {
      Line q = lines.get(kept[a]);
      if (q.words() < QUOTE_MIN_WORDS || q.text().length() > QUOTE_MAX_CHARS) {
        continue;
      }
      String key = null;
      for (int b = Math.max(0, a - QUOTE_DISTANCE); b < Math.min(k, a + QUOTE_DISTANCE + 1); b++) {
        String other = lines.get(kept[b]).text();
        if (b == a || other.length() <= q.text().length() + 10) {
          continue;
        }
        key = key == null ? norms.get(kept[a]) : key;
        if (norms.get(kept[b]).contains(key)) {
          keep[kept[a]] = false;
          reasons[kept[a]] = "pull-quote";
          break;
        }
      }
    }
  }
}
