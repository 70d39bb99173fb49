package dossier.stories;

import dossier.text.FoldedText;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns an article's text into the terms story clustering compares: stems of content words,
 * numbers ({@code #5.6}) and name words ({@code @putin}: the words of runs of capitalised words, a
 * cheap stand-in for named entities where the language layer has not run). Works on the folded
 * text ({@link FoldedText}), so spellings with and without accents meet; capitals are read from
 * the stored text through the fold's offset map.
 *
 * <p>Names are single words, not phrases: "Warren Jeffs", "Jeffs" and "Mr. Jeffs" must meet, and a
 * long run ("Attorney General Wally Oppal") is one article's phrase but shares its words. A line in
 * headline case ("Quake Hits Island Off Iran") or capitals says nothing about names, so its
 * capitals are not read. Web addresses give the words and dates of their path only: domains and
 * ids say who published, not what happened.
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
      + " jan feb mar apr jun jul aug sep sept oct nov dec pm gmt et pst pdt est edt"
      + " http https www com html htm org net").split(" "));

  private Analyzer() {}

  /** Term counts of {@code text}. */
  static Map<String, Integer> terms(String text) {
    Map<String, Integer> out = new HashMap<>();
    FoldedText f = FoldedText.of(text);
    String s = f.folded();
    int lineStart = 0;
    while (lineStart <= s.length()) {
      int lineEnd = s.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = s.length();
      }
      line(text, f, lineStart, lineEnd, out);
      lineStart = lineEnd + 1;
    }
    return out;
  }

  /** Adds the terms of the folded line {@code [from, to)}. */
  private static void line(String text, FoldedText f, int from, int to, Map<String, Integer> out) {
    String s = f.folded();
    boolean names = !headline(text, f, from, to);
    boolean sentenceStart = true;
    boolean inName = false;
    int i = from;
    while (i < to) {
      char ch = s.charAt(i);
      if (!Character.isLetterOrDigit(ch)) {
        if (ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == ';' || ch == ','
            || ch == '(' || ch == ')' || ch == '"') {
          inName = false;
          sentenceStart |= ch != ',' && ch != '(' && ch != ')' && ch != '"';
        }
        i++;
        continue;
      }
      int start = i;
      i = wordEnd(s, i, to);
      if (isUrl(s, start, i, to)) {
        i = urlWords(s, start, to, out);
        inName = false;
        continue;
      }
      String w = s.substring(start, i);
      boolean first = sentenceStart;
      sentenceStart = false;
      if (Character.isDigit(w.charAt(0))) {
        inName = false;
        int end = numberEnd(s, start, to);
        out.merge(NUMBER + s.substring(start, end), 1, Integer::sum);
        i = Math.max(i, end);
        continue;
      }
      int apo = w.indexOf('\'');
      if (apo > 0) {
        w = w.substring(0, apo); // "putin's" is "putin"
      }
      if (STOP.contains(w) || w.length() < 2) {
        inName = false;
        continue;
      }
      for (String part : w.split("-")) {
        if (part.length() > 1 && !STOP.contains(part)) {
          out.merge(Stemmer.stem(part), 1, Integer::sum);
        }
      }
      boolean capital = Character.isUpperCase(text.charAt(f.origin(start)));
      // a capital opening a sentence says nothing unless it continues a name or one follows
      if (names && capital && (!first || inName || nextCapital(text, f, i, to))) {
        out.merge(NAME + w, 1, Integer::sum);
        inName = true;
      } else {
        inName = false;
      }
    }
  }

  /** End of the word starting at {@code i}: letters and digits, joined by inner hyphens and apostrophes. */
  private static int wordEnd(String s, int i, int to) {
    while (i < to && (Character.isLetterOrDigit(s.charAt(i))
        || (s.charAt(i) == '\'' || s.charAt(i) == '-') && i + 1 < to
            && Character.isLetterOrDigit(s.charAt(i + 1)))) {
      i++;
    }
    return i;
  }

  /** End of the number starting at {@code i}: digits with inner decimal points and separators. */
  private static int numberEnd(String s, int i, int to) {
    while (i < to && (Character.isDigit(s.charAt(i))
        || (s.charAt(i) == '.' || s.charAt(i) == ',') && i + 1 < to && Character.isDigit(s.charAt(i + 1))
            && i > 0 && Character.isDigit(s.charAt(i - 1)))) {
      i++;
    }
    return i;
  }

  /** Whether the word {@code [start, end)} opens a web address. */
  private static boolean isUrl(String s, int start, int end, int to) {
    String w = s.substring(start, end);
    return (w.equals("http") || w.equals("https")) && s.startsWith("://", end)
        || w.equals("www") && end < to && s.charAt(end) == '.';
  }

  /**
   * Adds the plain words (three letters or more) and short numbers of the path of the address at
   * {@code start}; returns its end.
   */
  private static int urlWords(String s, int start, int to, Map<String, Integer> out) {
    int end = start;
    while (end < to && !Character.isWhitespace(s.charAt(end))) {
      end++;
    }
    int host = s.indexOf('/', s.indexOf("//", start) < 0 ? start : s.indexOf("//", start) + 2);
    int i = host < 0 || host > end ? end : host;
    while (i < end) {
      if (Character.isDigit(s.charAt(i))) {
        int d = i;
        while (i < end && Character.isDigit(s.charAt(i))) {
          i++;
        }
        // a year, month or day of the path is a date; longer runs are ids
        if (i - d <= 4 && (i >= end || !Character.isLetter(s.charAt(i)))) {
          out.merge(NUMBER + s.substring(d, i), 1, Integer::sum);
        }
        continue;
      }
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int w = i;
      while (i < end && Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      String word = s.substring(w, i);
      if (word.length() >= 3 && word.chars().allMatch(Character::isLetter) && !STOP.contains(word)) {
        out.merge(Stemmer.stem(word), 1, Integer::sum);
      }
    }
    return end;
  }

  /** Whether the next word after {@code i} on the line starts with a capital. */
  private static boolean nextCapital(String text, FoldedText f, int i, int to) {
    String s = f.folded();
    while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '-')) {
      i++;
    }
    return i < to && Character.isLetter(s.charAt(i)) && Character.isUpperCase(text.charAt(f.origin(i)));
  }

  /**
   * Whether the line {@code [from, to)} is in headline case or capitals: three words at least,
   * and most words that are not short function words capitalised.
   */
  private static boolean headline(String text, FoldedText f, int from, int to) {
    String s = f.folded();
    int words = 0;
    int capitals = 0;
    int i = from;
    while (i < to) {
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < to && Character.isLetter(s.charAt(i))) {
        i++;
      }
      if (i - start <= 3 && STOP.contains(s.substring(start, i))) {
        continue; // "of", "the", "in" stay lower case in headline case
      }
      words++;
      capitals += Character.isUpperCase(text.charAt(f.origin(start))) ? 1 : 0;
    }
    return words >= 3 && capitals * 5 >= words * 4;
  }
}
