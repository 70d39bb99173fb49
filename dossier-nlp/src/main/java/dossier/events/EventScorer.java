package dossier.events;

import dossier.model.Article;
import dossier.model.DateRange;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Part;
import dossier.model.Participant;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores events against a hand-written gold list of typed event mentions. A system mention is one
 * source of one event: (article, part, sentence, type). It matches a gold mention when the article
 * and part are the same, the sentence overlaps the gold evidence and the type is one the gold
 * accepts. Precision: matched system mentions over all; recall: matched required gold mentions
 * over required ones (optional gold lines, where a reader may or may not code an event, never
 * count as misses and never as false alarms). The second score also asks that every gold
 * participant is among the event's participants (a generic actor counts for its own words and for
 * the entity it belongs to: "Israeli troops" for Israel).
 */
public final class EventScorer {
  /**
   * One gold event mention. {@code part} is "text", "title" or "caption"; {@code date} may be
   * null; {@code participants} and {@code place} are names as written.
   */
  public record Gold(String source, List<String> types, List<String> participants, String place,
      DateRange date, String status, String evidence, String part, boolean optional) {
    public Gold {
      types = List.copyOf(types);
      participants = List.copyOf(participants == null ? List.of() : participants);
      part = part == null ? Part.TEXT : part;
    }
  }

  /** A gold line found by type and sentence whose participants the mention lacks. */
  public record Unmatched(Gold gold, Mention mention) {}

  /** A system mention: one event's report in one sentence. */
  public record Mention(Event event, Evidence evidence, String article) {}

