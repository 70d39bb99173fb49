package dossier.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Title accuracy on the real text pages (headlines from their HTML); skipped when absent. */
class TitleAccuracyTest {
  @Test
  void titlesOfTheTextPagesMatchTheirHtmlHeadlines() throws Exception {
    Path shared = Path.of(System.getProperty("dossier.shared", "../shared"));
    Path text = shared.resolve("datasets/text-pages");
    Path html = shared.resolve("datasets/article-extraction");
    assumeTrue(Files.isRegularFile(text.resolve("ground-truth.json"))
        && Files.isRegularFile(html.resolve("ground-truth.json")), "datasets not found; skipped");
    TitleEval.Report r = TitleEval.run(text, html);
    for (TitleEval.Page p : r.pages()) {
      if (!p.exact()) {
        System.out.printf(Locale.ROOT, "TITLE %s f1=%.2f%n  true:  %s%n  found: %s%n", p.page(),
            p.f1(), p.truth(), p.found());
      }
    }
    System.out.printf(Locale.ROOT, "TITLES %d pages: exact %.4f, token F1 %.4f%n", r.pages().size(),
        r.exact(), r.f1());
    TextPagesEval.Report body = TextPagesEval.run(text);
    System.out.printf(Locale.ROOT, "BODY F1 %.4f (P %.4f, R %.4f)%n", body.f1(), body.precision(),
        body.recall());
    assertTrue(r.pages().size() >= 85, "pages matched: " + r.pages().size());
    assertTrue(r.f1() >= FLOOR_F1, "title token F1 " + r.f1() + " under " + FLOOR_F1);
  }

  static final double FLOOR_F1 = 0.86;
}
