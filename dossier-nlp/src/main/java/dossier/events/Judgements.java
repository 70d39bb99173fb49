package dossier.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A judgement told by a verb of naming, read by its sense, where {@link Evaluatives} finds no
 * complement of its own lists or the parser hangs the complement loosely: disapproval is ACCUSE
 * ("called the order grave and sinister", "described X as a thinker, but deluded and a liar"),
 * approval is SUPPORT (PLOVER's praise: "described X's offer as a historic step", "called the
 * decision courageous"). The one judged is a name, an act a name owns or a policy, and it stands
 * before the judgement; the judge speaks. "Called the meeting for Monday" and "called the
 * situation grave" are no judgement of anyone.
 */
final class Judgements {
  /** Verbs that name a judgement of their object; the verbs of blame are accusations by themselves. */
  private static final Set<String> NAMING = Set.of("call", "describe", "term", "characterize",
      "characterise", "portray", "label", "brand", "dub", "deem", "hail");
  /** Judgements of disapproval beyond {@link AccuseWords#DISAPPROVING}. */
  static final Set<String> NEGATIVE = Set.of("grave", "sinister", "delusional", "deluded",
      "liar", "liars", "dishonest", "deceitful", "ominous", "alarming", "disturbing",
      "regrettable", "unhelpful", "counterproductive", "destabilizing", "destabilising",
      "aggressive", "belligerent", "arrogant", "disastrous", "disaster", "catastrophe",
      "catastrophic", "absurd", "insane", "crazy", "extremist", "fanatic", "fanatical");
  /** Judgements of approval: praise. */
  static final Set<String> APPROVING = Set.of("historic", "constructive", "courageous",
      "brave", "wise", "commendable", "praiseworthy", "admirable", "breakthrough", "milestone",
      "landmark", "triumph", "hero", "heroes", "heroic", "visionary", "statesmanlike",
      "welcome", "positive", "encouraging");
  /** "an important step", "a positive development": a step judged good by its modifier. */
  private static final Set<String> STEPS = Set.of("step", "steps", "move", "development",
      "achievement", "success", "victory", "contribution");
  private static final Set<String> GOOD = Set.of("important", "positive", "major",
      "significant", "good", "big", "crucial", "welcome", "great", "historic", "courageous");

  private Judgements() {}

  /** ACCUSE or SUPPORT for a judgement by verb {@code v}, else null. */
  static String type(Parse p, int v) {
    String lemma = p.tok(v).lemma().toLowerCase();
    if (!p.tok(v).verb() || !NAMING.contains(lemma) || p.negated(v) || Statements.question(p)
        || StatementMakers.register(p) || !AccuseArgs.speaker(p, v)) {
      return null;
    }
    int judged = judged(p, v);
    if (judged < 0) {
      return null;
    }
    boolean praise = false;
    for (int x : phrase(p, v)) {
      if (x <= judged) {
        continue;
      }
      if (negative(p, x)) {
        return "ACCUSE"; // disapproval anywhere in the judgement outweighs praise beside it
      }
      praise |= AccuseArgs.in(p, x, APPROVING) || AccuseArgs.in(p, x, STEPS)
          && p.childIn(x, GOOD, "amod");
    }
    return praise ? "SUPPORT" : null;
  }

  /** The one judged, for the finder's target slot. */
  static Map<Integer, String> arguments(Parse p, int v) {
    Map<Integer, String> out = new LinkedHashMap<>();
    if (!p.tok(v).verb() || !NAMING.contains(p.tok(v).lemma().toLowerCase())
        || type(p, v) == null) {
      return out;
    }
    AccuseArgs.owners(p, judged(p, v)).forEach(o -> out.put(o, "TARGET"));
    return out;
  }

  private static boolean negative(Parse p, int x) {
    return AccuseArgs.in(p, x, NEGATIVE) || AccuseArgs.in(p, x, AccuseWords.DISAPPROVING)
        || AccuseArgs.in(p, x, StatementVerbs.INSULTS);
  }

  /** The first token of the phrase that is a name, an owned act or a policy, or -1. */
  private static int judged(Parse p, int v) {
    for (int x : phrase(p, v)) {
      if (p.tok(x).tag().startsWith("NN") && (!AccuseArgs.owners(p, x).isEmpty()
          || AccuseArgs.in(p, x, StatementVerbs.POLICY))) {
        return x;
      }
    }
    return -1;
  }

  /** The verb's object phrase and complement, in text order, a few arcs deep. */
  private static List<Integer> phrase(Parse p, int v) {
    Set<Integer> out = new LinkedHashSet<>();
    List<Integer> todo = new ArrayList<>();
    for (String rel : new String[] {"obj", "iobj", "nsubj:pass", "xcomp", "obl:as", "advcl:as",
        "dep"}) {
      todo.addAll(p.children(v, rel));
    }
    for (int x : p.children(v, "conj")) {
      if (p.tok(x).tag().startsWith("NN") || p.tok(x).tag().startsWith("JJ")) {
        todo.add(x); // "described X as a thinker, but deluded and a liar", hung on the verb
      }
    }
    for (int depth = 0; depth < 3 && !todo.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int x : todo) {
        if (x > v && out.add(x)) {
          for (String rel : new String[] {"compound", "amod", "conj", "dep", "nsubj", "nmod:of",
              "appos"}) {
            next.addAll(p.children(x, rel));
          }
        }
      }
      todo = next;
    }
    return out.stream().sorted().toList();
  }
}
