package dossier.events;

import java.util.List;
import java.util.Set;

/**
 * A sentence opened by a participle phrase whose subject follows it ("Issued by the palace, the
 * two envoys also signed the plan"; "In a statement released by X, the leaders pledged"): the
 * parser often hangs the subject as an apposition of the phrase's last noun and the finite verb as
 * a loose dependent, leaving the verb with no subject. The noun right before the verb (nothing but
 * the verb's adverbs between) is made its subject. Only arcs are added.
 */
final class FrontedSubjects {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
  private static final Set<String> LOOSE = Set.of("dep", "parataxis");
  private static final Set<String> PARTICIPLES = Set.of("VBN", "VBG");

  private FrontedSubjects() {}

  static void repair(Parse p, List<Parse.Arc> arcs) {
    Parse q = new Parse(p.tokens(), List.copyOf(arcs));
    for (Parse.Arc a : q.arcs()) {
      if (!a.rel().equals("appos") || !q.tok(a.dep()).noun()) {
        continue;
      }
      int n = a.dep();
      int v = n + 1;
      while (v < q.tokens().size() && q.in(v).stream()
          .anyMatch(x -> x.rel().equals("advmod") && !q.tok(x.gov()).noun())) {
        v++; // "the two envoys also signed"
      }
      if (v >= q.tokens().size() || !FINITE.contains(q.tok(v).tag())
          || !q.children(v, "nsubj").isEmpty() || !q.children(v, "nsubj:pass").isEmpty()
          || q.in(v).stream().noneMatch(x -> LOOSE.contains(x.rel()) && x.gov() >= 0
              && PARTICIPLES.contains(q.tok(x.gov()).tag()))) {
        // the verb hung from the fronted participle ("released ... pledged"); not from a finite
        // clause ("the deal boosts the dividend X promises to pay": X is no apposition there)
        continue;
      }
      if (!adverbsOnly(q, n, v)) {
        continue; // something else between: not this construction
      }
      arcs.add(new Parse.Arc(v, n, "nsubj"));
    }
    conjoined(q, arcs);
  }

  /**
   * "In a statement issued after the talks, A and B called for": the parser makes the names
   * conjuncts of the phrase's last noun, across the comma, and leaves the sentence's verb right
   * after them with no subject; the conjuncts after the comma are its subject.
   */
  private static void conjoined(Parse q, List<Parse.Arc> arcs) {
    for (int i = 0; i < q.tokens().size(); i++) {
      int g = i;
      List<Integer> cs = q.children(g, "conj").stream().filter(x -> x > g).sorted().toList();
      if (cs.isEmpty() || !q.tok(g).noun()) {
        continue;
      }
      int first = cs.get(0);
      int last = cs.get(cs.size() - 1);
      int v = last + 1;
      while (v < q.tokens().size() && q.tok(v).tag().startsWith("RB")) {
        v++;
      }
      if (v >= q.tokens().size() || !FINITE.contains(q.tok(v).tag())
          || !q.children(v, "nsubj").isEmpty() || !q.children(v, "nsubj:pass").isEmpty()
          || q.in(v).stream().noneMatch(x -> x.rel().equals("root")) || !comma(q, g, first)
          || !cs.stream().allMatch(x -> q.tok(x).tag().startsWith("NNP"))) {
        continue;
      }
      int verb = v;
      cs.forEach(x -> arcs.add(new Parse.Arc(verb, x, "nsubj")));
    }
  }

  /** Whether a comma stands right before the words of {@code first}, after {@code g}. */
  private static boolean comma(Parse q, int g, int first) {
    int left = first;
    while (left - 1 > g && q.tok(left - 1).tag().startsWith("NNP")) {
      left--; // "Tomas Marlo": the name's first word
    }
    return left - 1 > g && q.tok(left - 1).word().equals(",");
  }

  /** Whether every token between {@code n} and {@code v} is an adverb (however it was hung). */
  private static boolean adverbsOnly(Parse q, int n, int v) {
    for (int i = n + 1; i < v; i++) {
      if (!q.tok(i).tag().startsWith("RB")) {
        return false;
      }
    }
    return true;
  }
}
