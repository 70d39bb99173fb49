package dossier.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dossier.model.Article;
import dossier.model.ArticleFlag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StitchingTest {
  /** One sentence from each of many invented reports on one border dispute, days apart. */
  static final String STITCHED = String.join("\n\n",
      "Kestrian troops took the Upper Vorn valley from Dalmany in the 1988-1990 war. The Dalmanian "
          + "government is tired of the slow talks on a settlement, he said, and wants a full withdrawal.",
      "Officials in Upper Vorn, a mountain region that rejects Dalmanian rule, said there was still "
          + "some shooting but that the fighting had eased.",
      "The earlier war between the two neighbours killed thousands and displaced many more.",
      "The clashes have stoked fears of a wider war, with Ostland backing Dalmany and Kestria bound "
          + "by a defence pact to its northern ally.",
      "\"We mourn every soldier who fell in these attacks,\" Halvorsen said March 12, adding that he "
          + "had called the Dalmanian president.",
      "A parliamentary committee in Ostland condemned the attacks in a joint statement on Tuesday.",
      "On Thursday, each side accused the other of breaking the truce in skirmishes overnight.",
      "One day before those remarks, Brannick predicted that Dalmany would one day regain the valley.",
      "Army chiefs of both countries met on March 12 and agreed to an immediate ceasefire along "
          + "the front, a defence ministry spokesman said.",
      "Dalmany said 28 of its soldiers and three civilians died in the clashes that broke out March 8.",
      "It was not clear whether Tesmer sought a meeting of the two presidents.",
      "Varga will discuss a settlement during talks on Friday with his Kestrian counterpart.");

  /** A long report of one event that recalls the region's history, people introduced by name. */
  static final String COHERENT_WITH_HISTORY = String.join("\n\n",
      "Kestria and Dalmany agreed on Sunday to reopen the border crossing at Halm, closed since the "
          + "fighting of last month, the two governments said in a joint statement.",
      "The crossing will reopen to trucks carrying food and medicine on Monday and to all traffic a "
          + "week later, said Dalmanian Foreign Minister Ilse Brannick after talks in the capital.",
      "\"This is a first step, not the end of the road,\" Brannick told reporters, adding that "
          + "prisoner exchanges would follow.",
      "Her Kestrian counterpart, Olav Halvorsen, said monitors from both sides would staff the "
          + "crossing together.",
      "Halvorsen said the agreement had been reached after three days of talks and that both "
          + "delegations had made concessions on customs checks.",
      "The Upper Vorn valley changed hands in the war of 1988 to 1990, which killed about 20,000 "
          + "people, and a ceasefire signed in 1991 left its status unresolved.",
      "Talks held in 1994, 2003 and 2011 all failed over the question of who should police the "
          + "valley, and the border has been closed for long periods since.",
      "Traders in Halm said the closure had cost them most of their income this year.",
      "\"We have waited for this for weeks,\" said Mira Sotka, who sells vegetables at the market "
          + "next to the crossing.",
      "Brannick said a second round of talks would be held in the Kestrian capital next month.");

  /** A long report of a week of talks: many days, but everyone is introduced. */
  static final String WEEK_OF_TALKS = String.join("\n\n",
      "Negotiators from Kestria and Dalmany ended a week of talks on Friday without a deal on the "
          + "Upper Vorn valley, but agreed to meet again on May 20.",
      "The talks opened on Monday with a statement by the mediator, former Ostland president Karl "
          + "Tesmer, who urged both sides to agree on a ceasefire line.",
      "On Tuesday the delegations exchanged maps, and on Wednesday they discussed prisoners, "
          + "according to a statement issued by the mediator's office.",
      "Dalmanian Deputy Foreign Minister Jan Varga said on Thursday that progress had been made on "
          + "the release of detainees.",
      "Varga said 40 prisoners could be freed by the end of the month.",
      "Kestrian envoy Petra Halvorsen said her government still rejected any line drawn through "
          + "the valley's villages.",
      "Halvorsen added that Kestria would not sign a deal that left its farmers cut off.",
      "Tesmer said the next round, on May 20, would focus on the ceasefire line.",
      "The valley has been disputed since the war of 1988 to 1990.");

  /** A week of relief work: people introduced by role word or appositive, never by first name. */
  static final String APPOSITIVES = String.join("\n\n",
      "Relief convoys reached the flooded towns of the lower Marrow valley on Thursday, four days "
          + "after the river burst its banks on Sunday, regional officials said.",
      "Zelenka, the regional governor, said on Monday that 12 villages were still cut off.",
      "The mayor Brodska said boats had carried about 600 people out of the town by Tuesday.",
      "Brodska added that the water had started to fall on Wednesday but that many homes were lost.",
      "The civil defence agency said its crews had cleared the main road by Thursday evening.",
      "Zelenka said schools would reopen on Monday next week where buildings were safe.",
      "Kovar, who leads the agency's rescue teams, said volunteers had filled 40,000 sandbags.",
      "Kovar warned that rain forecast for the weekend could bring the river up again.",
      "The valley was last flooded in 1997, when 31 people died.");

  private static Optional<ArticleFlag> stitching(Article a) {
    return Stitching.check(a, Cohesion.words(Cohesion.paragraphs(a)).size());
  }

  private static Article article(String text) {
    return Fixtures.article("a1", "A report", text, "Daily Example", null, null);
  }

  @Test
  void stitchedReportOnOneSubjectIsFlagged() {
    Optional<ArticleFlag> f = stitching(article(STITCHED));
    assertTrue(f.isPresent(), "pieces of many reports should be composite");
    assertTrue(f.get().detail().startsWith(Stitching.DETAIL), f.get().detail());
    assertTrue(f.get().detail().contains("Brannick, Halvorsen, Tesmer, Varga"), f.get().detail());
    assertTrue(CompositeFlags.fromText(f.get()));
    // the unrelated-topics signal does not see it: every piece names the same valley and countries
    assertFalse(Cohesion.check(article(STITCHED)).isPresent());
  }

  @Test
  void coherentReportsAreNotFlagged() {
    assertEquals(Optional.empty(), CompositeFlags.of(article(COHERENT_WITH_HISTORY), Set.of()));
    assertEquals(Optional.empty(), CompositeFlags.of(article(WEEK_OF_TALKS), Set.of()));
    assertEquals(Optional.empty(), CompositeFlags.of(article(Fixtures.WIRE), Set.of()));
    assertEquals(Optional.empty(), CompositeFlags.of(article(APPOSITIVES), Set.of()));
  }

  @Test
  void signalsAreMeasuredAsDescribed() {
    assertEquals(Set.of("Tuesday", "Thursday", "Friday", "Mar 12", "Mar 8"), Stitching.days(STITCHED));
    // years are background, not reporting days
    assertEquals(Set.of("Sunday", "Monday"), Stitching.days(COHERENT_WITH_HISTORY));
    assertEquals(6, Stitching.days(WEEK_OF_TALKS).size());
    // introduced by full name or title first: not bare; places and peoples have longer forms
    assertEquals(Set.of(), Stitching.bareSpeakers(WEEK_OF_TALKS));
    assertEquals(Set.of(), Stitching.bareSpeakers(COHERENT_WITH_HISTORY));
    // introduced by an appositive or a role word: many days, but nobody bare
    assertTrue(Stitching.days(APPOSITIVES).size() >= 5);
    assertEquals(Set.of(), Stitching.bareSpeakers(APPOSITIVES));
    assertEquals(Set.of("Brannick", "Halvorsen", "Tesmer", "Varga"), Stitching.bareSpeakers(STITCHED));
  }

  @Test
  void shortStitchedTextIsNotFlagged() {
    String[] p = STITCHED.split("\n\n");
    String shorter = String.join("\n\n", List.of(p).subList(4, 11));
    assertFalse(stitching(article(shorter)).isPresent());
  }

  @Test
  void partsNameTheArticlesItSharesPassagesWith() {
    Match passage = new Match("a1", "b7", 0.1, 0.1, 0.2, 2, false, false);
    Match copy = new Match("a1", "c3", 0.9, 0.9, 0.9, 5, false, true);
    List<ArticleFlag> flags = CompositeFlags.of(List.of(article(STITCHED)), List.of(passage, copy));
    assertEquals(1, flags.size());
    assertEquals(List.of("b7"), flags.get(0).parts());
    assertTrue(flags.get(0).detail().endsWith("shares passages with 1 article"), flags.get(0).detail());
  }

  @Test
  void onlyTheStitchedSeedIsFlagged() throws IOException {
    Path dir = Path.of(System.getProperty("dossier.shared", "../../shared"), "seeds");
    assumeTrue(Files.isDirectory(dir), "seeds not found at " + dir.toAbsolutePath() + ", skipped");
    assertEquals(List.of("002_94e542c57a16e44a.txt"), flagged(dir));
  }

  @Test
  void sampleCorpusFlagsOnlyItsCompositeArticle() throws IOException {
    Path dir = Path.of("../examples/conflict");
    assumeTrue(Files.isDirectory(dir), "sample corpus not found at " + dir.toAbsolutePath());
    assertEquals(List.of("valley-voice-prisoner-exchange.txt"), flagged(dir));
  }

  private static List<String> flagged(Path dir) throws IOException {
    return Fixtures.flagged(dir, a -> CompositeFlags.of(a, Set.of()).isPresent());
  }
}
