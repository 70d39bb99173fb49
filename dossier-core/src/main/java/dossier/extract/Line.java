package dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a page with the cheap features the classifiers share. {@code text} is trimmed, with
 * no-break spaces made plain and a leading bullet marker ("* ", "+ ", "•", "- ") removed.
 */
record Line(int no, String raw, String text, boolean bullet, int words, boolean sentenceEnd) {
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[*+•·▪●◦■-]|\\d{1,2}[.)])\\s+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

  /** Splits a page into lines, 1-based. */
  static List<Line> split(String page) {
    String[] parts = page.split("\r\n|\r|\n", -1);
    List<Line> out = new ArrayList<>(parts.length);
    for (int i = 0; i < parts.length; i++) {
      out.add(of(i + 1, parts[i]));
    }
    return out;
  }

  static Line of(int no, String raw) {
    String t = clean(raw);
    boolean bullet = false;
    Matcher m = BULLET.matcher(t);
    if (!raw.isEmpty() && Character.isWhitespace(raw.charAt(0)) && m.find()) {
      bullet = true;
      t = t.substring(m.end());
    } else if (t.startsWith("•") || t.startsWith("* ")) {
      bullet = true;
      t = t.substring(1).trim();
    }
    return new Line(no, raw, t, bullet, countWords(t), endsSentence(t));
  }

  boolean blank() {
    return text.isEmpty();
  }

  /** Rough word count; a run of CJK characters counts one word per two characters. */
  static int countWords(String s) {
    int n = 0;
    int cjk = 0;
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      n++;
    }
    for (int i = 0; i < s.length(); i++) {
      if (isCjk(s.charAt(i))) {
        cjk++;
      }
    }
    return cjk > 0 ? Math.max(n, cjk / 2) : n;
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
