package dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a page with the cheap features the classifiers share. {@code text} is trimmed, with
 * no-break spaces made plain and a leading bullet marker ("* ", "+ ", "•", "- ") removed.
 */
record Line(
    int no, String raw, String text, boolean bullet, int words, int function, boolean sentenceEnd) {
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[*+•·▪●◦■#o-]|\\d{1,2}[.)])\\s+");
  private static final Pattern IMAGES = Pattern.compile("^(?:\\[[^\\]]{0,60}\\]\\s*)+(?=\\p{L})");

  /** Splits a page into lines, 1-based. */
  static List<Line> split(String page) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    int len = page.length();
    for (int i = 0; i < len; i++) {
      char c = page.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(of(out.size() + 1, page.substring(start, i)));
        if (c == '\r' && i + 1 < len && page.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(of(out.size() + 1, page.substring(start)));
    return out;
  }

  static Line of(int no, String raw) {
    String t = clean(raw);
    boolean bullet = false;
    Matcher m;
    if (!raw.isEmpty() && Character.isWhitespace(raw.charAt(0)) && !t.isEmpty()
        && (m = BULLET.matcher(t)).lookingAt()) {
      bullet = true;
      t = t.substring(m.end());
    } else if (t.startsWith("•") || t.startsWith("* ")) {
      bullet = true;
      t = t.substring(1).trim();
    }
    // A text browser prints images as "[alt]" ahead of the paragraph they sit in.
    if (t.startsWith("[") && (m = IMAGES.matcher(t)).lookingAt()) {
      t = t.substring(m.end());
    }
    long counts = scan(t);
    return new Line(no, raw, t, bullet, (int) (counts >>> 32), (int) counts, endsSentence(t));
  }

  /**
   * The text as a reader sees it: a list paragraph keeps its marker ("• ", "* ", "- "); a letter
   * or number marker of a text browser's nested menus ("o ", "1.") is dropped with the rest.
   */
  String shown() {
    if (!bullet) {
      return text;
    }
    String c = clean(raw);
    char m = c.isEmpty() ? 'a' : c.charAt(0);
    return Character.isLetterOrDigit(m) ? text : m + " " + text;
  }

  boolean blank() {
    return text.isEmpty();
  }

  /** Rough word count; a run of CJK characters counts one word per two characters. */
  static int countWords(String s) {
    return (int) (scan(s) >>> 32);
  }

  /** Number of common function words ("the", "und", "de"...) of a few languages in {@code s}. */
  static int countFunctionWords(String s) {
    return (int) scan(s);
  }

  /** One pass over the words of {@code s}: words in the high half, function words in the low. */
  private static long scan(String s) {
    int n = 0;
    int f = 0;
    int cjk = 0;
    int len = s.length();
    int i = 0;
    while (i < len) {
      char c = s.charAt(i);
      if (isCjk(c)) {
        cjk++;
      }
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < len && (Character.isLetterOrDigit(s.charAt(i)) || isJoiner(s, i))) {
        if (isCjk(s.charAt(i))) {
          cjk++;
        }
        i++;
      }
      n++;
      if (LanguageGuesser.isFunctionWord(s, start, i)) {
        f++;
      }
    }
    long words = cjk > 0 ? Math.max(n, cjk / 2) : n;
    return words << 32 | f;
  }

  private static boolean isJoiner(String s, int i) {
    char c = s.charAt(i);
    return (c == '\'' || c == '’' || c == '-') && i + 1 < s.length()
        && Character.isLetterOrDigit(s.charAt(i + 1));
  }

  /** Whether the line has the share of function words running text has (CJK text always). */
  boolean readsAsText() {
    if (function * 8 >= words) {
      return true;
    }
    // Tag clouds and keyword rows have neither function words nor punctuation.
    int marks = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || isCjk(c)) {
        marks++;
      }
    }
    return marks * 12 >= words;
  }

  /** Whether {@code raw} has single plain spaces only and none at its ends (most prose lines). */
  private static boolean isClean(String raw) {
    int len = raw.length();
    if (len == 0 || raw.charAt(0) == ' ' || raw.charAt(len - 1) == ' ') {
      return len == 0;
    }
    for (int i = 0; i < len; i++) {
      char c = raw.charAt(i);
      if (c == ' ' ? raw.charAt(i + 1) == ' '
          : c <= ' ' || c >= '\u0080' && (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b'
              || c == '\ufeff')) {
        return false;
      }
    }
    return true;
  }

  static boolean isCjk(char c) {
    return (c >= '\u3040' && c <= '\u30ff') || (c >= '\u4e00' && c <= '\u9fff')
        || (c >= '\uac00' && c <= '\ud7af');
  }

  /** Whether the line ends like a sentence (closing quotes and brackets allowed after the stop). */
  static boolean endsSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && "\"'”’»)]".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = s.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？'
        || c == ':' && i < s.length() - 1 || (i < s.length() - 1 && s.charAt(i + 1) == '”');
  }

  private static String clean(String raw) {
    if (isClean(raw)) {
      return raw;
    }
    StringBuilder b = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
