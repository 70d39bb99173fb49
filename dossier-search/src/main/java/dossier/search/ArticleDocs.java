package dossier.search;

import dossier.model.Article;
import dossier.model.Entity;
import java.util.ArrayList;
import java.util.List;

/** The document of an article: its text and what later stages say about it. */
final class ArticleDocs {
  private ArticleDocs() {}

  static DocBuilder.Built of(Article a, Derived d) {
    DocBuilder b = new DocBuilder("article", a.id())
        .text(Fields.TITLE, a.title())
        .body(a.text())
        .text(Fields.OUTLET, a.outlet())
        .facet(Fields.OUTLET, a.outlet())
        .words(Fields.CREDIT, a.credits())
        .text(Fields.BYLINE, a.byline())
        .date(a.published().range());
    String story = d.story(a.id());
    b.exact(Fields.STORY, story).facet(Fields.STORY, story);
    Derived.Group g = d.group(a.id());
    if (g == null) {
      b.collapse("article:" + a.id());
    } else {
      b.exact(Fields.GROUP, g.id()).collapse("group:" + g.id()).stored(Fields.CANONICAL, g.canonical())
          .stored(Fields.GROUP_ARTICLES, g.members()).stored(Fields.GROUP_OUTLETS, g.outlets());
    }
    List<String> names = new ArrayList<>();
    for (Entity e : d.entities(a.id())) {
      names.add(e.name());
      names.addAll(e.aliases());
      b.facet(Fields.ENTITY, e.name());
    }
    b.words(Fields.ENTITY, names);
    for (String t : d.eventTypes(a.id())) {
      b.words(Fields.TYPE, List.of(t)).facet(Fields.TYPE, t);
    }
    for (String k : d.figureKinds(a.id())) {
      b.words(Fields.KIND, List.of(k)).facet(Fields.KIND, k);
    }
    return b.build();
  }
}
