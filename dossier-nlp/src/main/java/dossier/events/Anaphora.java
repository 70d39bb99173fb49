package dossier.events;

import dossier.figures.Sentences;
import dossier.model.Mention;
import dossier.model.Participant;
import dossier.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plural descriptions of actors the article named before: "the two leaders", "both presidents",
 * "the two countries", "the three governments" read as exactly that many named actors of the right
 * kind; definite singular ones ("the ministry", "the Velmoran premier") are {@link Descriptions}'.
 * <ul>
 *   <li>people ("leaders", "presidents", "premiers", "prime ministers", "chancellors"): the persons
 *       named with such a title in the article before, taken from the nearest sentences back until
 *       there are as many as the number says;</li>
 *   <li>states ("countries", "nations", "governments", "states", "neighbours"): the countries named
 *       in the sentence before the words, else in the sentences before it, the same way;</li>
 *   <li>"the leaders" with no number: the article's titled leaders when it names exactly two.</li>
 * </ul>
 * A sentence that brings more candidates than the number means no answer (precision first).
 */
final class Anaphora {
  /** Plural people nouns and the titles their holders bear. */
  private static final Map<String, Set<String>> PEOPLE = Map.of(
      "leader", TitledPeople.LEADERS,
      "president", Set.of("president"),
      "premier", Set.of("premier", "prime minister"),
      "chancellor", Set.of("chancellor"),
      "minister", Set.of("prime minister", "foreign minister", "defence minister",
          "defense minister", "interior minister", "finance minister"),
      "head", TitledPeople.LEADERS);
  /** Plural nouns for states. */
  private static final Set<String> STATES = Set.of("country", "nation", "government", "state",
      "neighbour", "neighbor");
  private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "both", 2, "three", 3,
      "four", 4, "2", 2, "3", 3);
  /** How many sentences back the countries of "the two countries" may be named. */
  private static final int STATES_BACK = 3;

  private Anaphora() {}

  /**
   * Adds the named actors the description at token {@code a} stands for; whether it resolved.
   * Plural groups here, singular definite descriptions by {@link Descriptions}.
   */
  static boolean add(Parse p, DepFinder.Context c, int a, String role,
      Map<String, Participant> parts) {
    List<String> ids = group(p, c, a);
    if (ids.isEmpty()) {
      String one = Descriptions.holder(p, c, a);
      ids = one == null ? List.of() : List.of(one);
    }
    ids.forEach(id -> parts.putIfAbsent(id, new Participant(id, role)));
    return !ids.isEmpty();
  }

  /** The named actors a plural description at {@code a} stands for, or none. */
  static List<String> group(Parse p, DepFinder.Context c, int a) {
    Parse.Tok t = p.tok(a);
    String lemma = t.lemma().toLowerCase();
    if (!t.tag().startsWith("NNS") && !t.tag().equals("NNPS")
        || !PEOPLE.containsKey(lemma) && !STATES.contains(lemma)) {
      return List.of();
    }
    Integer n = null;
    boolean definite = false;
    boolean both = false;
    for (Parse.Arc x : p.out(a)) {
      String w = p.tok(x.dep()).word().toLowerCase();
      if (x.dep() < a && NUMBERS.containsKey(w)) {
        n = NUMBERS.get(w);
        both |= w.equals("both");
      }
      definite |= x.rel().equals("det") && w.equals("the");
      if (x.rel().equals("nmod:of") || x.rel().equals("nmod:poss") || x.rel().equals("nmod:from")
          || x.rel().equals("compound") || x.rel().equals("appos") || x.rel().equals("flat")
          || x.rel().startsWith("conj")) {
        return List.of(); // "the two leaders of A and B", "their leaders": said outright
      }
      if (x.rel().equals("amod") && Participants.mentionAt(c, p.tok(x.dep())) != null) {
        return List.of(); // "the two Velmoran leaders": the modifier's own reading
      }
    }
    if (!definite && !both) {
      return List.of(); // "leaders said", "two leaders": not the ones named before
    }
    if (lemma.equals("minister") && !p.children(a, "compound").isEmpty()) {
      return List.of(); // "the two foreign ministers": which office is not checked here
    }
    if (STATES.contains(lemma)) {
      return n == null ? List.of() : states(c, t.start(), n);
    }
    Set<String> titles = PEOPLE.get(lemma);
    if (lemma.equals("head") && p.children(a, "nmod:of").isEmpty()) {
      return List.of();
    }
    if (n == null) {
      if (!lemma.equals("leader")) {
        return List.of();
      }
      Set<String> all = TitledPeople.named(c, t.start(), titles, null);
      return all.size() == 2 ? List.copyOf(all) : List.of();
    }
    Set<String> titled = TitledPeople.named(c, t.start(), titles, null);
    return nearest(c, t.start(), n, Integer.MAX_VALUE, id -> titled.contains(id));
  }

  /** The countries the plural state noun at {@code at} stands for. */
  private static List<String> states(DepFinder.Context c, int at, int n) {
    return nearest(c, at, n, STATES_BACK,
        id -> "COUNTRY".equals(c.types().get(id)));
  }

  /**
   * The {@code n} actors passing {@code fit} named nearest before {@code at}: the part of the
   * sentence before it, then whole sentences back (at most {@code back}), until there are at least
   * {@code n}; none when the sentence that reaches {@code n} brings more than {@code n}.
   */
  private static List<String> nearest(DepFinder.Context c, int at, int n, int back,
      java.util.function.Predicate<String> fit) {
    Set<String> found = new LinkedHashSet<>();
    collect(c, c.from(), at, fit, found);
    if (found.size() >= n) {
      return found.size() == n ? List.copyOf(found) : List.of();
    }
    List<Span> before = new ArrayList<>();
    for (Span s : Sentences.split(c.text())) {
      if (s.end() <= c.start()) {
        before.add(s);
      }
    }
    for (int i = before.size() - 1, k = 0; i >= 0 && k < back; i--, k++) {
      collect(c, before.get(i).start(), before.get(i).end(), fit, found);
      if (found.size() >= n) {
        return found.size() == n ? List.copyOf(found) : List.of();
      }
    }
    return List.of();
  }

  private static void collect(DepFinder.Context c, int from, int to,
      java.util.function.Predicate<String> fit, Set<String> found) {
    for (Mention m : c.mentions()) {
      if (m.entityId() != null && m.start() >= from && m.end() <= to
          && !c.skip().contains(m.text()) && fit.test(m.entityId())) {
        found.add(m.entityId());
      }
    }
  }
}
