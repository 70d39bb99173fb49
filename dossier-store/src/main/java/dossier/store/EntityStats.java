package dossier.store;

import java.util.List;

/** How often an entity is mentioned, and in which articles (ids in order). */
public record EntityStats(int mentions, List<String> articles) {
  public EntityStats {
    articles = List.copyOf(articles);
  }

  /** No mentions. */
  public static final EntityStats NONE = new EntityStats(0, List.of());
}
