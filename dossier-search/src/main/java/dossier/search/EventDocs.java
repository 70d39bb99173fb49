package dossier.search;

import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Participant;
import dossier.model.Part;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The document of an event: its type, participants, place, date, status and evidence sentences. */
final class EventDocs {
  /** Evidence sentences indexed per event: enough to find it, bounded for a much-reported event. */
  static final int MAX_EVIDENCE = 8;

  private EventDocs() {}

  /** {@code texts}: the texts of (at least) the articles of its first evidence spans, by id. */
  static DocBuilder.Built of(Event e, Derived d, Map<String, String> texts) {
    List<String> who = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> named = new ArrayList<>();
    for (Participant p : e.participants()) {
      if (p.isGeneric()) {
        who.add(p.actor().label()); // "police": found by its word, no entity facet
        continue;
      }
      Entity x = d.entities.get(p.entityId());
      if (x != null) {
        who.add(x.name());
        named.add(x.name());
        names.add(x.name());
        names.addAll(x.aliases());
      }
    }
    Entity place = e.locationId() == null ? null : d.entities.get(e.locationId());
    if (place != null) {
      names.add(place.name());
      names.addAll(place.aliases());
    }
    String title = e.type() + (who.isEmpty() ? "" : ": " + String.join(", ", who))
        + (place == null ? "" : " @ " + place.name());
    Set<String> evidence = new LinkedHashSet<>();
    List<String> articles = new ArrayList<>();
    for (Evidence ev : e.sources()) {
      articles.add(ev.article());
      String text = texts.get(ev.article());
      if (evidence.size() < MAX_EVIDENCE && Part.TEXT.equals(ev.part()) && text != null
          && ev.start() >= 0 && ev.end() <= text.length() && ev.start() < ev.end()) {
        evidence.add(text.substring(ev.start(), ev.end()).strip());
      }
    }
    DocBuilder b = new DocBuilder("event", e.id())
        .text(Fields.TITLE, title)
        .body(String.join("\n", evidence))
        .words(Fields.ENTITY, names)
        .text(Fields.TYPE, e.type())
        .facet(Fields.TYPE, e.type())
        .text(Fields.STATUS, e.status())
        .date(e.date())
        .stored(Fields.GROUP_ARTICLES, new ArrayList<>(new LinkedHashSet<>(articles)))
        .collapse("event:" + e.id());
    named.forEach(n -> b.facet(Fields.ENTITY, n));
    if (place != null) {
      b.facet(Fields.ENTITY, place.name());
    }
    Set<String> outlets = new LinkedHashSet<>();
    for (String a : articles) {
      String o = d.outlets.get(a);
      if (o != null && !o.isBlank()) {
        outlets.add(o);
      }
    }
    b.stored(Fields.GROUP_OUTLETS, new ArrayList<>(outlets));
    outlets.forEach(o -> b.facet(Fields.OUTLET, o));
    Set<String> stories = d.stories(articles);
    stories.forEach(s -> b.exact(Fields.STORY, s).facet(Fields.STORY, s));
    return b.build();
  }

  /** The articles whose text {@link #of} reads for {@code e}. */
  static List<String> evidenceArticles(Event e) {
    List<String> out = new ArrayList<>();
    for (Evidence ev : e.sources()) {
      if (out.size() >= MAX_EVIDENCE * 2) {
        break;
      }
      out.add(ev.article());
    }
    return out;
  }
}
