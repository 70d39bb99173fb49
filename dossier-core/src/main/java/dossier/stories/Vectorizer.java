package dossier.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the TF-IDF vectors of a corpus: terms from {@link Analyzer} (analysed in parallel),
 * document frequencies over the whole corpus, weight {@code (1 + ln tf) * idf}, names and numbers
 * weighted {@link StoryParams#nameBoost} more, the {@link StoryParams#maxTerms} heaviest kept,
 * unit length. Terms of one article only are kept: they link nothing, but they are what sets it
 * apart, and dropping them makes articles of a small corpus look alike.
 */
final class Vectorizer {
  /**
   * An article to vectorise.
   *
   * @param entityIds resolved entity ids of its mentions (one per mention), or null to use the
   *     name-like phrases of the text instead
   */
  record Input(String id, String text, List<String> entityIds, EventTime time) {}

  /**
   * Documents a term is taken to be absent from beyond the corpus: idf is
   * {@code ln((n + PRIOR_DOCS) / (df + 1))}, so on a handful of articles a term in all of them
   * weighs next to nothing, while on thousands this is plain idf.
   */
  static final double PRIOR_DOCS = 3;
  /**
   * The lead (title and first sentences, to the first sentence end after this many characters)
   * states the event; its terms weigh {@link #LEAD_BOOST} times more than the rest, which
   * recalls background and other events.
   */
  static final int LEAD_CHARS = 300;
  static final double LEAD_BOOST = 2;
  /** Bit marking "this term occurs in the lead" in an article's term counts. */
  private static final int LEAD = 1 << 30;
  private final StoryParams params;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  Vectorizer(StoryParams params) {
    this.params = params;
  }

  /** The term behind an id. */
  String term(int id) {
    return names.get(id);
  }

  /** The id of a term, or -1 when no article had it. */
  int id(String term) {
    return ids.getOrDefault(term, -1);
  }

  private final List<int[][]> coded = new ArrayList<>();
  private final List<Input> inputs = new ArrayList<>();
  private int[] df = new int[0];

  /** Vectors of {@code inputs}, in their order. */
  List<StoryDoc> vectors(List<Input> inputs) {
    addAll(inputs);
    return finish();
  }

  /**
   * Counts the terms of {@code chunk} (in parallel) and keeps them as term ids; texts are not kept
   * (an input is kept without its text), so a corpus is vectorised a chunk at a time in bounded
   * memory.
   */
  void addAll(List<Input> chunk) {
    List<Map<String, Integer>> counts = chunk.parallelStream().map(Vectorizer::counts).toList();
    for (int i = 0; i < chunk.size(); i++) {
      add(chunk.get(i), counts.get(i));
    }
  }

  /** Adds one article whose terms were counted already ({@link #counts}, e.g. on a Spark executor). */
  void add(Input in, Map<String, Integer> m) {
    int[] t = new int[m.size()];
    int[] c = new int[m.size()];
    int k = 0;
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      t[k] = ids.computeIfAbsent(e.getKey(), s -> {
        names.add(s);
        return names.size() - 1;
      });
      c[k++] = e.getValue();
    }
    if (df.length < names.size()) {
      df = Arrays.copyOf(df, Math.max(names.size(), df.length * 2));
    }
    for (int x : t) {
      df[x]++;
    }
    coded.add(new int[][] {t, c});
    inputs.add(new Input(in.id(), null, null, in.time()));
  }

  /**
   * The vectors of the articles added since the last call, weighted by document frequencies of a
   * larger corpus than the one added ({@code dfOf}: a term's frequency among {@code n} articles; at
   * least 1 for a term added here): a window of a corpus weighs its terms as the whole corpus does.
   */
  List<StoryDoc> finish(java.util.function.ToIntFunction<String> dfOf, int n) {
    int[] global = new int[names.size()];
    for (int t = 0; t < global.length; t++) {
      global[t] = Math.max(1, dfOf.applyAsInt(names.get(t)));
    }
    List<StoryDoc> out = new ArrayList<>(coded.size());
    for (int i = 0; i < coded.size(); i++) {
      out.add(vector(inputs.get(i), coded.get(i), global, n));
    }
    coded.clear();
    inputs.clear();
    return out;
  }

  /** The vectors of the articles added since the last call, in the order added. */
  List<StoryDoc> finish() {
    int n = coded.size();
    List<StoryDoc> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(vector(inputs.get(i), coded.get(i), df, n));
      coded.set(i, null);
    }
    coded.clear();
    inputs.clear();
    return out;
  }

  static Map<String, Integer> counts(Input in) {
    Map<String, Integer> m = Analyzer.terms(in.text());
    String t = in.text();
    int cut = Math.min(t.length(), LEAD_CHARS);
    while (cut < t.length() && ".\n".indexOf(t.charAt(cut)) < 0) {
      cut++;
    }
    for (String k : Analyzer.terms(t.substring(0, cut)).keySet()) {
      m.computeIfPresent(k, (x, c) -> c | LEAD);
    }
    if (in.entityIds() != null) {
      m.keySet().removeIf(x -> x.startsWith(Analyzer.NAME));
      in.entityIds().forEach(e -> m.merge(Analyzer.NAME + e, 1, Integer::sum));
    }
    return m;
  }

  private StoryDoc vector(Input in, int[][] coded, int[] df, int n) {
    int[] t = coded[0];
    int[] c = coded[1];
    Integer[] order = new Integer[t.length];
    double[] w = new double[t.length];
    int kept = 0;
    double norm = 0;
    for (int k = 0; k < t.length; k++) {
      String s = names.get(t[k]);
      double idf = Math.log((n + PRIOR_DOCS) / (df[t[k]] + 1.0));
      double boost = s.startsWith(Analyzer.NAME) ? params.nameBoost()
          : s.startsWith(Analyzer.NUMBER) && df[t[k]] > 1 ? params.numberBoost() : 1;
      if ((c[k] & LEAD) != 0) {
        boost *= LEAD_BOOST;
      }
      w[k] = (1 + Math.log(c[k] & ~LEAD)) * idf * boost;
      order[kept++] = k;
    }
    capNumbers(t, w);
    Integer[] sorted = Arrays.copyOf(order, kept);
    Arrays.sort(sorted, (a, b) -> Double.compare(w[b], w[a]));
    int m = Math.min(kept, params.maxTerms());
    for (int k = 0; k < m; k++) {
      norm += w[sorted[k]] * w[sorted[k]];
    }
    norm = Math.sqrt(norm);
    int[] terms = new int[m];
    float[] weights = new float[m];
    for (int k = 0; k < m; k++) {
      terms[k] = t[sorted[k]];
      weights[k] = (float) (w[sorted[k]] / norm);
    }
    EventTime e = in.time();
    return new StoryDoc(in.id(), terms, weights, e.lo(), e.hi(), e.dayOfYear());
  }

  /**
   * Scales down the heaviest numbers of one article so that none carries more than
   * {@link StoryParams#numberShare} of its squared weight: boosted, one number repeated through a
   * short report would otherwise be most of its vector, and any report of another event with that
   * number (a count, an age, a year: common among thousands of reports) would look like the same
   * event on that coincidence alone. Several numbers shared still add up, as reports of one event
   * share several of its figures.
   */
  private void capNumbers(int[] t, double[] w) {
    double total = 0;
    List<Integer> nums = new ArrayList<>();
    for (int k = 0; k < t.length; k++) {
      total += w[k] * w[k];
      if (names.get(t[k]).startsWith(Analyzer.NUMBER)) {
        nums.add(k);
      }
    }
    nums.sort((a, b) -> Double.compare(w[b], w[a]));
    double x = params.numberShare();
    // with the c heaviest numbers capped, each at x of the new total, the rest (sum of squares
    // "rest") makes up 1 - c x of it: new total = rest / (1 - c x)
    double rest = total;
    int c = 0;
    while (c < nums.size() && (c + 1) * x < 1) {
      double wk = w[nums.get(c)];
      if (wk * wk <= x * rest / (1 - c * x)) {
        break;
      }
      rest -= wk * wk;
      c++;
    }
    if (c == 0 || rest <= 0) {
      return;
    }
    double cap = Math.sqrt(x * rest / (1 - c * x));
    for (int i = 0; i < c; i++) {
      w[nums.get(i)] = cap;
    }
  }
}
