package dossier.events;

import dossier.model.DateRange;
import dossier.model.Mention;
import dossier.model.Participant;
import dossier.model.TimeExpression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Events in one sentence: a trigger word gives the PLOVER type; the entities named in the sentence
 * are its participants (before the trigger: source, after: target); a place after "in" or "at" is
 * its location; the time expression nearest the trigger, else the publication range, its date.
 * Hypotheticals ("if", "whether", "could") give no event: a wrong event costs more than a missed one.
 */
final class EventFinder {
  /** An event read from one sentence, before merging. */
  record Found(String type, String status, DateRange date, String locationId,
      List<Participant> participants, int start, int end, double confidence) {}

  private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE");
  /** Actors: people, organisations, countries (a city or region is a place, not an actor). */
  private static final Set<String> ACTORS = Set.of("PERSON", "ORGANIZATION", "COUNTRY");
  private static final Pattern NOUN_AFTER = Pattern.compile("^\\s+(?!(?:on|in|at|to|late|early|"
      + "last|this|next|from|for|and|with|after|before|during|until|since|earlier|later|"
      + "today|yesterday|tomorrow|over|where|which|when|while|as|by|of)\\b)[a-z]");
  private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\b(?:whether|if|unless|could|"
      + "might|may|no halt to|appealed for|called for|calls for|urged|sought to|hopes?|hoping|"
      + "would be no|not clear)\\b[^.;]*$");
  /** "died in the fighting", "weeks of clashes": a reference to fighting told elsewhere. */
  private static final Pattern BACKGROUND = Pattern.compile("(?i)\\b(?:in|during|since|after|"
      + "before|of|from|by|following|amid|despite)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?$");
  private static final Pattern PLANNED = Pattern.compile("(?i)\\b(?:will|would|set to|due to|"
      + "expected to|plans? to|planned to|scheduled to|to)\\s+(?:\\w+\\s+){0,2}$");
  private static final Pattern DENIED = Pattern.compile(
      "(?i)\\b(?:not|never|denied|denies|no)\\s+(?:\\w+\\s+)?$");
  private static final Pattern PLACE_BEFORE = Pattern.compile(
      "(?i)\\b(?:in|at)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,5}?(?:of\\s+)?$");

  private EventFinder() {}

  /**
   * The events of sentence {@code [start, end)}. {@code mentions} and {@code times} are the
   * article's; {@code types} maps entity ids to entity types; participants are read from
   * {@code from} on (after a dateline) and never among {@code skip} (the article's credits).
   */
  private static final java.util.regex.Pattern PERIOD_BOUND =
      java.util.regex.Pattern.compile("(?i)\\b(since|until|till|for)\\s+(the\\s+)?$");

  static List<Found> find(String text, int start, int end, List<Mention> mentions,
      List<TimeExpression> times, Map<String, String> types, DateRange published,
      int from, Set<String> skip) {
    List<Found> out = new ArrayList<>();
    for (Triggers.Hit h : Triggers.find(text, start, end)) {
      String before = text.substring(Math.max(start, h.start() - 60), h.start());
      if (HYPOTHETICAL.matcher(before).find()
          || (h.type().equals("ASSAULT") && BACKGROUND.matcher(before).find())) {
        continue;
      }
      String location = location(text, start, end, mentions, types, h);
      Map<String, Participant> parts = new LinkedHashMap<>();
      for (Mention m : mentions) {
        String type = types.get(m.entityId());
        if (m.entityId() == null || m.start() < from || m.end() > end || type == null
            || m.entityId().equals(location) || "NATIONALITY".equals(m.type())
            || !ACTORS.contains(type) || skip.contains(m.text())) {
          continue;
        }
        parts.putIfAbsent(m.entityId(), new Participant(m.entityId(),
            m.end() <= h.start() ? "SOURCE" : "TARGET"));
      }
      boolean twoSided = h.type().equals("CONSULT") || h.type().equals("AGREE");
      if (parts.size() < (twoSided ? 2 : h.type().equals("ASSAULT") ? 0 : 1)) {
        continue;
      }
      String status = status(text, start, end, h, before);
      DateRange date = date(text, times, start, end, h, published);
      double confidence = 0.5 + Math.min(0.3, 0.1 * parts.size()) + (location != null ? 0.1 : 0);
      out.add(new Found(h.type(), status, date, location, List.copyOf(parts.values()), start, end,
          Math.min(0.95, confidence)));
    }
    return out;
  }

  private static String status(String text, int start, int end, Triggers.Hit h, String before) {
    if (DENIED.matcher(before).find()) {
      return "denied";
    }
    if (PLANNED.matcher(before).find()) {
      return "planned";
    }
    return dossier.figures.Claimants.reports(text, start, end) && !h.type().equals("ACCUSE")
        ? "claimed" : "happened";
  }

  /**
   * The place named after "in"/"at" nearest the trigger. A name followed by a common noun ("the
   * X resort city of Y", "the X conflict zone") describes an area, not the place of the event.
   */
  private static String location(String text, int start, int end, List<Mention> mentions,
      Map<String, String> types, Triggers.Hit h) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : mentions) {
      String type = types.get(m.entityId());
      if (m.entityId() == null || m.start() < start || m.end() > end || type == null
          || !PLACES.contains(type) || "NATIONALITY".equals(m.type())
          || !PLACE_BEFORE.matcher(text.substring(Math.max(start, m.start() - 50), m.start())).find()
          || NOUN_AFTER.matcher(text.substring(m.end(), Math.min(end, m.end() + 30))).find()) {
        continue;
      }
      int d = m.start() >= h.end() ? m.start() - h.end() : h.start() - m.end();
      if (d < bestDistance) {
        best = m.entityId();
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * The dated time expression of the sentence nearest the trigger, else the publication range. A
   * date after "since", "until" or "for" bounds a period ("has mediated since 2001"); it does not
   * date the event, so it is passed over.
   */
  private static DateRange date(String text, List<TimeExpression> times, int start, int end,
      Triggers.Hit h, DateRange published) {
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression t : times) {
      if (t.start() >= start && t.end() <= end && t.range() != null && t.range().isKnown()
          && "DATE".equals(t.timexType())
          && !PERIOD_BOUND.matcher(text.substring(Math.max(start, t.start() - 12), t.start())).find()) {
        int d = t.start() >= h.end() ? t.start() - h.end() : h.start() - t.end();
        if (d < bestDistance) {
          best = t;
          bestDistance = d;
        }
      }
    }
    return best != null ? best.range() : published;
  }
}
