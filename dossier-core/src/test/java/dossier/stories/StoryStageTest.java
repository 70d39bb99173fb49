package dossier.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.DuplicateGroup;
import dossier.model.PublicationDate;
import dossier.model.Story;
import dossier.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Story clustering on short invented reports: same event together, same kind of event apart. */
class StoryStageTest {
  private static Article article(String id, String day, String title, String text) {
    return new Article(id, id + ".txt", null, title, text, List.of(), null, List.of(), null, null, List.of(),
        new PublicationDate(DateRange.exact(LocalDate.parse(day)), DateBasis.STATED, null, 0.9), "en", List.of());
  }

  static final Article QUAKE_A1 = article("qa1", "2019-03-04", "Strong quake hits Velmora province",
      "A magnitude 6.4 earthquake struck Velmora province early on Monday, killing at least 12 people"
      + " in the mountain town of Orsk. Rescue teams searched collapsed houses in Orsk through the night."
      + " The Velmora governor Anton Rusak said 40 people were injured.");
  static final Article QUAKE_A2 = article("qa2", "2019-03-05", "Velmora quake toll rises to 19",
      "The death toll from the magnitude 6.4 earthquake in Velmora province rose to 19 on Tuesday,"
      + " governor Anton Rusak said. Aftershocks shook Orsk as rescue teams dug through rubble.");
  static final Article QUAKE_B1 = article("qb1", "2021-08-20", "Earthquake rocks coastal Dunmere",
      "A magnitude 5.1 earthquake shook the coastal city of Dunmere on Friday, cracking walls in the"
      + " old harbour district. Mayor Lise Harland said no one was killed and two people were injured.");
  static final Article QUAKE_B2 = article("qb2", "2021-08-21", "Dunmere counts damage after quake",
      "Engineers inspected the harbour district of Dunmere on Saturday after the magnitude 5.1"
      + " earthquake. Mayor Lise Harland said the harbour would reopen next week.");
  static final Article SUMMIT = article("su1", "2019-03-05", "Talks on Tarn river dam end",
      "Ministers of Calvane and Ostria ended two days of talks on the Tarn river dam in Lisk without"
      + " agreement, minister Pavel Dorn said. Both sides will meet again in May.");

  private static String storyOf(List<Story> stories, String article) {
    return stories.stream().filter(s -> s.articles().contains(article)).findFirst().orElseThrow().id();
  }

  @Test
  void groupsOneEventAndKeepsTwoQuakesApart() {
    StoryResult r = new StoryStage(StoryParams.news()).run(
        List.of(QUAKE_A1, QUAKE_B1, SUMMIT, QUAKE_A2, QUAKE_B2), List.of(), List.of(), List.of());
    List<Story> s = r.stories();
    assertEquals(storyOf(s, "qa1"), storyOf(s, "qa2"));
    assertEquals(storyOf(s, "qb1"), storyOf(s, "qb2"));
    assertNotEquals(storyOf(s, "qa1"), storyOf(s, "qb1"));
    assertNotEquals(storyOf(s, "qa1"), storyOf(s, "su1"));
    Story quake = s.stream().filter(x -> x.articles().contains("qa1")).findFirst().orElseThrow();
    assertEquals(LocalDate.parse("2019-03-04"), quake.span().earliest());
    assertEquals(LocalDate.parse("2019-03-05"), quake.span().latest());
    assertTrue(quake.entities().contains("velmora") || quake.entities().contains("orsk"), quake.entities().toString());
    assertTrue(quake.label().contains("Velmora"), quake.label());
    var cites = r.citations().get(quake.id());
    assertTrue(cites.size() >= 2 && cites.size() <= Summarizer.MAX_SENTENCES, cites.toString());
    for (var c : cites) {
      String text = c.article().equals("qa1") ? QUAKE_A1.text() : QUAKE_A2.text();
      assertTrue(quake.summary().contains(text.substring(c.start(), c.end())), c.toString());
    }
  }

  @Test
  void secondBatchJoinsTheStoryOfTheFirst() {
    StoryStage stage = new StoryStage(StoryParams.news());
    List<Article> first = List.of(QUAKE_A1, QUAKE_B1, SUMMIT, QUAKE_B2);
    StoryResult one = stage.run(first, List.of(), List.of(), List.of());
    String before = storyOf(one.stories(), "qa1");
    List<Article> all = new ArrayList<>(first);
    all.add(QUAKE_A2);
    StoryResult two = stage.run(all, List.of(), one.stories(), List.of());
    assertEquals(1, two.added());
    assertEquals(before, storyOf(two.stories(), "qa2"));
    assertEquals(one.stories().size(), two.stories().size());
  }

