package dossier.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Online story clustering: articles arrive in publication order and each joins the story whose
 * centroid it is most similar to (cosine, times the time factor of the gap between the article's
 * dates and the story's span), or opens a new story when none reaches the threshold. Candidate
 * stories come from an inverted index over centroid terms, looked up with the article's heaviest
 * terms, so an article is compared with the few stories that share a distinctive term, not with all.
 * Stories whose span ended long before an article are not looked at (their time factor is nil).
 */
final class Clusterer {
  /** Heaviest terms of an article used to find candidate stories. */
  private static final int PROBE_TERMS = 12;
  /** Most recent stories looked at per probe term. */
  private static final int POSTING_SCAN = 200;
  /** Gap beyond which the time factor is negligible: such stories are skipped. */
  private final long horizonDays;

  private final StoryParams params;
  private final List<Cluster> clusters = new ArrayList<>();
  private final Map<Integer, List<Integer>> index = new HashMap<>();

  Clusterer(StoryParams params) {
    this.params = params;
    this.horizonDays = params.slackDays() + (long) Math.ceil(params.scaleDays() * 6);
  }

  /** A story being built: the sum of its members' vectors and its span. */
  static final class Cluster {
    final Map<Integer, Double> sum = new HashMap<>();
    final List<StoryDoc> members = new ArrayList<>();
    double norm2;
    long lo = StoryDoc.UNDATED;
    long hi = StoryDoc.UNDATED;
    /** Day of year of the first member known only by that, when the story has no span. */
    int day = EventTime.NO_DAY;

    double similarity(StoryDoc d) {
      double dot = 0;
      for (int k = 0; k < d.terms().length; k++) {
        Double v = sum.get(d.terms()[k]);
        if (v != null) {
          dot += v * d.weights()[k];
        }
      }
      return norm2 == 0 ? 0 : dot / Math.sqrt(norm2);
    }
  }

  /**
   * Story {@code ci}'s centroid as an article vector (unit length, heaviest {@code maxTerms} terms),
   * with its span: what story merging and storylines compare.
   */
  StoryDoc centroid(int ci) {
    Cluster c = clusters.get(ci);
    return StoryDoc.of(Integer.toString(ci), c.sum, params.maxTerms(), c.lo, c.hi);
  }

  /** The stories so far, in the order they were opened. */
  List<Cluster> clusters() {
    return clusters;
  }

  /**
   * Puts {@code d} into story {@code cluster} (a story of an earlier run), opening stories up to it
   * when missing; a null {@code d} only opens them.
   */
  void seed(StoryDoc d, int cluster) {
    while (clusters.size() <= cluster) {
      clusters.add(new Cluster());
    }
    if (d != null) {
      join(d, cluster);
    }
  }

  /** Adds {@code d}: joins the most similar story or opens one; returns the story's index. */
  int add(StoryDoc d) {
    int best = best(d);
    if (best < 0) {
      clusters.add(new Cluster());
      best = clusters.size() - 1;
    }
    join(d, best);
    return best;
  }

  /**
   * Takes {@code d} out of story {@code from} and adds it again: it may now fit a story opened after
   * it better. An article alone again keeps its story. Returns its story.
   */
  int reassign(StoryDoc d, int from) {
    leave(d, from);
    int to = best(d);
    if (to < 0) {
      to = clusters.get(from).members.isEmpty() ? from : -1;
    }
    if (to < 0) {
      clusters.add(new Cluster());
      to = clusters.size() - 1;
    }
    join(d, to);
    return to;
  }

  /** The most similar story reaching the threshold, or -1. */
  private int best(StoryDoc d) {
    int best = -1;
    double bestScore = params.threshold();
    for (int c : candidates(d)) {
      double s = score(d, clusters.get(c));
      if (s >= bestScore) {
        best = c;
        bestScore = s;
      }
    }
    return best;
  }

  private void leave(StoryDoc d, int ci) {
    Cluster c = clusters.get(ci);
    c.members.remove(d);
    for (int k = 0; k < d.terms().length; k++) {
      int t = d.terms()[k];
      double old = c.sum.get(t);
      double now = old - d.weights()[k];
      if (now < 1e-6) {
        c.sum.remove(t);
        now = 0;
      } else {
        c.sum.put(t, now);
      }
      c.norm2 += now * now - old * old;
    }
    c.norm2 = Math.max(0, c.norm2);
    c.lo = StoryDoc.UNDATED;
    c.hi = StoryDoc.UNDATED;
    c.day = EventTime.NO_DAY;
    for (StoryDoc m : c.members) {
      span(c, m);
    }
  }

  /** Similarity of {@code d} to story {@code c}, lowered by their distance in time. */
  double score(StoryDoc d, Cluster c) {
    long gap = d.gap(c.lo, c.hi);
    if (gap < 0 && d.dated() && c.lo == StoryDoc.UNDATED && c.hi == StoryDoc.UNDATED) {
      gap = StoryDoc.dayGap(c.day, d.lo(), d.hi()); // an undated story known by a day of year
    }
    double f = gap < 0 ? 1 : params.timeFactor(gap);
    return f < 1e-3 ? 0 : f * c.similarity(d);
  }

  private List<Integer> candidates(StoryDoc d) {
    List<Integer> out = new ArrayList<>();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    int probes = Math.min(PROBE_TERMS, d.terms().length);
    for (int k = 0; k < probes; k++) {
      List<Integer> posting = index.get(d.terms()[k]);
      if (posting == null) {
        continue;
      }
      // postings run in the order stories opened, which is publication order: the latest are the
      // live ones, so a common term does not drag in every story of past years
      for (int i = posting.size() - 1; i >= Math.max(0, posting.size() - POSTING_SCAN); i--) {
        int c = posting.get(i);
        Cluster cl = clusters.get(c);
        if (d.lo() != StoryDoc.UNDATED && cl.hi != StoryDoc.UNDATED && d.lo() - cl.hi > horizonDays) {
          continue; // long over
        }
        if (seen.add(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private void join(StoryDoc d, int ci) {
    Cluster c = clusters.get(ci);
    c.members.add(d);
    for (int k = 0; k < d.terms().length; k++) {
      int t = d.terms()[k];
      double w = d.weights()[k];
      Double old = c.sum.get(t);
      if (old == null) {
        index.computeIfAbsent(t, x -> new ArrayList<>()).add(ci);
        old = 0.0;
      }
      c.sum.put(t, old + w);
      c.norm2 += (old + w) * (old + w) - old * old;
    }
    span(c, d);
  }

  /**
   * Widens the story's span by {@code d}'s known bounds; an open bound of a half-dated article does
   * not widen it (as an undated article does not), else one such article would blur the story's time.
   */
  private static void span(Cluster c, StoryDoc d) {
    if (d.lo() != StoryDoc.UNDATED) {
      c.lo = c.lo == StoryDoc.UNDATED ? d.lo() : Math.min(c.lo, d.lo());
    }
    if (d.hi() != StoryDoc.UNDATED) {
      c.hi = c.hi == StoryDoc.UNDATED ? d.hi() : Math.max(c.hi, d.hi());
    }
    if (c.day == EventTime.NO_DAY) {
      c.day = d.dayOfYear();
    }
  }
}
