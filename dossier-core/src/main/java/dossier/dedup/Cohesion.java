package dossier.dedup;

import dossier.model.Article;
import dossier.model.ArticleFlag;
import dossier.model.Span;
import dossier.text.FoldedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an article stitched from unrelated reports by its own text, when its pieces are not in the
 * dossier: paragraphs are compared by lexical cohesion (cosine of log-scaled counts of content
 * words). A cut is a boundary where the {@link #WINDOW} paragraphs on each side share almost
 * nothing and the whole text before it shares almost nothing with the whole text after it; the
 * article is composite when it falls into pieces of at least {@link #MIN_PIECE} paragraphs.
 * Conservative on purpose: a normal news article keeps naming its people, places and subject from
 * paragraph to paragraph, so background paragraphs and quotes never make a cut (measured on the
 * sample corpus: normal articles keep at least 0.05 between halves, a stitched one 0.00). Pieces on
 * one broad subject share too many words to be found here; {@link Stitching} looks for those.
 */
public final class Cohesion {
  /** The flag's detail starts with this, so later runs can tell this signal's flags apart. */
  public static final String DETAIL = "paragraphs jump between unrelated topics: ";
  static final int MIN_PARAGRAPHS = 6;
  static final int MIN_PIECE = 3;
  static final int WINDOW = 2;
  /** Windows on both sides of a boundary this close or closer are a cut. */
  static final double CUT = 0.02;
  /** Two pieces this close or closer as wholes are unrelated. */
  static final double APART = 0.02;

  private static final Set<String> STOP = new java.util.HashSet<>(List.of(("about above after again against also and any are"
      + " because been before being below between both but can could did does doing down during each"
      + " few for from further had has have having her here hers him his how into its just more most"
      + " nor not now off once only other our out over own same she should some such than that the"
      + " their them then there these they this those through too under until very was were what"
      + " when where which while who whom why will with would you your said says say told tell"
      + " according also one two three four five six first last year years month months week weeks"
      + " day days time times people may might must per since among around yet still however"
      + " monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow"
      + " january february march april june july august september october november december"
      + " new like well even back made make many much who all get got going take took added"
      + " including way part").split(" ")));

  private static final java.util.regex.Pattern WORD_BREAK =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private Cohesion() {}

  /** A {@code composite} flag for {@code a} when its paragraphs fall into unrelated pieces. */
  static Optional<ArticleFlag> check(Article a) {
    return check(a, words(paragraphs(a)));
  }

  /** The check over the content words of each paragraph ({@link #words(List)}). */
  static Optional<ArticleFlag> check(Article a, List<List<String>> paraWords) {
    if (paraWords.size() < MIN_PARAGRAPHS) {
      return Optional.empty();
    }
    List<Map<String, Double>> vec = vectors(paraWords);
    List<int[]> pieces = pieces(vec);
    if (pieces.size() < 2) {
      return Optional.empty();
    }
    StringBuilder d = new StringBuilder(DETAIL);
    for (int[] p : pieces) {
      d.append(d.length() > DETAIL.length() ? ", " : "").append(p[0] + 1).append('-').append(p[1]);
    }
    d.append(" look like separate reports (paragraphs numbered from 1)");
    return Optional.of(new ArticleFlag(a.id(), "composite", d.toString(), List.of()));
  }

  /** Whether {@code f} came from this signal (stored flags are told apart by their detail). */
  public static boolean mine(ArticleFlag f) {
    return "composite".equals(f.flag()) && f.detail() != null && f.detail().startsWith(DETAIL);
  }

  /** The pieces as [first, end) paragraph ranges, or one range when the article holds together. */
  static List<int[]> pieces(List<Map<String, Double>> vec) {
    int n = vec.size();
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int b = MIN_PIECE; b <= n - MIN_PIECE; b++) {
      if (b - start < MIN_PIECE) {
        continue;
      }
      double s = cosine(sum(vec, Math.max(0, b - WINDOW), b), sum(vec, b, Math.min(n, b + WINDOW)));
      if (s <= CUT && cosine(sum(vec, start, b), sum(vec, b, n)) <= APART) {
        out.add(new int[] {start, b});
        start = b;
      }
    }
    out.add(new int[] {start, n});
    return out;
  }

  /** The paragraphs' texts: the article's spans, else blank-line blocks (some may hold no content word). */
  static List<String> paragraphs(Article a) {
    List<String> out = new ArrayList<>();
    for (Span s : a.paragraphs()) {
      out.add(a.text().substring(s.start(), s.end()));
    }
    if (out.size() < 2) {
      out.clear();
      for (String p : a.text().split("\\n\\s*\\n")) {
        if (!p.isBlank()) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /** Content words of each paragraph, paragraphs without any left out. */
  static List<List<String>> words(List<String> paras) {
    List<List<String>> out = new ArrayList<>();
    for (String p : paras) {
      List<String> w = words(p);
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Log-scaled term vectors of the paragraphs (no IDF: with a dozen paragraphs it is noise). */
  static List<Map<String, Double>> vectors(List<List<String>> paraWords) {
    List<Map<String, Integer>> tf = new ArrayList<>();
    for (List<String> p : paraWords) {
      Map<String, Integer> t = new HashMap<>();
      for (String w : p) {
        t.merge(w, 1, Integer::sum);
      }
      tf.add(t);
    }
    List<Map<String, Double>> out = new ArrayList<>();
    for (Map<String, Integer> t : tf) {
      Map<String, Double> v = new HashMap<>();
      t.forEach((w, c) -> v.put(w, (1 + Math.log(c))));
      out.add(v);
    }
    return out;
  }

  /** Content words, folded, with a crude plural strip so "talk" meets "talks". */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : WORD_BREAK.split(ascii(text) ? text.toLowerCase(java.util.Locale.ROOT)
        : FoldedText.fold(text).toLowerCase(java.util.Locale.ROOT))) {
      if (w.length() < 3 || STOP.contains(w) || Character.isDigit(w.charAt(0))) {
        continue;
      }
      out.add(w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
    }
    return out;
  }

  /** Plain ASCII needs no folding beyond case (folding builds an offset map: slow). */
  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, Double> sum(List<Map<String, Double>> vec, int from, int to) {
    Map<String, Double> out = new HashMap<>();
    for (int i = from; i < to; i++) {
      vec.get(i).forEach((w, x) -> out.merge(w, x, Double::sum));
    }
    return out;
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
    }
    double na = norm(a);
    double nb = norm(b);
    return na == 0 || nb == 0 ? 1 : dot / (na * nb);
  }

  private static double norm(Map<String, Double> v) {
    double s = 0;
    for (double x : v.values()) {
      s += x * x;
    }
    return Math.sqrt(s);
  }
}
