package dossier.model;

import java.util.List;

/** Articles that carry the same story text; {@code canonical} is the article the others copy. */
public record DuplicateGroup(String id, String canonical, List<Member> members) implements java.io.Serializable {
  public DuplicateGroup {
    members = List.copyOf(members == null ? List.of() : members);
  }

  /**
   * One copy and how it relates to the canonical article.
   *
   * @param relation exact, near, contains or contained-in
   * @param similarity in [0, 1]
   */
  public record Member(String articleId, String relation, double similarity) implements java.io.Serializable {}
}
