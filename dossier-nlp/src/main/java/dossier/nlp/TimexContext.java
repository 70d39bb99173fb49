package dossier.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The words around a time expression in its sentence, which the value rules read. */
final class TimexContext {
  private TimexContext() {}

  /** The sentence holding the start of {@code t}, or null. */
  static NlpDoc.Sentence sentence(NlpDoc doc, NlpDoc.Timex t) {
    for (NlpDoc.Sentence s : doc.sentences()) {
      if (s.start() <= t.start() && t.start() < s.end()) {
        return s;
      }
    }
    return null;
  }

  /** The tokens of the sentence holding {@code t}, or none. */
  static List<NlpDoc.Token> tokens(NlpDoc doc, NlpDoc.Timex t) {
    NlpDoc.Sentence s = sentence(doc, t);
    return s == null ? List.of() : s.tokens();
  }

  /** The index of the first token of {@code t} in its sentence's tokens (the words before it end there). */
  static int firstTokenOf(List<NlpDoc.Token> ts, NlpDoc.Timex t) {
    int at = 0;
    while (at < ts.size() && ts.get(at).end() <= t.start()) {
      at++;
    }
    return at;
  }

  /** The word right before {@code t}, or "". */
  static String previousWord(NlpDoc doc, NlpDoc.Timex t) {
    String w = "";
    for (NlpDoc.Token k : tokens(doc, t)) {
      if (k.end() > t.start()) {
        break;
      }
      w = k.word();
    }
    return w;
  }

  /** The word right after {@code t}, or "". */
  static String nextWord(NlpDoc doc, NlpDoc.Timex t) {
    for (NlpDoc.Token k : tokens(doc, t)) {
      if (k.start() >= t.end()) {
        return k.start() <= t.end() + 1 ? k.word() : "";
      }
    }
    return "";
  }

  /** The {@code n}th word after {@code t} in its sentence (1: the next one), or "". */
  static String wordAfter(NlpDoc doc, NlpDoc.Timex t, int n) {
    List<NlpDoc.Token> ts = tokens(doc, t);
    for (int i = 0; i < ts.size(); i++) {
      if (ts.get(i).start() >= t.end()) {
        return i + n - 1 < ts.size() ? ts.get(i + n - 1).word() : "";
      }
    }
    return "";
  }

  /** Whether the next word after {@code t} (past a hyphen) is one of {@code words}: "year-ago". */
  static boolean followedBy(NlpDoc doc, NlpDoc.Timex t, String... words) {
    for (NlpDoc.Token k : tokens(doc, t)) {
      if (k.start() >= t.end() && k.start() <= t.end() + 1) {
        String w = k.word().replaceFirst("^-", "").toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
          continue;
        }
        return Arrays.asList(words).contains(w.replaceFirst("-.*", ""));
      }
    }
    return false;
  }

  /** Whether the sentence of {@code t} holds {@code word} or its plural. */
  static boolean sentenceSays(NlpDoc doc, NlpDoc.Timex t, String word) {
    return tokens(doc, t).stream().anyMatch(k -> k.word().equalsIgnoreCase(word)
        || k.word().equalsIgnoreCase(word + "s"));
  }

  /** The index of the token of {@code ts} that starts where {@code t} starts, or -1. */
  static int startingAt(List<NlpDoc.Token> ts, NlpDoc.Timex t) {
    for (int i = 0; i < ts.size(); i++) {
      if (ts.get(i).start() == t.start()) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the token of {@code ts} that ends where {@code t} ends, or -1. */
  static int endingAt(List<NlpDoc.Token> ts, NlpDoc.Timex t) {
    for (int i = 0; i < ts.size(); i++) {
      if (ts.get(i).end() == t.end()) {
        return i;
      }
    }
    return -1;
  }

  /** The words of tokens {@code from} to {@code to} (inclusive), a space where the text has one. */
  static String join(List<NlpDoc.Token> ts, int from, int to) {
    StringBuilder b = new StringBuilder(ts.get(from).word());
    for (int k = from + 1; k <= to; k++) {
      if (ts.get(k).start() > ts.get(k - 1).end()) {
        b.append(' ');
      }
      b.append(ts.get(k).word());
    }
    return b.toString();
  }
}
