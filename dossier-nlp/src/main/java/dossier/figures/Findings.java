package dossier.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a study, report or survey found: "a study by the Orlen Institute found that 40 people
 * died", "the survey showed": the study (or whoever made it) claims the figure, as a speaker
 * claims what it says. Researchers find too, but only a statement ("found that"): "investigators
 * found two bodies" is a discovery, not a claim.
 */
final class Findings {
  /** A work of study, then in the same sentence the verb of its finding. */
  private static final Pattern WORK = Pattern.compile("(?i)\\b(?:study|studies|report|survey|"
      + "analysis|investigation|inquiry|review|research|audit|census|poll|paper|assessment|"
      + "tally)\\b[^.;:!?]{0,100}?\\b(found|finds|concluded|concludes|showed|shows|suggested|"
      + "suggests|revealed|reveals|documented|documents|counted|recorded)\\b");
  /** People who study, whose finding is a statement only with "that". */
  private static final Pattern STUDENTS = Pattern.compile("(?i)\\b(?:researchers|scientists|"
      + "analysts|investigators|auditors|academics|experts)\\b[^.;:!?]{0,100}?\\b(found|"
      + "concluded|showed|estimated|calculated)\\s+that\\b");
  /** A verb of finding used as an adjective or passive: "the report was found", "found guilty". */
  private static final Pattern NOT_VERB = Pattern.compile(
      "(?i)\\b(?:was|were|is|are|be|been|being)\\s+$");

  private Findings() {}

  /**
   * The {start, end} of each verb of a finding in sentence {@code [start, end)} of {@code text},
   * in text order: one pass over the sentence, bounded by it.
   */
  static List<int[]> verbs(String text, int start, int end) {
    List<int[]> out = new ArrayList<>();
    for (Pattern p : new Pattern[] {WORK, STUDENTS}) {
      Matcher m = p.matcher(text).useTransparentBounds(true); // word bounds see past the region
      // overlapping: each work noun reaches the nearest verb after it
      for (int from = start; from < end && m.region(from, end).find(); from = m.start() + 1) {
        if (NOT_VERB.matcher(text.substring(Math.max(start, m.start(1) - 12), m.start(1))).find()
            || Claimants.REPORTING.matcher(text).region(m.start(), m.start(1)).find()) {
          continue; // "the report was found"; "a report said police found 12 bodies"
        }
        out.add(new int[] {m.start(1), m.end(1)});
      }
    }
    out.sort(java.util.Comparator.comparingInt(v -> v[0]));
    return out;
  }
}
