package dossier.stories;

import dossier.text.FoldedText;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns an article's text into the terms story clustering compares: stems of content words,
 * numbers ({@code #1200}) and name-like phrases ({@code @vladimir putin}: runs of capitalised words,
 * a cheap stand-in for named entities until the entities stage exists). Works on the folded text
 * ({@link FoldedText}), so spellings with and without accents meet; capitals are read from the
 * stored text through the fold's offset map.
 */
final class Analyzer {
  /** Prefix of a number term. */
  static final String NUMBER = "#";
  /** Prefix of a name term. */
  static final String NAME = "@";

  private static final Set<String> STOP = Set.of(("a about above after again against all also am an"
      + " and any are as at be because been before being below between both but by can could did do"
      + " does doing down during each few for from further had has have having he her here hers"
      + " herself him himself his how i if in into is it its itself just me more most my myself no nor"
      + " not now of off on once only or other our ours out over own same she should so some such than"
      + " that the their theirs them then there these they this those through to too under until up"
      + " very was we were what when where which while who whom why will with would you your yours"
      + " said says say told according new one two three first last year years week day days time"
      + " mr mrs ms dr may might must shall us many much per via since among around yet still however"
      + " monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow"
      + " january february march april june july august september october november december"
      + " http https www com html htm org net").split(" "));

  private Analyzer() {}

  /** Term counts of {@code text}. */
  static Map<String, Integer> terms(String text) {
    Map<String, Integer> out = new HashMap<>();
    FoldedText f = FoldedText.of(text);
    String s = f.folded();
    StringBuilder name = new StringBuilder();
    int nameWords = 0;
    boolean nameAtStart = false;
    boolean sentenceStart = true;
    int i = 0;
    while (i < s.length()) {
      char ch = s.charAt(i);
      if (!Character.isLetterOrDigit(ch)) {
        if (ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == ';' || ch == '\n' || ch == ','
            || ch == '(' || ch == ')' || ch == '"') {
          nameWords = flushName(out, name, nameWords, nameAtStart);
          sentenceStart |= ch != ',' && ch != '(' && ch != ')' && ch != '"';
        }
        i++;
        continue;
      }
      int start = i;
      while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i))
          || (s.charAt(i) == '\'' || s.charAt(i) == '-') && i + 1 < s.length()
              && Character.isLetterOrDigit(s.charAt(i + 1)))) {
        i++;
      }
      String w = s.substring(start, i);
      int apo = w.indexOf('\'');
      if (apo > 0) {
        w = w.substring(0, apo); // "putin's" is "putin"
      }
      boolean capital = Character.isUpperCase(text.charAt(f.origin(start)));
      boolean first = sentenceStart;
      sentenceStart = false;
      if (Character.isDigit(w.charAt(0))) {
        nameWords = flushName(out, name, nameWords, nameAtStart);
        out.merge(NUMBER + w, 1, Integer::sum);
        continue;
      }
      if (STOP.contains(w) || w.length() < 2) {
        nameWords = flushName(out, name, nameWords, nameAtStart);
        continue;
      }
      for (String part : w.split("-")) {
        if (part.length() > 1 && !STOP.contains(part)) {
          out.merge(Stemmer.stem(part), 1, Integer::sum);
        }
      }
      if (capital) {
        if (nameWords == 0) {
          nameAtStart = first;
        } else {
          name.append(' ');
        }
        name.append(w);
        nameWords++;
      } else {
        nameWords = flushName(out, name, nameWords, nameAtStart);
      }
    }
    flushName(out, name, nameWords, nameAtStart);
    return out;
  }

  /** Adds the pending name (two words, or one that does not open a sentence) and resets it. */
  private static int flushName(Map<String, Integer> out, StringBuilder name, int words, boolean atStart) {
    // a capital at a sentence's start says nothing unless a second capital follows
    if (words >= 2 || words == 1 && !atStart) {
      out.merge(NAME + name, 1, Integer::sum);
    }
    name.setLength(0);
    return 0;
  }
}
