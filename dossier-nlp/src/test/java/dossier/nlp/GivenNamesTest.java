package dossier.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dossier.model.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * First names within an article, and the weak surname skeletons that must not join names across
 * articles: names given by hand (as the tagger would), so only the resolver is under test.
 */
class GivenNamesTest {
  /** The names of {@code text} at the first place each is written, all typed PERSON. */
  private static ArticleNames names(String id, String text, String... persons) {
    List<NlpDoc.Name> out = new ArrayList<>();
    for (String p : persons) {
      for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
        boolean inLonger = false; // "Dale" inside "Dale Orvik" is that name's own word
        for (String q : persons) {
          int qa = text.lastIndexOf(q, at);
          if (q.length() > p.length() && qa >= 0 && qa + q.length() >= at + p.length()
              && text.startsWith(q, qa) && qa <= at) {
            inLonger = true;
          }
        }
        if (!inLonger) {
          out.add(new NlpDoc.Name(at, at + p.length(), p, "PERSON", null));
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(NlpDoc.Name::start));
    return new ArticleNames(id, out, List.of(), Set.of());
  }

  private static String entityOf(EntityResolver.Result r, String article, String text, int from) {
    return r.mentions().stream().filter(m -> m.articleId().equals(article) && m.start() == from
        && m.text().equals(text)).map(Mention::entityId).findFirst().orElseThrow();
  }

  @Test
  void aFirstNameJoinsTheOneFullNameItBeginsInItsArticle() {
    String a = "Marta Velk and her brother Dale Orvik agreed to talk. Dale wrote that Marta had"
        + " moved to Tarsen. Orvik said little else.";
    String b = "Guard Hamid Dially scored twice; Dially was the best player on the court.";
    EntityResolver.Result r = EntityResolver.resolve(List.of(
        names("a", a, "Marta Velk", "Dale Orvik", "Dale", "Marta", "Orvik"),
        names("b", b, "Hamid Dially", "Dially")));
    String dale = entityOf(r, "a", "Dale Orvik", a.indexOf("Dale Orvik"));
    assertEquals(dale, entityOf(r, "a", "Dale", a.indexOf("Dale wrote")), "his first name");
    assertEquals(dale, entityOf(r, "a", "Orvik", a.indexOf("Orvik said")), "his surname");
    assertEquals(entityOf(r, "a", "Marta Velk", 0), entityOf(r, "a", "Marta", a.indexOf("Marta had")));
    assertNotEquals(dale, entityOf(r, "b", "Hamid Dially", b.indexOf("Hamid")),
        "another article's player shares only a two-consonant skeleton (t-l) with Dale");
  }

  @Test
  void aFirstNameTwoFullNamesShareStaysApartAndWeakSkeletonsDoNotJoinAcrossArticles() {
    String a = "Dale Orvik and Dale Brenn met in Tarsen. Dale said the talks went well.";
    String b = "Dale told reporters nothing.";
    String c = "Coach Hamid Dially left the club.";
    EntityResolver.Result r = EntityResolver.resolve(List.of(
        names("a", a, "Dale Orvik", "Dale Brenn", "Dale"), names("b", b, "Dale"),
        names("c", c, "Hamid Dially")));
    String lone = entityOf(r, "a", "Dale", a.indexOf("Dale said"));
    assertNotEquals(entityOf(r, "a", "Dale Orvik", 0), lone, "two Dales: no guess");
    assertNotEquals(entityOf(r, "a", "Dale Brenn", a.indexOf("Dale Brenn")), lone);
    assertNotEquals(entityOf(r, "c", "Hamid Dially", c.indexOf("Hamid")),
        entityOf(r, "b", "Dale", 0), "a lone Dale is not the surname Dially elsewhere");
  }
}
