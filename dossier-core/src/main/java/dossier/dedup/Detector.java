package dossier.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Finds verified pairs: signatures give band keys, shared keys give candidate pairs, and each
 * candidate is verified on the exact shingle sets of the two texts. Texts are fetched in chunks
 * of a few thousand articles through {@link Texts}, so a dossier holds signatures in memory, not
 * texts. Signing and verifying run on the common fork-join pool.
 */
public final class Detector {
  private static final int CHUNK = 4000;

  /** Fetches article texts by id (from memory, or from a store in one query). */
  @FunctionalInterface
  public interface Texts {
    Map<String, String> load(Collection<String> ids);
  }

  private final DedupConfig cfg;
  private final Signer signer;
  private final Verifier verifier;

  public Detector(DedupConfig cfg) {
    this.cfg = cfg;
    this.signer = new Signer(cfg);
    this.verifier = new Verifier(cfg);
  }

  /** The configuration. */
  public DedupConfig config() {
    return cfg;
  }

  /** The signature of one text. */
  public Signature sign(String articleId, String text) {
    return signer.sign(articleId, text);
  }

  /**
   * Candidate pairs as indices into {@code sigs}: {@code (a << 32) | b}, {@code a < b}.
   *
   * @param isNew which signatures are new (pairs of two old ones are left out), or null for all
   */
  public long[] candidates(List<Signature> sigs, boolean[] isNew) {
    return CandidatePairs.of(sigs, isNew, cfg);
  }

  /** Verifies candidate pairs: copies and shared passages, in pair order. */
  public List<Match> verify(List<Signature> sigs, long[] pairs, Texts texts) {
    List<Match> out = new ArrayList<>();
    int from = 0;
    while (from < pairs.length) {
      Set<String> ids = new LinkedHashSet<>();
      int to = from;
      while (to < pairs.length && ids.size() < CHUNK) {
        ids.add(sigs.get((int) (pairs[to] >>> 32)).articleId());
        ids.add(sigs.get((int) pairs[to]).articleId());
        to++;
      }
      Map<String, String> text = texts.load(ids);
      List<String> idList = List.copyOf(ids);
      long[][] sh = new long[idList.size()][];
      IntStream.range(0, idList.size()).parallel()
          .forEach(k -> sh[k] = signer.shingles(text.get(idList.get(k))));
      Map<String, long[]> shingles = new HashMap<>();
      for (int k = 0; k < sh.length; k++) {
        shingles.put(idList.get(k), sh[k]);
      }
      IntStream.range(from, to).parallel().mapToObj(p -> {
        Signature a = sigs.get((int) (pairs[p] >>> 32));
        Signature b = sigs.get((int) pairs[p]);
        return verifier.verify(a, shingles.get(a.articleId()), b, shingles.get(b.articleId()));
      }).filter(Objects::nonNull).forEachOrdered(out::add);
      from = to;
    }
    return out;
  }

  /**
   * The band keys of one signature: articles sharing a key are candidate pairs (the Spark job's
   * bucket keys; {@link #candidates} does the same over an in-memory list).
   */
  public long[] bandKeys(Signature s) {
    return BandKeys.of(s, cfg);
  }

  /**
   * Verifies one candidate pair from its signatures and texts: a copy or shared passage, else
   * null. {@code a} is the pair's first article as {@link #candidates} orders them.
   */
  public Match verifyPair(Signature a, String textA, Signature b, String textB) {
    return verifier.verify(a, signer.shingles(textA), b, signer.shingles(textB));
  }

  /** The distinct word shingles of a text, ascending (for exact comparisons). */
  public long[] shingles(String text) {
    return signer.shingles(text);
  }

  /** {@code max(Jaccard, containment of the shorter in the longer)} of two shingle sets. */
  public static double similarity(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int common = Shingles.common(a, b);
    double j = common / (double) (a.length + b.length - common);
    return Math.max(j, common / (double) Math.min(a.length, b.length));
  }

  /** Exact similarity of two texts, as the verifier sees it (groups compare copies with it). */
  Match compare(String idA, String textA, String idB, String textB) {
    Signature a = sign(idA, textA);
    Signature b = sign(idB, textB);
    Match m = verifier.verify(a, signer.shingles(textA), b, signer.shingles(textB));
    return m != null ? m : new Match(idA, idB, 0, 0, 0, 0, false, false);
  }
}