  @Test
  void copiesFollowTheirCanonicalArticle() {
    Article copy = article("qa1copy", "2019-03-04", null, QUAKE_A1.text());
    DuplicateGroup g = new DuplicateGroup("g1", "qa1", List.of(new DuplicateGroup.Member("qa1copy", "exact", 1)));
    StoryResult r = new StoryStage(StoryParams.news()).run(
        List.of(QUAKE_A1, copy, QUAKE_B1, QUAKE_B2, SUMMIT, QUAKE_A2), List.of(g), List.of(), List.of());
    assertEquals(storyOf(r.stories(), "qa1"), storyOf(r.stories(), "qa1copy"));
  }

  private static Article undated(String id, String title, String text) {
    return new Article(id, id + ".txt", null, title, text, List.of(), null, List.of(), null, null, List.of(),
        PublicationDate.unknown(), "en", List.of());
  }

  /** The time expression the language layer finds for {@code phrase}, an explicit day. */
  private static TimeExpression day(Article a, String phrase, String iso) {
    int at = a.text().indexOf(phrase);
    return new TimeExpression(a.id(), at, at + phrase.length(), phrase, "DATE", iso,
        DateRange.exact(LocalDate.parse(iso)));
  }

  @Test
  void undatedReportsOfDaysTwoYearsApartStayApart() {
    // two floods of one river, told alike; neither page gives a publication date
    Article first = undated("fl1", "Tarn river floods Lisk",
        "The Tarn river burst its banks in Lisk on 14 May 2019 after three days of rain, flooding the"
        + " old town. Mayor Edda Voss said 300 homes were evacuated and rescue boats worked through the night.");
    Article second = undated("fl2", "Floods hit Lisk as the Tarn rises",
        "Rescue boats worked through the night in Lisk after the Tarn river burst its banks on 9 May 2021,"
        + " flooding the old town. Mayor Edda Voss said homes near the river were evacuated.");
    List<Article> both = List.of(first, second);
    StoryStage stage = new StoryStage(StoryParams.news());
    // by their words alone they are one story: the dates are what tells them apart
    List<Story> textOnly = stage.run(both, List.of(), List.of(), List.of()).stories();
    assertEquals(storyOf(textOnly, "fl1"), storyOf(textOnly, "fl2"));
    List<TimeExpression> times = List.of(day(first, "14 May 2019", "2019-05-14"),
        day(second, "9 May 2021", "2021-05-09"));
    List<Story> withTimes = stage.run(both, List.of(), List.of(), List.of(), times).stories();
    assertNotEquals(storyOf(withTimes, "fl1"), storyOf(withTimes, "fl2"));
  }

  @Test
  void undatedReportNamingADayJoinsTheStoryOfThatDay() {
    Article report = undated("qa3", "Velmora rescue ends",
        "Rescue teams in Orsk ended the search on Thursday, three days after the magnitude 6.4 earthquake"
        + " struck Velmora province on 4 March 2019, governor Anton Rusak said.");
    List<TimeExpression> times = List.of(day(report, "4 March 2019", "2019-03-04"));
    List<Story> s = new StoryStage(StoryParams.news()).run(List.of(QUAKE_A1, QUAKE_B1, SUMMIT, QUAKE_A2,
        QUAKE_B2, report), List.of(), List.of(), List.of(), times).stories();
    assertEquals(storyOf(s, "qa1"), storyOf(s, "qa3"));
  }

  @Test
  void streamedSourceIsReadOnceAndFetchedByStory() {
    List<Article> all = List.of(QUAKE_A1, QUAKE_B1, SUMMIT, QUAKE_A2, QUAKE_B2);
    int[] passes = {0};
    List<Integer> fetches = new ArrayList<>();
    ArticleSource counting = new ArticleSource() {
      @Override
      public void forEach(java.util.function.Consumer<Article> sink) {
        passes[0]++;
        all.forEach(sink);
      }

      @Override
      public java.util.Map<String, Article> fetch(java.util.Collection<String> ids) {
        fetches.add(ids.size());
        return ArticleSource.of(all).fetch(ids);
      }
    };
    StoryResult streamed = new StoryStage(StoryParams.news())
        .run(counting, List.of(), List.of(), List.of(), List.of());
    StoryResult listed = new StoryStage(StoryParams.news()).run(all, List.of(), List.of(), List.of());
    assertEquals(1, passes[0], "the texts stream by once");
    assertEquals(5, fetches.stream().mapToInt(Integer::intValue).sum(), "each article fetched once to write");
    assertEquals(listed.stories(), streamed.stories());
  }

