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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CohesionTest {
  /** An invented report on a museum reopening, nothing to do with the floods of the wire story. */
  private static final String MUSEUM = String.join("\n\n",
      "The national gallery in Veldor reopened its east wing to visitors after a renovation that "
          + "lasted four years and cost about 18 million euros, its director announced.",
      "Curators have rehung more than 300 paintings, among them a cycle of portraits by the "
          + "baroque master Anselm Kroy, under new glass ceilings that let in daylight.",
      "\"Visitors will see colours that nobody has seen in a century,\" the director, Ilse "
          + "Marten, said, adding that restorers had removed layers of yellowed varnish.",
      "Tickets for the opening weekend sold out within hours, and the gallery plans late "
          + "openings on Fridays through the summer season.");

  private static Article article(String text) {
    return Fixtures.article("a1", "A report", text, "Daily Example", null, null);
  }

  @Test
  void coherentReportIsNotFlagged() {
    assertEquals(Optional.empty(), Cohesion.check(article(Fixtures.WIRE)));
  }

  @Test
  void reportWithBackgroundAndQuotesIsNotFlagged() {
    // the extended copy adds a local paragraph about volunteers between the wire's paragraphs
    assertEquals(Optional.empty(), Cohesion.check(article(Fixtures.extended())));
  }

  @Test
  void stitchedReportIsFlaggedWithItsPieces() {
    String[] floods = Fixtures.WIRE.split("\n\n");
    String stitched = String.join("\n\n", Arrays.copyOf(floods, 4)) + "\n\n" + MUSEUM;
    Optional<ArticleFlag> f = Cohesion.check(article(stitched));
    assertTrue(f.isPresent(), "flooding then a museum reopening should be composite");
    assertEquals("composite", f.get().flag());
    assertTrue(f.get().detail().contains("1-4, 5-8"), f.get().detail());
    assertTrue(Cohesion.mine(f.get()));
  }

  @Test
  void shortArticleIsNeverFlagged() {
    String[] floods = Fixtures.WIRE.split("\n\n");
    String[] museum = MUSEUM.split("\n\n");
    String stitched = String.join("\n\n", floods[0], floods[1], museum[0], museum[1]);
    assertFalse(Cohesion.check(article(stitched)).isPresent());
  }

  @Test
  void matchedFlagWinsOverCohesionFlag() {
    ArticleFlag matched = new ArticleFlag("a1", "composite", "pieces match 2 articles", List.of("b", "c"));
    ArticleFlag own = new ArticleFlag("a1", "composite", Cohesion.DETAIL + "1-4, 5-8", List.of());
    ArticleFlag other = new ArticleFlag("a2", "composite", Cohesion.DETAIL + "1-3, 4-7", List.of());
    assertEquals(List.of(matched, other), CompositeFlags.merge(List.of(matched), List.of(own, other)));
  }

  @Test
  void sampleCorpusFlagsOnlyItsCompositeArticle() throws IOException {
    Path dir = Path.of("../examples/conflict");
    assumeTrue(Files.isDirectory(dir), "sample corpus not found at " + dir.toAbsolutePath());
    assertEquals(List.of("valley-voice-prisoner-exchange.txt"), flagged(dir));
  }

  @Test
  void normalSeedsAreNotFlagged() throws IOException {
    Path dir = Path.of(System.getProperty("dossier.shared", "../../shared"), "seeds");
    assumeTrue(Files.isDirectory(dir), "seeds not found at " + dir.toAbsolutePath() + ", skipped");
    // seed 002 is stitched but its pieces share one broad subject: this signal does not see it
    // (Stitching does, StitchingTest)
    List<String> flagged = flagged(dir);
    flagged.remove("002_94e542c57a16e44a.txt");
    assertEquals(List.of(), flagged);
  }

  private static List<String> flagged(Path dir) throws IOException {
    return Fixtures.flagged(dir, a -> Cohesion.check(a).isPresent());
  }
}
