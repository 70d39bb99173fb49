package dossier.search;

import dossier.model.Entity;
import java.util.ArrayList;
import java.util.List;

/** The document of an entity: its name, aliases and type. */
final class EntityDocs {
  private EntityDocs() {}

  static DocBuilder.Built of(Entity e) {
    List<String> names = new ArrayList<>();
    names.add(e.name());
    names.addAll(e.aliases());
    return new DocBuilder("entity", e.id())
        .text(Fields.TITLE, e.name())
        .body(e.type() + (e.aliases().isEmpty() ? "" : ": " + String.join("; ", e.aliases())))
        .words(Fields.ENTITY, names)
        .text(Fields.TYPE, e.type())
        .facet(Fields.TYPE, e.type())
        .facet(Fields.ENTITY, e.name())
        .collapse("entity:" + e.id())
        .build();
  }
}
