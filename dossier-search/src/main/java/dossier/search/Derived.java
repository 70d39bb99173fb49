package dossier.search;

import dossier.model.DuplicateGroup;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Figure;
import dossier.model.Mention;
import dossier.model.Story;
import dossier.store.DossierStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What later stages say about each article (its duplicate group, story, entities, event types and
 * figure kinds), read from the store once per build; an article's document shows all of it.
 */
final class Derived {
  record Group(String id, String canonical, List<String> members, List<String> outlets) {}

  final Map<String, Entity> entities = new HashMap<>();
  final Map<String, String> outlets;
  private final Map<String, Group> groupOf = new HashMap<>();
  private final Map<String, String> storyOf = new HashMap<>();
  private final Map<String, Set<String>> entitiesOf = new HashMap<>();
  private final Map<String, Set<String>> typesOf = new HashMap<>();
  private final Map<String, Set<String>> kindsOf = new HashMap<>();
  final List<Event> events;

  Derived(DossierStore store) {
    outlets = store.outlets();
    for (Entity e : store.entities()) {
      entities.put(e.id(), e);
    }
    for (DuplicateGroup g : store.duplicates()) {
      List<String> members = new ArrayList<>();
      members.add(g.canonical());
      g.members().forEach(m -> members.add(m.articleId()));
      Set<String> outs = new LinkedHashSet<>();
      members.forEach(a -> {
        String o = outlets.get(a);
        if (o != null && !o.isBlank()) {
          outs.add(o);
        }
      });
      Group group = new Group(g.id(), g.canonical(), members, List.copyOf(outs));
      members.forEach(a -> groupOf.put(a, group));
    }
    for (Story s : store.stories()) {
      s.articles().forEach(a -> storyOf.putIfAbsent(a, s.id()));
    }
    for (Mention m : store.mentions()) {
      if (m.entityId() != null && entities.containsKey(m.entityId())) {
        entitiesOf.computeIfAbsent(m.articleId(), k -> new TreeSet<>()).add(m.entityId());
      }
    }
    events = store.events();
    for (Event e : events) {
      for (Evidence ev : e.sources()) {
        typesOf.computeIfAbsent(ev.article(), k -> new TreeSet<>()).add(e.type());
      }
    }
    for (Figure f : store.figures()) {
      for (Evidence ev : f.sources()) {
        kindsOf.computeIfAbsent(ev.article(), k -> new TreeSet<>()).add(f.kind());
      }
    }
  }

  Group group(String article) {
    return groupOf.get(article);
  }

  String story(String article) {
    return storyOf.get(article);
  }

  /** Entities an article mentions, in id order (stable for the hash). */
  List<Entity> entities(String article) {
    List<Entity> out = new ArrayList<>();
    for (String id : entitiesOf.getOrDefault(article, Set.of())) {
      out.add(entities.get(id));
    }
    return out;
  }

  Set<String> eventTypes(String article) {
    return typesOf.getOrDefault(article, Set.of());
  }

  Set<String> figureKinds(String article) {
    return kindsOf.getOrDefault(article, Set.of());
  }

  /** Stories any of these articles belong to, in first-seen order. */
  Set<String> stories(List<String> articles) {
    Set<String> out = new LinkedHashSet<>();
    for (String a : articles) {
      String s = storyOf.get(a);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }
}
