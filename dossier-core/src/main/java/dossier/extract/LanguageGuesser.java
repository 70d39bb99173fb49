package dossier.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Guesses a text's language from its script, then from the share of common function words of a
 * few languages. Returns an ISO 639-1 code, or null when the text is too short or unclear.
 */
final class LanguageGuesser {
  private static final Map<String, Set<String>> STOP = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "it",
          "as", "be", "by", "at", "are", "this", "from", "have", "has", "said", "not", "but", "were"),
      "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "mit",
          "sich", "auf", "für", "dem", "des", "auch", "es", "wird", "von", "im", "sie", "wurde"),
      "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "pour", "dans", "que", "qui", "du",
          "sur", "pas", "au", "avec", "ce", "il", "sont", "aux", "par", "elle", "été"),
      "es", Set.of("el", "los", "las", "y", "que", "del", "en", "una", "por", "con", "para", "es",
          "se", "al", "lo", "su", "como", "más", "pero", "fue", "sus", "ha"),
      "it", Set.of("il", "di", "che", "e", "per", "una", "gli", "della", "sono", "non", "con",
          "del", "le", "è", "anche", "nel", "alla", "si", "dei", "ha", "più", "questo"),
      "pt", Set.of("o", "os", "de", "que", "do", "da", "em", "um", "uma", "para", "com", "não",
          "dos", "das", "no", "na", "se", "por", "mais", "foi", "ao", "são"),
      "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor",
          "met", "die", "ook", "er", "maar", "aan", "wordt", "bij", "om", "naar"),
      "ru", Set.of("и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "к", "он", "за",
          "от", "для", "его", "но", "была", "был", "также"));

  /** Language codes in a fixed order: bit {@code i} of a word's entry stands for {@code CODES[i]}. */
  private static final String[] CODES = STOP.keySet().stream().sorted().toArray(String[]::new);
  /** Every function word with the languages it belongs to, as bits. */
  private static final WordTable WORDS = table();

  private static WordTable table() {
    Map<String, Integer> bits = new HashMap<>();
    for (int i = 0; i < CODES.length; i++) {
      for (String w : STOP.get(CODES[i])) {
        bits.merge(w, 1 << i, (a, b) -> a | b);
      }
    }
    return new WordTable(bits, true);
  }

  private LanguageGuesser() {}

  /** Whether {@code s[from, to)} is a function word of one of the known languages, any case. */
  static boolean isFunctionWord(String s, int from, int to) {
    return to - from <= 8 && WORDS.get(s, from, to) != 0;
  }

  /** The language code of {@code text}, or null. */
  static String guess(String text) {
    int kana = 0;
    int han = 0;
    int hangul = 0;
    int arabic = 0;
    int letters = 0;
    int limit = Math.min(text.length(), 4_000);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      if (c >= '\u3040' && c <= '\u30ff') {
        kana++;
      } else if (c >= '\u4e00' && c <= '\u9fff') {
        han++;
      } else if (c >= '\uac00' && c <= '\ud7af') {
        hangul++;
      } else if (c >= '\u0600' && c <= '\u06ff') {
        arabic++;
      }
    }
    if (letters < 20) {
      return null;
    }
    if (kana > letters / 10) {
      return "ja";
    }
    if (hangul > letters / 3) {
      return "ko";
    }
    if (han > letters / 3) {
      return "zh";
    }
    if (arabic > letters / 3) {
      return "ar";
    }
    return byStopWords(text.length() > limit ? text.substring(0, limit) : text);
  }

  private static String byStopWords(String text) {
    int[] hits = new int[CODES.length];
    int words = 0;
    int len = text.length();
    for (int i = 0; i < len; ) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < len && Character.isLetter(text.charAt(i))) {
        i++;
      }
      words++;
      int bits = i - start > 8 ? 0 : WORDS.get(text, start, i);
      for (int b = 0; bits != 0; b++, bits >>>= 1) {
        hits[b] += bits & 1;
      }
    }
    String best = null;
    int top = 0;
    int second = 0;
    for (int b = 0; b < CODES.length; b++) {
      if (hits[b] > top) {
        second = top;
        top = hits[b];
        best = CODES[b];
      } else if (hits[b] > second) {
        second = hits[b];
      }
    }
    // Function words make up a quarter or more of running text; demand a clear winner.
    return words >= 8 && top >= Math.max(3, words / 10) && top > second * 1.3 ? best : null;
  }
}
