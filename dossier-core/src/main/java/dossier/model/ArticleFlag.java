package dossier.model;

import java.util.List;

/**
 * Something a stage noticed about a whole article, e.g. {@code composite}: stitched together from
 * several unrelated reports.
 *
 * @param articleId the article
 * @param flag a short lower-case name ({@code composite})
 * @param detail what it rests on, for people
 * @param parts ids of articles its pieces match, where they could be matched
 */
public record ArticleFlag(String articleId, String flag, String detail, List<String> parts) implements java.io.Serializable {
  public ArticleFlag {
    parts = List.copyOf(parts == null ? List.of() : parts);
  }
}
