package dossier.events;

import dossier.figures.FigureStage;
import dossier.figures.Sentences;
import dossier.model.Article;
import dossier.model.Caption;
import dossier.model.DateRange;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Mention;
import dossier.model.Part;
import dossier.model.Participant;
import dossier.model.Span;
import dossier.model.TimeExpression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The events stage: PLOVER-typed events read from the dependency parse of every sentence that holds
 * a trigger candidate, in an article's body, title and captions, merged across sentences and
 * articles when type and dates agree, places do not conflict and participants overlap.
 */
public final class EventStage {
  /** The events and what the parse cost: sentences and tokens parsed, nanoseconds spent. */
  public record Result(List<Event> events, long sentences, long parsed, long tokens,
      long parseNanos, long loadNanos) {
    /** Parsed tokens per second of parse time. */
    public double tokensPerSecond() {
      return parseNanos == 0 ? 0 : tokens * 1e9 / parseNanos;
    }
  }

  private EventStage() {}

  /** Events of {@code articles}, given the dossier's resolved entities, mentions and times. */
  public static List<Event> run(List<Article> articles, List<Entity> entities,
      List<Mention> mentions, List<TimeExpression> times) {
    return runMeasured(articles, entities, mentions, times).events();
  }

  /** As {@link #run}, with the parse's cost. Articles are read in parallel, merged in order. */
  public static Result runMeasured(List<Article> articles, List<Entity> entities,
      List<Mention> mentions, List<TimeExpression> times) {
    Map<String, String> types = new HashMap<>();
    entities.forEach(e -> types.put(e.id(), e.type()));
    Map<String, List<Mention>> byArticle = FigureStage.byArticle(mentions);
    Map<String, List<TimeExpression>> timesByArticle = times.stream()
        .collect(Collectors.groupingBy(TimeExpression::articleId));
    AtomicLong sentences = new AtomicLong();
    AtomicLong parsed = new AtomicLong();
    AtomicLong tokens = new AtomicLong();
    AtomicLong nanos = new AtomicLong();
    Meter meter = (s, p, t, n) -> {
      sentences.addAndGet(s);
      parsed.addAndGet(p);
      tokens.addAndGet(t);
      nanos.addAndGet(n);
    };
    long t0 = System.nanoTime();
    DepParser.shared(); // loaded once per JVM; timed apart from the parsing
    long load = System.nanoTime() - t0;
    List<List<Event>> perArticle = articles.parallelStream()
        .map(a -> article(a, types, byArticle.getOrDefault(a.id(), List.of()),
            timesByArticle.getOrDefault(a.id(), List.of()), meter))
        .toList();
    return new Result(mergeAll(perArticle), sentences.get(), parsed.get(), tokens.get(), nanos.get(), load);
  }

  /**
   * The events of one article before the merge across articles (the per-article part a Spark task
   * runs), given the entity types by id and the article's own mentions and times in store order.
   */
  public static List<Event> ofArticle(Article a, Map<String, String> entityTypes, List<Mention> mentions,
      List<TimeExpression> times) {
    return article(a, entityTypes, mentions, times, (s, p, t, n) -> { });
  }

