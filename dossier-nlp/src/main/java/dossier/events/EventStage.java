package dossier.events;

import dossier.figures.FigureStage;
import dossier.figures.Sentences;
import dossier.model.Article;
import dossier.model.Caption;
import dossier.model.Claim;
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
import java.util.stream.Collectors;

/**
 * The events stage: PLOVER-typed events read from the dependency parse of every sentence that holds
 * a trigger candidate, in an article's body, title and captions, merged across sentences and
 * articles when type and dates agree, places do not conflict and named participants overlap
 * (generic actors such as "police" ride along: they neither join nor split events).
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
    Map<String, String> types = types(entities);
    Map<String, List<Mention>> byArticle = FigureStage.byArticle(mentions);
    Map<String, List<TimeExpression>> timesByArticle = times.stream()
        .collect(Collectors.groupingBy(TimeExpression::articleId));
    boolean loaded = DepParser.loaded();
    List<ArticleEvents> perArticle = articles.parallelStream()
        .map(a -> article(a, byArticle.getOrDefault(a.id(), List.of()),
            timesByArticle.getOrDefault(a.id(), List.of()), types))
        .toList();
    long sentences = 0;
    long parsed = 0;
    long tokens = 0;
    long nanos = 0;
    for (ArticleEvents x : perArticle) {
      sentences += x.sentences();
      parsed += x.parsed();
      tokens += x.tokens();
      nanos += x.parseNanos();
    }
    long load = !loaded && DepParser.loaded() ? DepParser.loadNanos() : 0;
    return new Result(merge(perArticle.stream().map(ArticleEvents::events).toList()), sentences,
        parsed, tokens, nanos, load);
  }

  /** Entity type by entity id: what the per-article half reads of the dossier's entities. */
  public static Map<String, String> types(List<Entity> entities) {
    Map<String, String> types = new HashMap<>();
    entities.forEach(e -> types.put(e.id(), e.type()));
    return types;
  }

  /**
   * What one article gave: its events, merged within the article and without ids yet, and what
   * reading it cost (sentences, those parsed, their tokens, nanoseconds of parsing).
   */
  public record ArticleEvents(List<Event> events, int sentences, int parsed, int tokens,
      long parseNanos) {
    public ArticleEvents {
      events = List.copyOf(events);
    }
  }

  /** Whether the dependency parser is loaded in this JVM (it loads on the first sentence parsed). */
  public static boolean parserLoaded() {
    return DepParser.loaded();
  }

  /** Nanoseconds the parser took to load, 0 while it is not loaded. */
  public static long parserLoadNanos() {
    return DepParser.loaded() ? DepParser.loadNanos() : 0;
  }

  /**
   * The cross-article half: per-article events (articles in the dossier's order) merged into the
   * dossier's events with their ids. Cheap: no text is read.
   */
  public static List<Event> merge(List<List<Event>> perArticle) {
    List<Event> events = new ArrayList<>();
    perArticle.forEach(list -> list.forEach(e -> merge(events, e)));
    List<Event> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Event e : events) {
      String key = Pairs.unique(e.type() + "|" + e.sources().get(0), e, used); // two acts, one sentence
      out.add(e.withId(FigureStage.id(key)));
    }
    return out;
  }

  /**
   * The per-article half: the events of one article's body, title and captions, merged within the
   * article, given its resolved mentions and times (any part) and the entity types by id. Depends
   * on nothing else, so its output can be stored and kept while these inputs stay the same. The
   * parser loads on the first sentence that needs it, never for an article without candidates.
   */
  public static ArticleEvents article(Article a, List<Mention> ms, List<TimeExpression> ts,
      Map<String, String> types) {
    return article(a, ms, ts, types, Prefilter.WORDS);
  }

  /** Which sentences are parsed: those a cheap test on the raw text says may hold a trigger. */
  public enum Prefilter {
    /** Sentences where {@code Lexicon.CANDIDATE} or the acts' raw-text tests match some word. */
    REGEX,
    /** Of those, the sentences where a whole matched word may be a form of a trigger. */
    WORDS
  }

  /** As {@link #article(Article, List, List, Map)}, with the given pre-parse test. */
  public static ArticleEvents article(Article a, List<Mention> ms, List<TimeExpression> ts,
      Map<String, String> types, Prefilter prefilter) {
    long[] cost = new long[4];
    List<Event> events = new ArrayList<>();
    String text = a.text();
    DateRange published = a.published().range();
    // a dateline ("CITY (Agency) -") and the credited agencies are no actors of the news
    int from = a.dateline() != null && text.startsWith(a.dateline()) ? a.dateline().length() : 0;
    Set<String> skip = new HashSet<>(a.credits());
    if (a.outlet() != null) {
      skip.add(a.outlet());
    }
    read(a, Part.TEXT, text, part(ms, Part.TEXT, text, ms), part(ts, Part.TEXT), published,
        Event.REPORT, from, skip, types, prefilter, cost, events);
    if (a.title() != null && !a.title().isBlank()) {
      // headline grammar: Title Case and capitals put into running case (same length, offsets
      // kept), then the body's names found again in it ("VELMORA" read as "Velmora")
      String title = Headlines.recased(a.title(), text, part(ms, Part.TITLE, a.title(), ms));
      read(a, Part.TITLE, title, part(ms, Part.TITLE, title, ms), part(ts, Part.TITLE),
          published, Event.REPORT, 0, skip, types, prefilter, cost, events);
      Headlines.settle(events, published);
    }
    for (int i = 0; i < a.captions().size(); i++) {
      Caption cap = a.captions().get(i);
      if (repeated(a.captions(), i)) {
        continue; // a caption the page prints twice (once with its credit line) is one report
      }
      String p = Part.caption(i);
      // a caption says when its photo was taken; that dates its events better than the report
      DateRange when = cap.date().isKnown() ? cap.date() : published;
      read(a, p, cap.text(), part(ms, p, cap.text(), ms), part(ts, p), when,
          cap.date().isKnown() ? Event.CAPTION : Event.REPORT, 0, skip, types, prefilter, cost,
          events);
    }
    return new ArticleEvents(events, (int) cost[0], (int) cost[1], (int) cost[2], cost[3]);
  }

  /** Whether caption {@code i}'s text is already within an earlier caption of the article. */
  static boolean repeated(List<Caption> captions, int i) {
    String t = captions.get(i).text().strip();
    for (int j = 0; j < i; j++) {
      if (!t.isEmpty() && captions.get(j).text().contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** Reads one part; adds its sentences, parsed sentences, tokens and parse nanos to {@code cost}. */
  private static void read(Article a, String part, String text, List<Mention> ms,
      List<TimeExpression> ts, DateRange published, String inferred, int from, Set<String> skip,
      Map<String, String> types, Prefilter prefilter, long[] cost, List<Event> events) {
    List<Span> spans = Sentences.split(text);
    Register.Genre genre = Register.of(a.text()); // sport and show business: few events
    for (Span s : spans) {
      if (s.end() <= from || !(prefilter == Prefilter.WORDS
          ? TriggerWords.mayHold(text, s.start(), s.end())
          : Lexicon.CANDIDATE.matcher(text).region(s.start(), s.end()).find()
              || Acts.candidate(text, s.start(), s.end()))) {
        continue;
      }
      // a dateline ("CITY (Agency) -") would be parsed as the sentence's subject: parse after it
      int begin = Math.max(s.start(), from);
      while (begin < s.end() && Character.isWhitespace(text.charAt(begin))) {
        begin++;
      }
      DepParser parser = DepParser.shared(); // loads on first use: its load is no parse time
      long t0 = System.nanoTime();
      Parse parse = Part.TITLE.equals(part) ? Headlines.parse(parser, text, begin, s.end())
          : ReducedRelatives.repair(parser, text, begin, s.end(), parser.parse(text, begin, s.end()));
      if (parse == null) {
        continue; // a title that reports nothing: a question, a feature, an opinion
      }
      cost[3] += System.nanoTime() - t0;
      cost[1]++;
      cost[2] += parse.tokens().size();
      DepFinder.Context c = new DepFinder.Context(text, s.start(), s.end(), ms, ts, types,
          published, Math.max(from, s.start()), skip, Part.TITLE.equals(part));
      List<TimeExpression> own = null; // the sentence's times, for the date basis: read once
      for (DepFinder.Found found : DepFinder.find(parse, c)) {
        DepFinder.Found f = Part.TITLE.equals(part) ? Headlines.dated(found, published) : found;
        if (Register.drops(genre, f.type(), text, f.start(), f.end())) {
          continue;
        }
        if (own == null) {
          own = ts.stream().filter(x -> x.start() >= s.start() && x.end() <= s.end()).toList();
        }
        Evidence ev = new Evidence(a.id(), f.start(), f.end(), context(part, text, s), part);
        List<Claim> claims = f.claim() == null ? List.of()
            : List.of(new Claim(ev, f.claim().entityId(), f.claim().text()));
        merge(events, new Event(null, f.type(), f.mode(), f.status(), f.date(), f.locationId(),
            located(f.participants(), a.id(), part), List.of(ev), f.confidence(), claims,
            Dates.basis(f.date(), own, published, inferred)));
      }
    }
    cost[0] += spans.size();
  }

  /** The participants with each generic actor's words placed in the article's part. */
  static List<Participant> located(List<Participant> ps, String article, String part) {
    return ps.stream().map(p -> p.isGeneric()
        ? Participant.generic(p.actor().in(article, part), p.role()) : p).toList();
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
    if (c == '"' || c == '“' || c == '«' || text.startsWith("``", s.start())) {
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
    return FigureStage.partMentions(all, part, text);
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
      // and a place known in one report only joins them on one day (or the same report day and
      // the day before, which an untimed past gets)
      boolean placed = Objects.equals(o.locationId(), e.locationId())
          || o.date().equals(e.date()) && o.date().earliest() != null && o.date().latest() != null
              && !o.date().earliest().plusDays(1).isBefore(o.date().latest());
      if (!o.type().equals(e.type()) || both == null || !compatible(o.locationId(), e.locationId())
          || !overlap(o, e) || CrossedRoles.crossed(o, e) // "X accused Y" and "X was charged"
          || Pairs.sameSentence(o, e) // two acts the finder kept apart in one sentence
          || !sameArticle && (!o.date().isKnown() || !e.date().isKnown() || !placed)) {
        continue;
      }
      Map<String, Participant> parts = new LinkedHashMap<>();
      o.participants().forEach(p -> parts.put(p.key(), p));
      e.participants().forEach(p -> parts.putIfAbsent(p.key(), p));
      String location = o.locationId() != null ? o.locationId() : e.locationId();
      parts.remove(location);
      List<Evidence> sources = new ArrayList<>(o.sources());
      e.sources().stream().filter(x -> !sources.contains(x)).forEach(sources::add);
      List<Claim> claims = new ArrayList<>(o.claims());
      e.claims().stream().filter(x -> !claims.contains(x)).forEach(claims::add);
      // a report of the event as fact outranks a claim of it; more reports raise the confidence
      String status = "happened".equals(e.status()) ? "happened" : o.status();
      events.set(i, new Event(null, o.type(), o.mode() != null ? o.mode() : e.mode(), status,
          both, location, List.copyOf(parts.values()), sources,
          Math.min(0.99, Math.max(o.confidence(), e.confidence()) + 0.05), claims,
          firmer(o.dateBasis(), e.dateBasis())));
      return;
    }
    events.add(e);
  }

  /** The firmer of two date bases: the merged date is their intersection, as firm as the firmer. */
  static String firmer(String a, String b) {
    for (String basis : List.of(Event.STATED, Event.CAPTION, Event.REPORT)) {
      if (basis.equals(a) || basis.equals(b)) {
        return basis;
      }
    }
    return null;
  }

  private static boolean compatible(String a, String b) {
    return a == null || b == null || Objects.equals(a, b);
  }

  /**
   * Whether the named participants overlap. Generic actors do not count either way: "police" in two
   * reports may be two forces, and a report that names no force must still join one that does.
   */
  private static boolean overlap(Event a, Event b) {
    Set<String> ids = named(a);
    Set<String> others = named(b);
    if (ids.isEmpty() || others.isEmpty()) {
      return ids.isEmpty() && others.isEmpty()
          || Objects.equals(a.locationId(), b.locationId()) && a.locationId() != null;
    }
    return others.stream().anyMatch(ids::contains);
  }

  private static Set<String> named(Event e) {
    return e.participants().stream().map(Participant::entityId).filter(Objects::nonNull)
        .collect(Collectors.toSet());
  }
}
