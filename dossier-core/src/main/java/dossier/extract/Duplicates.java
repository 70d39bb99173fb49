package dossier.extract;

import java.util.List;

/** Drops a standfirst that the first paragraphs repeat word for word. */
final class Duplicates {
  private static final int LEAD_LINES = 3;
  private static final int LOOK_AHEAD = 6;

  private Duplicates() {}

  /**
   * Marks a kept line among the first {@value #LEAD_LINES} that a later kept line (within {@value
   * #LOOK_AHEAD}) contains entirely: the page printed a summary and then the paragraph itself.
   */
  static void dropRepeatedLead(List<Line> lines, boolean[] keep, String[] reasons) {
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
      String key = TitleFinder.norm(lead);
      int ahead = 0;
      for (int j = i + 1; j < lines.size() && ahead < LOOK_AHEAD; j++) {
        if (!keep[j]) {
          continue;
        }
        ahead++;
        String other = lines.get(j).text();
        if (other.length() > lead.length() && TitleFinder.norm(other).contains(key)) {
          keep[i] = false;
          reasons[i] = "standfirst-duplicate";
          break;
        }
      }
    }
  }
}
