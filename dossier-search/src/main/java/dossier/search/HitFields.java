package dossier.search;

import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;

/** A hit from a document's stored fields. */
final class HitFields {
  static final Set<String> SHOWN = Set.of(Fields.REC, Fields.ID, Fields.TITLE, Fields.OUTLET,
      Fields.PUBLISHED_TEXT, Fields.STORY, Fields.GROUP, Fields.CANONICAL, Fields.GROUP_ARTICLES,
      Fields.GROUP_OUTLETS);
  /** What a hit reads: the fields it shows and the body of its snippet. */
  static final Set<String> READ = java.util.stream.Stream.concat(SHOWN.stream(), java.util.stream.Stream.of(Fields.BODY))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private HitFields() {}

  static SearchHit hit(Document d, String snippet, float score, boolean collapse) {
    String rec = d.get(Fields.REC);
    String id = d.get(Fields.ID);
    String group = d.get(Fields.GROUP);
    List<String> articles;
    List<String> outlets;
    if (!rec.equals("article")) {
      articles = List.of(d.getValues(Fields.GROUP_ARTICLES));
      outlets = List.of(d.getValues(Fields.GROUP_OUTLETS));
    } else if (collapse && group != null) {
      id = d.get(Fields.CANONICAL);
      articles = List.of(d.getValues(Fields.GROUP_ARTICLES));
      outlets = List.of(d.getValues(Fields.GROUP_OUTLETS));
    } else {
      articles = List.of(id);
      String outlet = d.get(Fields.OUTLET);
      outlets = outlet == null ? List.of() : List.of(outlet);
    }
    return new SearchHit(rec, id, d.get(Fields.TITLE), snippet, score, group, articles, outlets,
        d.get(Fields.PUBLISHED_TEXT), d.get(Fields.STORY));
  }
}
