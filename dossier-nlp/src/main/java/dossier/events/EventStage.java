package dossier.events;

import dossier.figures.FigureStage;
import dossier.figures.Sentences;
import dossier.model.Article;
import dossier.model.DateRange;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Mention;
import dossier.model.Participant;
import dossier.model.Span;
import dossier.model.TimeExpression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The events stage: PLOVER-typed events from every article's sentences, merged across sentences
 * and articles when type, place and dates agree and participants overlap.
 */
public final class EventStage {
  private EventStage() {}

  /** Events of {@code articles}, given the dossier's resolved entities, mentions and times. */
  public static List<Event> run(List<Article> articles, List<Entity> entities,
      List<Mention> mentions, List<TimeExpression> times) {
    Map<String, String> types = new HashMap<>();
    entities.forEach(e -> types.put(e.id(), e.type()));
    Map<String, List<Mention>> byArticle = FigureStage.byArticle(mentions);
    Map<String, List<TimeExpression>> timesByArticle = times.stream()
        .collect(Collectors.groupingBy(TimeExpression::articleId));
    List<Event> events = new ArrayList<>();
    for (Article a : articles) {
      String text = a.text();
      List<Mention> ms = byArticle.getOrDefault(a.id(), List.of());
      List<TimeExpression> ts = timesByArticle.getOrDefault(a.id(), List.of());
      // a dateline ("CITY (Agency) -") and the credited agencies are no actors of the news
      int from = a.dateline() != null && text.startsWith(a.dateline()) ? a.dateline().length() : 0;
      Set<String> skip = new java.util.HashSet<>(a.credits());
      if (a.outlet() != null) {
        skip.add(a.outlet());
      }
      for (Span s : Sentences.split(text)) {
        for (EventFinder.Found f : EventFinder.find(text, s.start(), s.end(), ms, ts, types,
            a.published().range(), Math.max(from, s.start()), skip)) {
          Evidence ev = new Evidence(a.id(), f.start(), f.end(), FigureStage.context(text, s));
          merge(events, new Event(null, f.type(), null, f.status(), f.date(), f.locationId(),
              f.participants(), List.of(ev), f.confidence()));
        }
      }
    }
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      String key = e.type() + "|" + e.sources().get(0);
      out.add(new Event(FigureStage.id(key), e.type(), e.mode(), e.status(), e.date(),
          e.locationId(), e.participants(), e.sources(), e.confidence()));
    }
    return out;
  }

  /** Adds {@code e} to the first event it is a mention of, else as a new event. */
  private static void merge(List<Event> events, Event e) {
    for (int i = 0; i < events.size(); i++) {
      Event o = events.get(i);
      DateRange both = o.date().intersect(e.date());
      if (!o.type().equals(e.type()) || both == null
          || !Objects.equals(o.locationId(), e.locationId()) || !overlap(o, e)) {
        continue;
      }
      Map<String, Participant> parts = new LinkedHashMap<>();
      o.participants().forEach(p -> parts.put(p.entityId(), p));
      e.participants().forEach(p -> parts.putIfAbsent(p.entityId(), p));
      List<Evidence> sources = new ArrayList<>(o.sources());
      e.sources().stream().filter(x -> !sources.contains(x)).forEach(sources::add);
      // a held meeting outranks its announcement; more reports raise the confidence
      String status = "happened".equals(e.status()) ? "happened" : o.status();
      events.set(i, new Event(null, o.type(), o.mode(), status, both, o.locationId(),
          List.copyOf(parts.values()), sources, Math.min(0.99, Math.max(o.confidence(),
              e.confidence()) + 0.05)));
      return;
    }
    events.add(e);
  }

  private static boolean overlap(Event a, Event b) {
    if (a.participants().isEmpty() && b.participants().isEmpty()) {
      return true;
    }
    Set<String> ids = a.participants().stream().map(Participant::entityId).collect(Collectors.toSet());
    return b.participants().stream().anyMatch(p -> ids.contains(p.entityId()));
  }
}