  /**
   * The merge across articles: per-article events in article order (source, then id, as the store
   * reads them) merged into the dossier's events, each given its id.
   */
  public static List<Event> mergeAll(List<List<Event>> perArticle) {
    List<Event> events = new ArrayList<>();
    perArticle.forEach(list -> list.forEach(e -> merge(events, e)));
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      String key = e.type() + "|" + e.sources().get(0);
      out.add(new Event(FigureStage.id(key), e.type(), e.mode(), e.status(), e.date(),
          e.locationId(), e.participants(), e.sources(), e.confidence()));
    }
    return out;
  }

  private interface Meter {
    void add(long sentences, long parsed, long tokens, long nanos);
  }

  /** The events of one article's body, title and captions, merged within the article. */
  private static List<Event> article(Article a, Map<String, String> types, List<Mention> ms,
      List<TimeExpression> ts, Meter meter) {
    List<Event> events = new ArrayList<>();
    String text = a.text();
    DateRange published = a.published().range();
    // a dateline ("CITY (Agency) -") and the credited agencies are no actors of the news
    int from = a.dateline() != null && text.startsWith(a.dateline()) ? a.dateline().length() : 0;
    Set<String> skip = new HashSet<>(a.credits());
    if (a.outlet() != null) {
      skip.add(a.outlet());
    }
    read(a, Part.TEXT, text, part(ms, Part.TEXT, text, ms), part(ts, Part.TEXT), published, from,
        skip, types, meter, events);
    if (a.title() != null && !a.title().isBlank()) {
      read(a, Part.TITLE, a.title(), part(ms, Part.TITLE, a.title(), ms), part(ts, Part.TITLE),
          published, 0, skip, types, meter, events);
    }
    for (int i = 0; i < a.captions().size(); i++) {
      Caption cap = a.captions().get(i);
      String p = Part.caption(i);
      // a caption says when its photo was taken; that dates its events better than the report
      DateRange when = cap.date().isKnown() ? cap.date() : published;
      read(a, p, cap.text(), part(ms, p, cap.text(), ms), part(ts, p), when, 0, skip, types,
          meter, events);
    }
    return events;
  }

  private static void read(Article a, String part, String text, List<Mention> ms,
      List<TimeExpression> ts, DateRange published, int from, Set<String> skip,
      Map<String, String> types, Meter meter, List<Event> events) {
    long parsed = 0;
    long tokens = 0;
    long nanos = 0;
    List<Span> spans = Sentences.split(text);
    for (Span s : spans) {
      if (s.end() <= from || !Lexicon.CANDIDATE.matcher(text).region(s.start(), s.end()).find()) {
        continue;
      }
      // a dateline ("CITY (Agency) -") would be parsed as the sentence's subject: parse after it
      int begin = Math.max(s.start(), from);
      while (begin < s.end() && Character.isWhitespace(text.charAt(begin))) {
        begin++;
      }
      long t0 = System.nanoTime();
      Parse parse = DepParser.shared().parse(text, begin, s.end());
      nanos += System.nanoTime() - t0;
      parsed++;
      tokens += parse.tokens().size();
      DepFinder.Context c = new DepFinder.Context(text, s.start(), s.end(), ms, ts, types,
          published, Math.max(from, s.start()), skip);
      for (DepFinder.Found f : DepFinder.find(parse, c)) {
        Evidence ev = new Evidence(a.id(), f.start(), f.end(), context(part, text, s), part);
        merge(events, new Event(null, f.type(), f.mode(), f.status(), f.date(), f.locationId(),
            f.participants(), List.of(ev), f.confidence()));
      }
    }
    meter.add(spans.size(), parsed, tokens, nanos);
  }

  /** "caption" or "title" for those parts; in the body "quote" for quoted speech, else "body". */
  static String context(String part, String text, Span s) {
    if (Part.captionIndex(part) >= 0) {
      return "caption";
    }
    if (Part.TITLE.equals(part)) {
      return "title";
    }
    char c = text.charAt(s.start());
    if (c == '"' || c == '“' || c == '«') {
      return "quote";
    }
    // a sentence that closes a quotation opened in an earlier sentence
    int open = 0;
    for (int i = s.start(); i < s.end(); i++) {
      char x = text.charAt(i);
      if (x == '“' || x == '«') {
        open++;
      } else if ((x == '”' || x == '»') && --open < 0) {
        return "quote";
      }
    }
    return "body";
  }

  /**
   * The mentions of one part, completed with the other places where the article writes a name it
   * uses elsewhere: the name model misses a name now and then ("Velmora and Dastria signed" with
   * only the second tagged), and titles and captions may have no mentions of their own.
   */
  static List<Mention> part(List<Mention> ms, String part, String text, List<Mention> all) {
    List<Mention> out = new ArrayList<>(ms.stream().filter(m -> part.equals(m.part())).toList());
    Map<String, Mention> names = new LinkedHashMap<>();
    for (Mention m : all) {
      if (m.entityId() != null && m.text().length() > 2 && !"NATIONALITY".equals(m.type())) {
        names.putIfAbsent(m.text(), m);
      }
    }
    for (Mention m : names.values()) {
      for (int at = text.indexOf(m.text()); at >= 0; at = text.indexOf(m.text(), at + 1)) {
        int end = at + m.text().length();
        boolean word = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
        int start = at;
        if (word && out.stream().noneMatch(o -> o.start() < end && start < o.end())) {
          out.add(new Mention(m.articleId(), at, end, m.text(), m.type(), m.entityId(), part));
        }
      }
    }
    return out;
  }

  private static List<TimeExpression> part(List<TimeExpression> ts, String part) {
    return ts.stream().filter(t -> part.equals(t.part())).toList();
  }

  /** Adds {@code e} to the first event it is a mention of, else as a new event. */
  static void merge(List<Event> events, Event e) {
    for (int i = 0; i < events.size(); i++) {
      Event o = events.get(i);
      DateRange both = o.date().intersect(e.date());
      // across articles an unknown date would join events years apart: both must be dated
      boolean sameArticle = o.sources().get(0).article().equals(e.sources().get(0).article());
      // and a place known in one report only joins them on one exact day
      boolean placed = Objects.equals(o.locationId(), e.locationId())
          || o.date().isExact() && o.date().equals(e.date());
      if (!o.type().equals(e.type()) || both == null || !compatible(o.locationId(), e.locationId())
          || !overlap(o, e)
          || !sameArticle && (!o.date().isKnown() || !e.date().isKnown() || !placed)) {
        continue;
      }
      Map<String, Participant> parts = new LinkedHashMap<>();
      o.participants().forEach(p -> parts.put(p.entityId(), p));
      e.participants().forEach(p -> parts.putIfAbsent(p.entityId(), p));
      String location = o.locationId() != null ? o.locationId() : e.locationId();
      parts.remove(location);
      List<Evidence> sources = new ArrayList<>(o.sources());
      e.sources().stream().filter(x -> !sources.contains(x)).forEach(sources::add);
      // a report of the event as fact outranks a claim of it; more reports raise the confidence
      String status = "happened".equals(e.status()) ? "happened" : o.status();
      events.set(i, new Event(null, o.type(), o.mode() != null ? o.mode() : e.mode(), status,
          both, location, List.copyOf(parts.values()), sources,
          Math.min(0.99, Math.max(o.confidence(), e.confidence()) + 0.05)));
      return;
    }
    events.add(e);
  }

  private static boolean compatible(String a, String b) {
    return a == null || b == null || Objects.equals(a, b);
  }

  private static boolean overlap(Event a, Event b) {
    if (a.participants().isEmpty() || b.participants().isEmpty()) {
      return a.participants().isEmpty() && b.participants().isEmpty()
          || Objects.equals(a.locationId(), b.locationId()) && a.locationId() != null;
    }
    Set<String> ids = a.participants().stream().map(Participant::entityId).collect(Collectors.toSet());
    return b.participants().stream().anyMatch(p -> ids.contains(p.entityId()));
  }
}
