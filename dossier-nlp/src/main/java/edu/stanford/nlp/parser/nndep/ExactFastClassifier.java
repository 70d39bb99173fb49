package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's neural dependency parser's scorer, computed faster with bit-identical results, so the
 * parses stay exactly those of {@link Classifier}. Profiling the events stage showed 73 % of its
 * CPU in {@code Classifier.computeScores}: dot products whose one running sum per output unit is a
 * chain of dependent additions (the JIT may not reorder floating-point sums). Here every output
 * unit still sums the same terms in the same order from the same start, but the loops run over
 * the units in the inner loop (weights transposed once), so the units' sums proceed side by side
 * and vectorise. The embedding slices the original caches in a synchronised LRU of 5,000 are kept
 * in a lock-free cache of two generations of 5,000.
 *
 * <p>It lives in CoreNLP's package because {@code computeScores(int[])}, the one method the parser
 * calls, is package-private; {@link #install} swaps it into a loaded parser (reflection on the
 * parser's private fields, read once). If CoreNLP's arithmetic is ever not the one mirrored here
 * ({@code numCached == 0} selects another summation), it leaves the parser as it is.
 */
public final class ExactFastClassifier extends Classifier {
  /**
   * Entries of one generation of the slice cache (4 KB each at 1,000 hidden units; two
   * generations at most: 40 MB, twice CoreNLP's own cache). A slice costs 50,000 multiply-adds
   * the JIT cannot vectorise (each float product is widened to double). 16,000 a generation
   * measured no faster on the bench's 92 articles.
   */
  private static final int GENERATION = 5_000;

  private final int hidden;
  private final int embedding;
  /** W1 transposed: row {@code c} is column {@code c} of W1 (one weight per hidden unit). */
  private final float[][] w1t;
  /**
   * W2 transposed, widened to double (exactly, as the original widens each weight before its
   * product): row {@code h} holds hidden unit {@code h}'s weight for every label. In double the
   * loop over labels vectorises; a float-to-double conversion inside it would not (Java 17).
   */
  private final double[][] w2t;
  private final float[][] e;
  private final float[] b1;
  private final int labels;
  private final double[][] saved;
  private final IntMap pre;
  /** The slice cache in two generations: hits in the old one move to the new one (nearly LRU). */
  private volatile Map<Integer, float[]> slices = new ConcurrentHashMap<>();
  private volatile Map<Integer, float[]> older = Map.of();

  private ExactFastClassifier(Config config, Classifier old, double[][] saved,
      Map<Integer, Integer> preMap) {
    super(config, old.getE(), old.getW1(), old.getb1(), old.getW2(), List.of());
    this.hidden = config.hiddenSize;
    this.embedding = config.embeddingSize;
    float[][] w1 = old.getW1();
    this.w1t = transpose(w1);
    float[][] w2 = old.getW2();
    this.w2t = widen(transpose(w2));
    this.labels = w2.length;
    this.e = old.getE();
    this.b1 = old.getb1();
    this.saved = saved;
    this.pre = new IntMap(preMap);
  }

  /**
   * Puts the exact fast scorer into {@code parser} (a loaded, not a training parser). Returns
   * whether it did; when CoreNLP's fields are not as expected the parser is left untouched.
   */
  public static boolean install(DependencyParser parser) {
    try {
      Field cf = DependencyParser.class.getDeclaredField("classifier");
      cf.setAccessible(true);
      Classifier old = (Classifier) cf.get(parser);
      if (old == null || old instanceof ExactFastClassifier) {
        return old != null;
      }
      Config config = (Config) field(old, "config");
      boolean training = (Boolean) field(old, "isTraining");
      double[][] saved = (double[][]) field(old, "saved");
      @SuppressWarnings("unchecked")
      Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(old, "preMap");
      if (training || config.numCached == 0 || saved == null || preMap == null
          || Config.numTokens * config.embeddingSize != old.getW1()[0].length) {
        return false; // another summation path or layout than the one mirrored here
      }
      ExactFastClassifier fast = new ExactFastClassifier(config, old, saved, preMap);
      // the superclass allocated training histories the parser never uses
      for (String name : new String[] {"eg2E", "eg2W1", "eg2W2", "eg2b1"}) {
        Field f = Classifier.class.getDeclaredField(name);
        f.setAccessible(true);
        f.set(fast, null);
      }
      cf.set(parser, fast);
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  private static Object field(Classifier c, String name) throws ReflectiveOperationException {
    Field f = Classifier.class.getDeclaredField(name);
    f.setAccessible(true);
    return f.get(c);
  }

  private static double[][] widen(float[][] m) {
    double[][] d = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      d[i] = new double[m[i].length];
      for (int j = 0; j < m[i].length; j++) {
        d[i][j] = m[i][j];
      }
    }
    return d;
  }

  private static float[][] transpose(float[][] m) {
    float[][] t = new float[m[0].length][m.length];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m[i].length; j++) {
        t[j][i] = m[i][j];
      }
    }
    return t;
  }

  /**
   * {@code Classifier.computeScores(int[], preMap)} with {@code numCached > 0}, term for term: the
   * hidden layer adds, feature by feature, the precomputed activation (double) or the embedding
   * slice W1[:, slot] E[tok] summed in double from 0 and rounded to float; then b1 and the cube;
   * then each label's score is the sum over hidden units, in order, of h * W2[label][unit].
   */
  @Override
  double[] computeScores(int[] feature) {
    double[] h = new double[hidden];
    int offset = 0;
    for (int j = 0; j < feature.length; j++) {
      int tok = feature[j];
      int index = tok * Config.numTokens + j;
      int idx = pre.get(index);
      if (idx >= 0) {
        double[] s = saved[idx];
        for (int i = 0; i < hidden; i++) {
          h[i] += s[i];
        }
      } else {
        float[] s = slice(index, tok, offset);
        for (int i = 0; i < hidden; i++) {
          h[i] += s[i];
        }
      }
      offset += embedding;
    }
    for (int i = 0; i < hidden; i++) {
      double x = h[i] + b1[i];
      h[i] = x * x * x;
    }
    double[] scores = new double[labels];
    for (int i = 0; i < hidden; i++) {
      double x = h[i];
      double[] w = w2t[i];
      for (int r = 0; r < labels; r++) {
        scores[r] += x * w[r];
      }
    }
    return scores;
  }

  /** W1[:, offset .. offset + embedding) times E[tok], as {@code matrixMultiplySlice}: cached. */
  private float[] slice(int index, int tok, int offset) {
    Map<Integer, float[]> young = slices;
    float[] s = young.get(index);
    if (s != null) {
      return s;
    }
    s = older.get(index);
    if (s == null) {
      float[] v = e[tok];
      double[] acc = new double[hidden];
      for (int k = 0; k < v.length; k++) {
        float x = v[k];
        float[] w = w1t[offset + k];
        for (int i = 0; i < hidden; i++) {
          acc[i] += w[i] * x;
        }
      }
      s = new float[hidden];
      for (int i = 0; i < hidden; i++) {
        s[i] = (float) acc[i];
      }
    }
    young.put(index, s);
    if (young.size() >= GENERATION) {
      synchronized (this) {
        if (slices == young) {
          older = young; // values are recomputed identically when evicted
          slices = new ConcurrentHashMap<>();
        }
      }
    }
    return s;
  }

  /** The precomputed features' rows: an open-addressing int map, -1 when absent. */
  private static final class IntMap {
    private final int[] keys;
    private final int[] values;
    private final int mask;

    IntMap(Map<Integer, Integer> m) {
      int cap = Integer.highestOneBit(Math.max(4, m.size() * 2 - 1)) << 1;
      keys = new int[cap];
      values = new int[cap];
      mask = cap - 1;
      java.util.Arrays.fill(values, -1);
      m.forEach((k, v) -> {
        int i = mix(k) & mask;
        while (values[i] >= 0) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        values[i] = v;
      });
    }

    int get(int k) {
      int i = mix(k) & mask;
      while (values[i] >= 0) {
        if (keys[i] == k) {
          return values[i];
        }
        i = (i + 1) & mask;
      }
      return -1;
    }

    private static int mix(int k) {
      int h = k * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }
}
