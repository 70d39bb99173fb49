package dossier.search;

import java.util.Set;

/** Names of the index's fields, and which of them a query may name. */
final class Fields {
  private Fields() {}

  /** Bumped when what a document holds changes, so the next build re-indexes every record. */
  static final String FORMAT = "2"; // 2: common-word pairs in title and body

  /** "article:ID", "event:ID", "entity:ID": the key an update replaces a document by. */
  static final String UID = "uid";
  /** The record's kind: article, event or entity (named {@code rec} because {@code kind:} is a figure kind). */
  static final String REC = "rec";
  static final String ID = "id";
  static final String HASH = "hash";
  /** Copies of one duplicate group share this key; every other record has its own. */
  static final String COLLAPSE = "collapse";

  static final String TITLE = "title";
  static final String BODY = "body";
  static final String OUTLET = "outlet";
  static final String CREDIT = "credit";
  static final String BYLINE = "byline";
  static final String ENTITY = "entity";
  static final String TYPE = "type";
  static final String KIND = "kind";
  static final String STATUS = "status";
  static final String STORY = "story";
  static final String GROUP = "group";
  static final String PUBLISHED = "published";
  static final String MONTH = "month";

  /** Stored only: what a hit shows. */
  static final String PUBLISHED_TEXT = "published_text";
  static final String GROUP_ARTICLES = "group_articles";
  static final String GROUP_OUTLETS = "group_outlets";
  static final String CANONICAL = "canonical";

  /** Fields a query may name. */
  static final Set<String> QUERYABLE = Set.of(TITLE, BODY, OUTLET, CREDIT, BYLINE, ENTITY, TYPE, KIND,
      STATUS, STORY, GROUP, PUBLISHED, ID, MONTH);
  /** Fields matched as one exact token (ids). */
  static final Set<String> EXACT = Set.of(ID, STORY, GROUP, REC, UID, MONTH);

  /** Facet dimensions, in the order results list them. */
  static final java.util.List<String> FACETS = java.util.List.of(OUTLET, ENTITY, TYPE, KIND, STORY, MONTH);
}
