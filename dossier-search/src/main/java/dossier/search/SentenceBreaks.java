package dossier.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for snippets, found in one scan of the text: a sentence ends after {@code ?}
 * or {@code !}, or after {@code .} unless the next letter is lower case ("U.S. troops"), in each case
 * with any closing quotes or brackets and the white space (line breaks too) that follow; a line
 * break alone ends no sentence. For news prose this gives
 * the JDK's sentence iterator's boundaries at a fraction of its cost (its rule engine was about a
 * tenth of a search's time). Not thread-safe: one per highlighted field, as the highlighter asks.
 */
final class SentenceBreaks extends BreakIterator {
  private String text = "";
  private CharacterIterator iter = new StringCharacterIterator("");
  /** Boundaries in order: 0, the start of each later sentence, the text's length. */
  private int[] bounds = {0};
  private int n = 1;
  private int pos;

  @Override
  public void setText(String newText) {
    text = newText;
    iter = null;
    scan();
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder b = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      b.append(c);
    }
    setText(b.toString());
    iter = newText;
  }

  @Override
  public CharacterIterator getText() {
    if (iter == null) {
      iter = new StringCharacterIterator(text);
    }
    return iter;
  }

  private void scan() {
    int len = text.length();
    int[] b = new int[16];
    int k = 0;
    b[k++] = 0;
    int i = 0;
    while (i < len) {
      char c = text.charAt(i);
      int end = isTerm(c) ? sentenceEnd(i, c) : -1;
      if (end > 0 && end < len) {
        if (k == b.length) {
          b = Arrays.copyOf(b, k * 2);
        }
        b[k++] = end;
        i = end;
      } else {
        i++;
      }
    }
    if (b[k - 1] != len) {
      if (k == b.length) {
        b = Arrays.copyOf(b, k + 1);
      }
      b[k++] = len;
    }
    bounds = b;
    n = k;
    pos = 0;
  }

  /** Where the next sentence starts when the terminator at {@code i} ends one; -1 when it does not. */
  private int sentenceEnd(int i, char term) {
    int len = text.length();
    int j = i + 1;
    boolean full = term != '.'; // "?" and "!" end a sentence whatever follows
    while (j < len && isTerm(text.charAt(j))) {
      full |= text.charAt(j) != '.';
      j++; // "?!", "..."
    }
    while (j < len && isClose(text.charAt(j))) {
      j++;
    }
    int spaceStart = j;
    while (j < len && isSpace(text.charAt(j))) {
      j++; // spaces and line breaks alike belong to the sentence they follow
    }
    if (j == spaceStart) {
      return -1; // "3.5", "U.S.", "example.com": no space, no break
    }
    if (!full && (nextLetterIsLower(j) || j < len && Character.isDigit(text.charAt(j)))) {
      return -1; // "e.g. the", "U.S. troops", "Dec. 12"
    }
    return j;
  }

  /** Whether the first letter from {@code j} on (skipping opening quotes and brackets) is lower case. */
  private boolean nextLetterIsLower(int j) {
    int len = text.length();
    while (j < len && !Character.isLetterOrDigit(text.charAt(j)) && !Character.isWhitespace(text.charAt(j))
        && !isTerm(text.charAt(j))) {
      j++;
    }
    return j < len && Character.isLowerCase(text.charAt(j));
  }

  private static boolean isTerm(char c) {
    return c == '.' || c == '?' || c == '!';
  }

  private static boolean isClose(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == '\u201d' || c == '\u2019'
        || c == '\u00bb' || c == '\u203a';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u00a0' || c == '\u2029' || c == '\u2028'
        || c == '\u0085' || c == '\f' || Character.isSpaceChar(c);
  }

  @Override
  public int first() {
    pos = 0;
    return bounds[0];
  }

  @Override
  public int last() {
    pos = n - 1;
    return bounds[pos];
  }

  @Override
  public int next(int steps) {
    int p = pos + steps;
    if (p < 0 || p >= n) {
      pos = p < 0 ? 0 : n - 1;
      return DONE;
    }
    pos = p;
    return bounds[pos];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    int i = Arrays.binarySearch(bounds, 0, n, offset + 1);
    int p = i >= 0 ? i : -i - 1;
    if (p >= n) {
      pos = n - 1;
      return DONE;
    }
    pos = p;
    return bounds[pos];
  }

  @Override
  public int preceding(int offset) {
    int i = Arrays.binarySearch(bounds, 0, n, offset);
    int p = (i >= 0 ? i : -i - 1) - 1;
    if (p < 0) {
      pos = 0;
      return DONE;
    }
    pos = p;
    return bounds[pos];
  }

  @Override
  public boolean isBoundary(int offset) {
    return Arrays.binarySearch(bounds, 0, n, offset) >= 0;
  }

  @Override
  public int current() {
    return bounds[pos];
  }
}
