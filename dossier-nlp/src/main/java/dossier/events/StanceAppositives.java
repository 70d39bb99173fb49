package dossier.events;

import java.util.List;
import java.util.Set;

/**
 * "X says it killed 60 soldiers, a figure Dastria rejects": a reduced relative clause on an
 * appositive noun of claim, which the parser reads as a name compounded with the noun ("figure
 * Dastria") and a verb hung under the reported clause, so the rejection would pass for part of
 * X's claim. Re-hung as written: the noun is the appositive, the verb its relative clause, the
 * name (or "the ministry") the verb's subject.
 */
final class StanceAppositives {
  /** Nouns that stand for something said or counted, which someone may reject or accept. */
  private static final Set<String> CLAIMS = Set.of("figure", "claim", "number", "toll", "charge",
      "account", "allegation", "assertion", "estimate", "version", "count", "accusation",
      "statement", "description", "characterization", "characterisation", "assessment");

  private StanceAppositives() {}

  static void repair(Parse p, List<Parse.Arc> arcs) {
    int n = p.tokens().size();
    for (int i = 0; i + 3 < n; i++) {
      if (!p.tok(i).word().equals(",")) {
        continue;
      }
      int noun = p.tok(i + 1).tag().equals("DT") ? i + 2 : i + 1;
      if (noun >= n || !CLAIMS.contains(p.tok(noun).lemma().toLowerCase())) {
        continue;
      }
      int k = noun + 1;
      boolean determined = k < n && p.tok(k).tag().equals("DT"); // "a claim the ministry denies"
      if (determined) {
        k++;
      }
      int first = k;
      // a name (the tagger may call an unknown name NN), or a phrase after its article
      while (k < n && p.tok(k).noun() && (p.tok(k).tag().startsWith("NNP") || determined
          || Character.isUpperCase(p.tok(k).word().charAt(0)))) {
        k++;
      }
      if (k == first || k >= n || !finite(p.tok(k).tag())
          || k + 1 < n && !p.tok(k + 1).tag().matches("[.,:]|''")) {
        continue;
      }
      rehang(p, arcs, first - (determined ? 1 : 0), k - 1, noun, k, i + 1 < noun ? i + 1 : -1);
    }
  }

  private static boolean finite(String tag) {
    return tag.equals("VBZ") || tag.equals("VBD") || tag.equals("VBP");
  }

  /**
   * The noun takes the place the subject's head had; the subject (tokens {@code from..head}) hangs
   * on the verb, the verb on the noun as a relative clause, the article on the noun.
   */
  private static void rehang(Parse p, List<Parse.Arc> arcs, int from, int head, int noun,
      int verb, int det) {
    Parse.Arc place = arcs.stream().filter(a -> a.dep() == head).findFirst().orElse(null);
    arcs.removeIf(a -> a.dep() == verb || a.dep() == noun || a.dep() == head
        || a.gov() == verb && a.rel().startsWith("nsubj")
        || det >= 0 && a.dep() == det);
    if (place != null && place.gov() != noun && place.gov() != verb) {
      arcs.add(new Parse.Arc(place.gov(), noun, place.rel()));
    }
    if (det >= 0) {
      arcs.add(new Parse.Arc(noun, det, "det"));
    }
    arcs.add(new Parse.Arc(noun, verb, "acl:relcl"));
    arcs.add(new Parse.Arc(verb, head, "nsubj"));
    for (int t = from; t < head; t++) {
      final int x = t;
      if (arcs.stream().noneMatch(a -> a.dep() == x)) {
        arcs.add(new Parse.Arc(head, x, p.tok(x).tag().equals("DT") ? "det" : "compound"));
      }
    }
  }
}