  /** Scores with the lists behind them. */
  public record Report(int system, int matched, int required, int found, int foundWithParticipants,
      int matchedWithParticipants, int placeRight, int placeAsked, int dateRight, int dateAsked,
      List<Gold> missed, List<Mention> falseAlarms, List<Gold> unlocated,
      List<Unmatched> unmatchedParticipants) {
    public Report(int system, int matched, int required, int found, int foundWithParticipants,
        int matchedWithParticipants, int placeRight, int placeAsked, int dateRight, int dateAsked,
        List<Gold> missed, List<Mention> falseAlarms, List<Gold> unlocated) {
      this(system, matched, required, found, foundWithParticipants, matchedWithParticipants,
          placeRight, placeAsked, dateRight, dateAsked, missed, falseAlarms, unlocated, List.of());
    }

    public double precision() {
      return system == 0 ? 0 : (double) matched / system;
    }

    public double recall() {
      return required == 0 ? 0 : (double) found / required;
    }

    public double f1() {
      return f(precision(), recall());
    }

    /** Precision when a match must also have every gold participant. */
    public double precisionWithParticipants() {
      return system == 0 ? 0 : (double) matchedWithParticipants / system;
    }

    public double recallWithParticipants() {
      return required == 0 ? 0 : (double) foundWithParticipants / required;
    }

    public double f1WithParticipants() {
      return f(precisionWithParticipants(), recallWithParticipants());
    }

    private static double f(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private EventScorer() {}

  /**
   * Scores {@code events} against {@code gold}. Only articles the gold names are scored; an
   * article's gold lists every event a reader codes in it. {@code names} gives each entity id's
   * name and aliases.
   */
  public static Report score(List<Gold> gold, List<Article> articles, List<Event> events,
      Map<String, List<String>> names) {
    Map<String, Article> bySource = new LinkedHashMap<>();
    for (Article a : articles) {
      bySource.put(fileName(a.source()), a);
    }
    Set<String> scored = new HashSet<>();
    List<Located> located = new ArrayList<>();
    List<Gold> unlocated = new ArrayList<>();
    for (Gold g : gold) {
      Article a = bySource.get(fileName(g.source()));
      Located l = a == null ? null : locate(a, g);
      if (l == null) {
        unlocated.add(g);
      } else {
        located.add(l);
        scored.add(a.id());
      }
    }
    List<Mention> system = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Event e : events) {
      for (Evidence ev : e.sources()) {
        if (scored.contains(ev.article()) && seen.add(e.type() + "|" + ev.article() + "|"
            + ev.part() + "|" + ev.start())) {
          system.add(new Mention(e, ev, ev.article()));
        }
      }
    }
    boolean[] used = new boolean[system.size()];
    boolean[] usedStrict = new boolean[system.size()];
    int found = 0;
    int foundStrict = 0;
    int matched = 0;
    int matchedStrict = 0;
    int placeRight = 0;
    int placeAsked = 0;
    int dateRight = 0;
    int dateAsked = 0;
    List<Gold> missed = new ArrayList<>();
    List<Unmatched> unmatched = new ArrayList<>();
    // required lines first, so an optional line never takes a mention a required one needs
    located.sort((x, y) -> Boolean.compare(x.gold().optional(), y.gold().optional()));
    for (Located l : located) {
      int hit = -1;
      int strict = -1;
      for (int i = 0; i < system.size(); i++) {
        if (matches(system.get(i), l)) {
          if (hit < 0 && !used[i]) {
            hit = i;
          }
          if (strict < 0 && !usedStrict[i] && hasParticipants(system.get(i).event(), l.gold(), names)) {
            strict = i;
          }
        }
      }
      if (hit >= 0) {
        used[hit] = true;
        matched++;
        Event e = system.get(hit).event();
        if (!l.gold().optional()) {
          found++;
          if (l.gold().place() != null) {
            placeAsked++;
            placeRight += e.locationId() != null && named(names, e.locationId(), l.gold().place()) ? 1 : 0;
          }
          if (l.gold().date() != null && l.gold().date().isKnown()) {
            dateAsked++;
            dateRight += within(e.date(), l.gold().date()) ? 1 : 0;
          }
        }
      } else if (!l.gold().optional()) {
        missed.add(l.gold());
      }
      if (strict >= 0) {
        usedStrict[strict] = true;
        matchedStrict++;
        foundStrict += l.gold().optional() ? 0 : 1;
      } else if (hit >= 0 && !l.gold().optional()) {
        unmatched.add(new Unmatched(l.gold(), system.get(hit)));
      }
    }
    List<Mention> falseAlarms = new ArrayList<>();
    for (int i = 0; i < system.size(); i++) {
      if (!used[i]) {
        falseAlarms.add(system.get(i));
      }
    }
    int required = (int) located.stream().filter(l -> !l.gold().optional()).count();
    return new Report(system.size(), matched, required, found, foundStrict, matchedStrict,
        placeRight, placeAsked, dateRight, dateAsked, missed, falseAlarms, unlocated, unmatched);
  }

  private record Located(Gold gold, String article, String part, int start, int end) {}

  /** Where a gold evidence is: the article's part that holds it, and its range there. */
  private static Located locate(Article a, Gold g) {
    if (g.part().equals("caption")) {
      for (int i = 0; i < a.captions().size(); i++) {
        int at = a.captions().get(i).text().indexOf(g.evidence());
        if (at >= 0) {
          return new Located(g, a.id(), Part.caption(i), at, at + g.evidence().length());
        }
      }
      return null;
    }
    String text = g.part().equals(Part.TITLE) ? a.title() : a.text();
    int at = text == null ? -1 : text.indexOf(g.evidence());
    return at < 0 ? null : new Located(g, a.id(), g.part(), at, at + g.evidence().length());
  }

  private static boolean matches(Mention m, Located l) {
    Evidence ev = m.evidence();
    return ev.article().equals(l.article()) && ev.part().equals(l.part())
        && ev.start() < l.end() && l.start() < ev.end()
        && l.gold().types().contains(m.event().type());
  }

  private static boolean hasParticipants(Event e, Gold g, Map<String, List<String>> names) {
    for (String want : g.participants()) {
      boolean ok = false;
      for (Participant p : e.participants()) {
        // "Israeli troops" for Israel: a force counts for the country it belongs to, as event
        // coders code the country with a sector (CAMEO's ISRMIL)
        ok |= p.isGeneric() ? generic(p, want) || p.actor().affiliationId() != null
            && named(names, p.actor().affiliationId(), want) : named(names, p.entityId(), want);
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Whether an entity is called {@code want}: a name or alias that holds it as words. */
  static boolean named(Map<String, List<String>> names, String id, String want) {
    String w = " " + fold(want) + " ";
    for (String n : names.getOrDefault(id, List.of(id))) {
      if ((" " + fold(n) + " ").contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a generic actor is the gold's {@code want}: its label or words ("police", "the army"). */
  static boolean generic(Participant p, String want) {
    String w = " " + fold(want) + " ";
    return (" " + fold(p.actor().label()) + " ").contains(w)
        || (" " + fold(p.actor().text()) + " ").contains(w)
        || w.contains(" " + fold(p.actor().label()) + " ");
  }

  private static boolean within(DateRange found, DateRange truth) {
    if (!found.isKnown()) {
      return false;
    }
    return (found.earliest() == null || truth.earliest() == null
        || !found.earliest().isAfter(truth.earliest()))
        && (found.latest() == null || truth.latest() == null
        || !found.latest().isBefore(truth.latest()));
  }

  static String fold(String s) {
    String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  /** The file name of a source path ("dir/a.txt" → "a.txt", "dir/f.jsonl#id" → "f.jsonl#id"). */
  static String fileName(String source) {
    String s = source.replace('\\', '/');
    int hash = s.indexOf('#');
    int slash = s.lastIndexOf('/', hash < 0 ? s.length() : hash);
    return s.substring(slash + 1);
  }
}
