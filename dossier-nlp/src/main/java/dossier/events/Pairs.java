package dossier.events;

import dossier.model.DateRange;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Participant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Two acts of one type in one sentence: "A accused B of X and B accused A of Y", "rebels attacked
 * a convoy while troops shelled villages". {@link DepFinder#find} merges events of one type found
 * in a sentence (one act told twice: "met ... at talks"); this keeps two apart when their triggers
 * are distinct words not tied to each other by the parse (other than by a conjunction or a
 * subordinate clause) and the acts clearly differ: roles crossed, sides disjoint in a role both
 * name, dates apart, or one happened and the other is still to come. One per sentence, it
 * remembers which token triggered each event it let stand.
 */
final class Pairs {
  /** Arcs between two triggers that still let them be two acts: coordination, a "while" clause. */
  private static final Set<String> APART = Set.of("conj", "parataxis", "advcl");
  /** Statuses that say when an act is, not whether it is: they tell two acts apart. */
  private static final Set<String> TIMED = Set.of("happened", "planned", "expected");

  private final Parse p;
  private final DateRange published;
  /** The trigger of each event let stand, by its index in the sentence's list. */
  private final Map<Integer, Integer> triggers = new HashMap<>();

  Pairs(Parse p, DepFinder.Context c) {
    this.p = p;
    this.published = c.published();
  }

  /**
   * The event of {@code out} that {@code f} (triggered at {@code i}) is a mention of, or null when
   * it is a new one; then it remembers {@code i} as the trigger of the event about to be added.
   */
  DepFinder.Found into(List<DepFinder.Found> out, DepFinder.Found f, int i) {
    for (int k = 0; k < out.size(); k++) {
      DepFinder.Found o = out.get(k);
      if (o.type().equals(f.type()) && !apart(o, triggers.get(k), f, i)) {
        return o;
      }
    }
    triggers.put(out.size(), i);
    return null;
  }

  /** Adds {@code f}, triggered at {@code i}, as an act of its own (one object of a split verb). */
  void keep(List<DepFinder.Found> out, DepFinder.Found f, int i) {
    triggers.put(out.size(), i);
    out.add(f);
  }

  /** Whether {@code a} (triggered at {@code ta}, null when unknown) and {@code b} are two acts. */
  boolean apart(DepFinder.Found a, Integer ta, DepFinder.Found b, int tb) {
    if (ta == null || ta == tb || tied(ta, tb)) {
      return false;
    }
    return CrossedRoles.crossed(a.type(), a.participants(), b.participants())
        || disjoint(a.participants(), b.participants())
        || dated(a.date()) && dated(b.date()) && a.date().intersect(b.date()) == null
        || TIMED.contains(a.status()) && TIMED.contains(b.status())
            && "happened".equals(a.status()) != "happened".equals(b.status());
  }

  /** Whether an arc joins the two triggers other than coordination or a subordinate clause. */
  private boolean tied(int a, int b) {
    for (Parse.Arc x : p.arcs()) {
      if ((x.gov() == a && x.dep() == b || x.gov() == b && x.dep() == a)
          && !APART.contains(x.rel().split(":")[0])) {
        return true; // "met at talks", "the talks, at which they met", "a meeting, the first ..."
      }
    }
    return false;
  }

  private boolean dated(DateRange d) {
    return d != null && d.isKnown() && !d.equals(published);
  }

  /**
   * Whether the two share no side and, in a role both fill, name different ones: entities by id,
   * generic actors only by a known sector ("rebels" and "troops", not "gunmen" and "attackers").
   */
  static boolean disjoint(List<Participant> a, List<Participant> b) {
    Set<String> keys = new HashSet<>();
    a.forEach(x -> keys.add(x.key()));
    if (b.stream().anyMatch(y -> keys.contains(y.key()))) {
      return false;
    }
    for (String role : List.of("SOURCE", "TARGET")) {
      Set<String> left = sides(a, role);
      Set<String> right = sides(b, role);
      if (!left.isEmpty() && !right.isEmpty() && left.stream().noneMatch(right::contains)
          && distinctSectors(a, b)) {
        return true;
      }
    }
    return false;
  }

  /** The named sides of a role: entity ids and the sectors of generic actors that have one. */
  private static Set<String> sides(List<Participant> ps, String role) {
    Set<String> out = new HashSet<>();
    for (Participant x : ps) {
      if (!x.role().equals(role)) {
        continue;
      }
      if (x.entityId() != null) {
        out.add(x.entityId());
      } else if (x.actor().sector() != null) {
        out.add("~" + x.actor().sector());
      }
    }
    return out;
  }

  /** Whether no sector of a generic actor of one is a sector of the other's. */
  private static boolean distinctSectors(List<Participant> a, List<Participant> b) {
    Set<String> left = new HashSet<>();
    a.stream().filter(Participant::isGeneric).map(x -> x.actor().sector())
        .filter(Objects::nonNull).forEach(left::add);
    return b.stream().filter(Participant::isGeneric).map(x -> x.actor().sector())
        .noneMatch(left::contains);
  }

  /**
   * Whether two events were read from one sentence: the finder kept them apart there, so merging
   * within an article must not join them again ("police" on both sides count as no overlap).
   */
  static boolean sameSentence(Event a, Event b) {
    Set<Evidence> mine = new HashSet<>();
    a.sources().forEach(x -> mine.add(new Evidence(x.article(), x.start(), x.end(), null, x.part())));
    return b.sources().stream()
        .anyMatch(x -> mine.contains(new Evidence(x.article(), x.start(), x.end(), null, x.part())));
  }

  /**
   * {@code key} for {@code e}'s id, made unique among {@code used}: two acts kept apart in one
   * sentence share type and first source, so the second adds its sides (ids stay as before
   * wherever there is no such pair).
   */
  static String unique(String key, Event e, Set<String> used) {
    String out = key;
    for (int n = 1; !used.add(out); n++) {
      out = key + "|" + e.participants().stream().map(x -> x.role() + x.key()).sorted().toList()
          + (n > 1 ? "|" + n : "");
    }
    return out;
  }
}
