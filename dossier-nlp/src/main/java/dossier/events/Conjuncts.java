package dossier.events;

import dossier.model.DateRange;
import dossier.model.Participant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One verb, several objects each with its own day or place ("met A on Monday and B on Tuesday",
 * "met A in X and B in Y"): one act per object, each dated and placed by the time and place hung on
 * that object (else the verb's), all told by the one sentence. The parser hangs the later object on the verb
 * as a conjunct ("conj(met, B)"), behind its "and" ("dep(met, and), dep(and, B)"), or on the first
 * object ("conj(A, B)"); an object with no day of its own stays in the one act ("met A and B on
 * Monday").
 */
final class Conjuncts {
  /** One act of the split and the token that stands for its trigger. */
  record Part(int trigger, DepFinder.Found found) {}

  private Conjuncts() {}

  /** The acts verb {@code v}'s event {@code f} tells: {@code f} alone unless it has such objects. */
  static List<Part> split(Parse p, DepFinder.Context c, int v, DepFinder.Found f) {
    List<Integer> later = later(p, c, v);
    if (later.isEmpty()) {
      return List.of(new Part(v, f));
    }
    List<Part> out = new ArrayList<>();
    Map<String, Participant> first = new LinkedHashMap<>();
    f.participants().forEach(x -> first.put(x.key(), x));
    for (int n : later) {
      Map<String, Participant> own = new LinkedHashMap<>();
      Participants.addActors(p, c, n, Roles.undergoer(p, v, f.type(), n), own);
      own.keySet().forEach(first::remove);
      first.values().removeIf(x -> x.isGeneric() && within(p, n, x));
      Map<String, Participant> parts = new LinkedHashMap<>();
      f.participants().stream().filter(x -> !x.role().equals("TARGET") && !own.containsKey(x.key())
          && !(x.isGeneric() && within(p, n, x))).forEach(x -> parts.put(x.key(), x));
      parts.putAll(own);
      String place = Places.place(p, c, n);
      if (place != null) {
        parts.remove(place);
      }
      if (!own.isEmpty()) {
        out.add(new Part(n, dated(p, c, f, n, place, parts)));
      }
    }
    if (out.isEmpty()) {
      return List.of(new Part(v, f));
    }
    String place = f.locationId() != null ? f.locationId() : place(p, c, v, later); // "met A in X"
    if (place != null) {
      first.remove(place);
    }
    out.add(0, new Part(v, new DepFinder.Found(f.type(), f.mode(), f.status(), f.date(), place,
        List.copyOf(first.values()), f.start(), f.end(), f.confidence(), f.claim())));
    return out;
  }

  /** The later objects of {@code v} with a day or a place of their own. */
  private static List<Integer> later(Parse p, DepFinder.Context c, int v) {
    List<Integer> heads = new ArrayList<>();
    for (Parse.Arc a : p.out(v)) {
      if (a.rel().startsWith("conj") && noun(p, a.dep())) {
        heads.add(a.dep()); // "met A on Monday and B on Tuesday" read as conj(met, B)
      } else if (a.rel().equals("dep") && p.tok(a.dep()).tag().equals("CC")) {
        p.children(a.dep(), "dep").stream().filter(n -> noun(p, n)).forEach(heads::add);
      } else if (a.rel().equals("obj")) {
        p.children(a.dep(), "conj").stream().filter(n -> noun(p, n) && n > a.dep())
            .forEach(heads::add);
      }
    }
    if (heads.isEmpty()) {
      return heads; // most verbs: no later object, nothing to date or place
    }
    // the verb dated (or placed) too: "met A and B on Monday" with the day hung on B is one
    boolean dated = Dates.attached(p, c, v);
    String place = place(p, c, v, heads);
    return heads.stream().distinct().filter(n -> dated && Dates.attached(p, c, n)
        || place != null && Places.place(p, c, n) != null
        && !place.equals(Places.place(p, c, n))).toList();
  }

  /** Where {@code v} or its first object is ("met A in X"), not counting the later objects. */
  private static String place(Parse p, DepFinder.Context c, int v, List<Integer> later) {
    String place = Places.place(p, c, v);
    for (int o : p.children(v, "obj")) {
      place = place != null || later.contains(o) ? place : Places.place(p, c, o);
    }
    return place;
  }

  private static boolean noun(Parse p, int n) {
    String tag = p.tok(n).tag();
    return tag.startsWith("NN") || tag.equals("PRP");
  }

  /** Whether a generic actor's words lie in the phrase of {@code n}. */
  private static boolean within(Parse p, int n, Participant x) {
    int left = Participants.leftmost(p, n);
    return x.actor().start() >= left && x.actor().end() <= p.tok(n).end() + 1
        && x.actor().end() > p.tok(n).start();
  }

  /** {@code f} told of object {@code n}: its date and status from the time hung on {@code n}. */
  private static DepFinder.Found dated(Parse p, DepFinder.Context c, DepFinder.Found f, int n,
      String place, Map<String, Participant> parts) {
    DateRange date = Dates.attached(p, c, n) ? Dates.of(p, c, n, n) : f.date(); // or the verb's
    LocalDate reported = c.published().latest();
    String status = f.status();
    String type = f.type();
    if (DepFinder.toCome(status, date, reported)) {
      status = "planned";
      type = type.equals("CONSULT") ? "AGREE" : type; // as DepFinder.found: a meeting to come
    }
    // a claimed meeting stays claimed, by the same speaker, in each of its parts
    return new DepFinder.Found(type, f.mode(), status, date, place, List.copyOf(parts.values()),
        f.start(), f.end(), f.confidence(), "claimed".equals(status) ? f.claim() : null);
  }
}
