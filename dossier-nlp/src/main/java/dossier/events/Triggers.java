package dossier.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * General trigger lexicons for PLOVER event types: verbs and event nouns, not tied to any conflict.
 * A future meeting is coded CONSULT with status planned here, so that a meeting announced and then
 * held merges into one event (PLOVER codes the announcement AGREE; the status keeps that reading).
 */
final class Triggers {
  /** A trigger word in a sentence. */
  record Hit(String type, int start, int end) {}

  private static final String[][] LEXICON = {
      {"CONSULT", "talks|meeting|meetings|summit|summits|negotiations|met|meets|meet|hosted|hosts|"
          + "visited|held talks|hold talks"},
      {"AGREE", "agreed|agree to|agrees to|signed|reached an agreement|reached a deal|"
          + "reached a ceasefire|reached a truce"},
      {"ASSAULT", "clashes|clashed|fighting|shelling|shelled|attacked|bombed|bombing|bombardment|"
          + "skirmishes|airstrikes|air strikes|offensive|hitting"},
      {"ACCUSE", "accused|accuses|accusing|blamed|blames|blaming|condemned|condemns"},
      {"REJECT", "rejected|rejects|refused|refuses|vetoed"},
      {"THREATEN", "threatened|threatens|issued an ultimatum"},
      {"PROTEST", "protested|protests|demonstrations|rallied|marched"},
      {"SANCTION", "imposed sanctions|sanctioned|expelled|recalled its ambassador|severed ties|"
          + "cut ties|suspended ties"},
      {"MOBILIZE", "mobilized|mobilised|mobilization|mobilisation|put on alert|raised the alert"},
  };
  private static final List<Pattern> PATTERNS = new ArrayList<>();

  static {
    for (String[] row : LEXICON) {
      PATTERNS.add(Pattern.compile("(?i)\\b(?:" + row[1] + ")\\b"));
    }
  }

  private Triggers() {}

  /** The first trigger of each type in {@code [start, end)} of {@code text}. */
  static List<Hit> find(String text, int start, int end) {
    List<Hit> out = new ArrayList<>();
    for (int i = 0; i < LEXICON.length; i++) {
      Matcher m = PATTERNS.get(i).matcher(text).region(start, end);
      if (m.find()) {
        out.add(new Hit(LEXICON[i][0], m.start(), m.end()));
      }
    }
    return out;
  }

  /** The trigger text, lower case. */
  static String word(String text, Hit h) {
    return text.substring(h.start(), h.end()).toLowerCase(Locale.ROOT);
  }
}
