package dossier.figures;

import dossier.model.Mention;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A place that only locates the speaker: in "officials of the ministry in the capital said" the
 * claimant is the ministry, not the capital. A place named alone ("officials in the capital said")
 * stays the claimant.
 */
final class Locatives {
  private static final Pattern IN = Pattern.compile("(?i)\\b(?:in|at|near)\\s+(?:the\\s+)?$");

  /** The police of a place: "the regional police", "Harbour County police", "its police department". */
  private static final Pattern POLICE = Pattern.compile("(?i)\\bpolice(?:\\s+(?:department|"
      + "force|service|headquarters))?$");

  /**
   * A person of a place, before its name: "the governor of", "the mayor of", "a resident of". The
   * person speaks, not the place (an island, a province, a town).
   */
  private static final Pattern PERSON_OF = Pattern.compile("(?i)\\b(?:governor|lieutenant "
      + "governor|deputy governor|mayor|deputy mayor|sheriff|residents?|witness(?:es)?|natives?)"
      + "\\s+of\\s+(?:the\\s+)?$");

  /** Places below a country: their people speak for themselves, not for the place. */
  private static final Set<String> LOCAL = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE");

  private Locatives() {}

  /**
   * Whether {@code words} name a person of the place {@code id} ("The governor of Varsa Island
   * told the agency"): the governor speaks, the island is no claimant; the words are kept.
   */
  static boolean personOf(String words, String id, List<Mention> mentions) {
    return id != null && words != null && mentions.stream().anyMatch(m -> id.equals(m.entityId())
        && LOCAL.contains(m.type()) && words.contains(m.text())
        && PERSON_OF.matcher(words.substring(0, words.indexOf(m.text()))).find());
  }

  /**
   * Whether {@code words} name the police of the place {@code id} ("Harbour County police said"):
   * the police speak, not the place; the words are kept, the place is no claimant.
   */
  static boolean police(String words, String id, List<Mention> mentions) {
    return id != null && words != null && POLICE.matcher(words.trim()).find()
        && mentions.stream().anyMatch(m -> id.equals(m.entityId()) && LOCAL.contains(m.type())
            && words.contains(m.text()));
  }

  /** Whether the mention at {@code at} follows "in", "at" or "near". */
  static boolean placed(String text, int from, int at) {
    return IN.matcher(text.substring(Math.max(from, at - 12), at)).find();
  }

  /**
   * The speaker a placed mention {@code m} qualifies: the last named mention before it in
   * {@code [from, m)}, or null when none is named there.
   */
  static Mention head(String text, int from, Mention m, List<Mention> mentions) {
    if (!placed(text, from, m.start())) {
      return null;
    }
    Mention best = null;
    for (Mention x : mentions) {
      if (x.entityId() != null && x.start() >= from && x.end() <= m.start()
          && !"NATIONALITY".equals(x.type()) && (best == null || x.end() > best.end())) {
        best = x;
      }
    }
    return best;
  }
}
