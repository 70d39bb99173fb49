package dossier.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * English forms an adjective of a place from its name by a few endings: Armenia / Armenian,
 * Iran / Iranian, Azerbaijan / Azerbaijani, China / Chinese. A name whose adjective is written in
 * the corpus is a place, whatever the tagger said; the adjective itself is a demonym of it.
 */
final class PlaceWords {
  private static final String[] ENDINGS = {"n", "an", "ian", "i", "ese"};

  private PlaceWords() {}

  /** Whether a capitalised word ends like an adjective of a place. */
  static boolean mayBeAdjective(String word) {
    return word.length() >= 5 && (word.endsWith("n") || word.endsWith("i") || word.endsWith("ese"));
  }

  /** The adjectives {@code place} may have. */
  static List<String> adjectives(String place) {
    List<String> out = new ArrayList<>();
    if (place.length() < 4 || place.contains(" ")) {
      return out;
    }
    String stem = place.replaceFirst("[aeiouy]$", "");
    for (String e : ENDINGS) {
      out.add(place + e);
      if (!stem.equals(place) && !(stem + e).equals(place)) {
        out.add(stem + e);
      }
    }
    return out;
  }

  /** Whether some adjective of {@code place} is among {@code written}. */
  static boolean hasAdjective(String place, Set<String> written) {
    for (String a : adjectives(place)) {
      if (written.contains(a)) {
        return true;
      }
    }
    return false;
  }
}
