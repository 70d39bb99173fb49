package dossier.model;

/** Where a publication date came from, most direct first. */
public enum DateBasis {
  /** Given by the input record itself (a JSON {@code published} field). */
  INPUT,
  /** A date line on the page ("Published: 9 Oct 2020"). */
  STATED,
  /** Page metadata (meta tags, JSON-LD, time element). */
  METADATA,
  /** The page's URL. */
  URL,
  /** The dates of the article's duplicates. */
  DUPLICATE,
  /** A dated photo caption. */
  CAPTION,
  /** Dates the article mentions, its tense and relative expressions. */
  CONTENT,
  /** The dates of the story the article belongs to. */
  STORY,
  /** The fetch date of a crawl: an upper bound only. */
  CRAWL,
  /** Nothing to go on. */
  UNKNOWN
}