  @Test
  void storylinesAreLabelledWithEntityNamesNotIds() {
    Article later1 = article("ql1", "2019-05-20", "Velmora quake survivors still in tents",
        "Two months after the magnitude 6.4 earthquake in Velmora province, hundreds of families in"
        + " the mountain town of Orsk still live in tents, the Velmora governor Anton Rusak said on"
        + " Monday. The earthquake collapsed houses in Orsk; rebuilding has barely begun.");
    Article later2 = article("ql2", "2019-05-21", "Orsk rebuilding stalls, Rusak says",
        "Rebuilding of Orsk after the magnitude 6.4 earthquake in Velmora province has stalled,"
        + " governor Anton Rusak said on Tuesday, as families whose houses collapsed wait in tents.");
    List<Article> all = List.of(QUAKE_A1, QUAKE_A2, later1, later2, SUMMIT);
    List<dossier.model.Mention> mentions = new ArrayList<>();
    java.util.Map<String, String> ids = java.util.Map.of("Velmora", "e1", "Orsk", "e2", "Anton Rusak", "e3");
    for (Article a : all) {
      ids.forEach((name, id) -> {
        for (int at = a.text().indexOf(name); at >= 0; at = a.text().indexOf(name, at + 1)) {
          mentions.add(new dossier.model.Mention(a.id(), at, at + name.length(), name, "X", id));
        }
      });
    }
    java.util.Map<String, String> names = java.util.Map.of("e1", "Velmora", "e2", "Orsk", "e3", "Anton Rusak");
    StoryResult r = new StoryStage(StoryParams.news(), names)
        .run(all, List.of(), List.of(), mentions, List.of());
    assertNotEquals(storyOf(r.stories(), "qa1"), storyOf(r.stories(), "ql1"), "two stories");
    assertEquals(1, r.storylines().size(), r.storylines().toString());
    String label = r.storylines().get(0).label();
    assertTrue(label.contains("Velmora") || label.contains("Orsk") || label.contains("Rusak"), label);
    assertTrue(!label.matches(".*\\be[123]\\b.*"), label);
  }

  @Test
  void aRebuildLinksTheSameStorylinesAsAFreshRun() {
    // three reports months apart, one story each: the first and the last share no name, the
    // middle one shares its names with both, so how the storylines fall depends on the order the
    // stories are linked in; the ids sort the other way round from publication
    Article closed = article("z-closed", "2023-01-10", "Velmora closes the Lesna crossing",
        "Velmora closed the Lesna border crossing with Dastria on Tuesday after a shooting near the"
        + " Lesna customs post, the Velmora interior ministry said. Traders from Dastria queued at"
        + " Lesna for hours before the guards turned them back.");
    Article pact = article("m-pact", "2023-05-16", "Dastria and Brenn sign a grain pact",
        "Dastria and Brenn signed a grain pact on Tuesday, and traders from Dastria will again cross"
        + " at Lesna. Brenn will ship grain through the port of Korvan, trade minister Tomas Marlo said.");
    Article port = article("a-port", "2023-09-19", "First Brenn grain ship leaves Korvan",
        "The first grain ship from Brenn left the port of Korvan on Tuesday, trade minister Tomas"
        + " Marlo said. Brenn hopes to ship a million tonnes through Korvan this year, Marlo said.");
    List<Article> all = List.of(closed, pact, port);
    StoryStage stage = new StoryStage(StoryParams.news());
    StoryResult fresh = stage.run(all, List.of(), List.of(), List.of());
    assertEquals(3, fresh.stories().size(), fresh.stories().toString());
    // the store reads its stories back in id order
    List<Story> stored = new ArrayList<>(fresh.stories());
    stored.sort(java.util.Comparator.comparing(Story::id));
    StoryResult again = stage.run(all, List.of(), stored, List.of());
    assertEquals(0, again.added());
    assertEquals(new java.util.HashSet<>(fresh.stories()), new java.util.HashSet<>(again.stories()));
    assertEquals(1, fresh.storylines().size(), fresh.storylines().toString());
    assertEquals(fresh.storylines(), again.storylines());
    // and the first two reports first, then the third with them (stored stories in id order)
    StoryResult half = stage.run(List.of(closed, pact), List.of(), List.of(), List.of());
    List<Story> halfStored = new ArrayList<>(half.stories());
    halfStored.sort(java.util.Comparator.comparing(Story::id));
    StoryResult full = stage.run(all, List.of(), halfStored, List.of());
    assertEquals(1, full.added());
    assertEquals(new java.util.HashSet<>(fresh.stories()), new java.util.HashSet<>(full.stories()));
    assertEquals(fresh.storylines(), full.storylines());
  }
}
