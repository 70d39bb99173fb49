package dossier.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sentences in capitals ("POLICE ARREST TWO AFTER SHOOTING"), as headlines and banners print them,
 * put in ordinary case before tagging: the tagger reads every capitalised word as a proper noun, so
 * the parse has no verb. Each word in capitals takes the case it has elsewhere in the same text
 * ("OREGON" becomes "Oregon" when the text says "Oregon"), else lower case, except general
 * acronyms; the first word is capitalised. Only letters change case, one char for one char, so
 * every character offset stays that of the original text.
 */
final class Casing {
  /** Acronyms of general news kept in capitals when the text gives no other case. */
  private static final Set<String> ACRONYMS = Set.of("US", "USA", "UK", "UN", "EU", "NATO",
      "FBI", "CIA", "NSA", "IMF", "WHO", "OPEC", "ASEAN", "AU", "ICC", "ICJ", "IAEA", "UAE",
      "DRC", "GOP", "BBC", "CNN", "AP", "AFP", "NGO", "NGOS", "ISIS", "ISIL", "IS", "PM", "MP",
      "MPS", "CEO", "TV", "DC", "LA", "NYC", "NYPD", "LAPD", "ATF", "DEA", "SWAT", "ID", "DNA");
  /** Fraction of words in capitals from which a sentence is read as set in capitals. */
  private static final double CAPS_SHARE = 0.7;

  private Casing() {}

  /** Whether {@code w} is one of the general acronyms kept in capitals. */
  static boolean acronym(String w) {
    return ACRONYMS.contains(w);
  }

  /** {@code text[start, end)}, in ordinary case when it is set in capitals; same length. */
  static String normal(String text, int start, int end) {
    String s = text.substring(start, end);
    int words = 0;
    int caps = 0;
    for (int i = 0; i < s.length(); ) {
      int j = wordEnd(s, i);
      if (j > i) {
        if (j - i >= 2) {
          words++;
          caps += upper(s, i, j) ? 1 : 0;
        }
        i = j;
      } else {
        i++;
      }
    }
    if (words < 3 || caps < CAPS_SHARE * words) {
      return s;
    }
    Map<String, String> known = knownCase(text, start, end);
    char[] out = s.toCharArray();
    boolean first = true;
    for (int i = 0; i < s.length(); ) {
      int j = wordEnd(s, i);
      if (j == i) {
        i++;
        continue;
      }
      String w = s.substring(i, j);
      if (upper(s, i, j) && (j - i >= 2 || w.equals("A") && !first)) {
        String form = known.get(w.toLowerCase(Locale.ROOT));
        if (form == null) {
          form = ACRONYMS.contains(w) ? w : lower(w);
        }
        if (first) {
          form = Character.toUpperCase(form.charAt(0)) + form.substring(1);
        }
        form.getChars(0, form.length(), out, i);
      }
      first = false;
      i = j;
    }
    return new String(out);
  }

  /** Same-length lower case: one char for one char (String.toLowerCase may change the length). */
  private static String lower(String w) {
    char[] c = w.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = Character.toLowerCase(c[i]);
    }
    return new String(c);
  }

  /**
   * The case each word has outside sentences in capitals, in the text around the sentence: the
   * form seen most often, of those not all in capitals (lower-cased word to form).
   */
  private static Map<String, String> knownCase(String text, int start, int end) {
    Map<String, Map<String, Integer>> seen = new HashMap<>();
    for (int i = 0; i < text.length(); ) {
      int j = wordEnd(text, i);
      if (j == i) {
        i++;
        continue;
      }
      if ((j <= start || i >= end) && !upper(text, i, j) && !sentenceStart(text, i)) {
        String w = text.substring(i, j);
        seen.computeIfAbsent(lower(w), k -> new HashMap<>()).merge(w, 1, Integer::sum);
      }
      i = j;
    }
    Map<String, String> out = new HashMap<>();
    seen.forEach((k, forms) -> {
      String best = null;
      int n = 0;
      for (Map.Entry<String, Integer> e : forms.entrySet()) {
        if (e.getValue() > n || e.getValue() == n && e.getKey().equals(k)) {
          best = e.getKey();
          n = e.getValue();
        }
      }
      if (best != null && best.length() == k.length()) {
        out.put(k, best);
      }
    });
    return out;
  }

  /** Whether the word at {@code i} opens a sentence or line: capitalised whatever it is. */
  private static boolean sentenceStart(String s, int i) {
    int k = i - 1;
    while (k >= 0 && (s.charAt(k) == ' ' || s.charAt(k) == '"' || s.charAt(k) == '\u201c'
        || s.charAt(k) == '\'')) {
      k--;
    }
    return k < 0 || ".!?:\n\r".indexOf(s.charAt(k)) >= 0;
  }

  private static int wordEnd(String s, int i) {
    int j = i;
    while (j < s.length() && Character.isLetter(s.charAt(j))) {
      j++;
    }
    return j;
  }

  /** Whether {@code s[i, j)} has letters and all of them capitals. */
  private static boolean upper(String s, int i, int j) {
    for (int k = i; k < j; k++) {
      if (Character.isLowerCase(s.charAt(k))) {
        return false;
      }
    }
    return j > i;
  }
}
