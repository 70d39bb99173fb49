package dossier.cli;

import dossier.eval.TextPagesEval;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier eval}: scores Dossier's stages against benchmark data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores a stage against benchmark data with the benchmark's own metric.",
    subcommands = {EvalCommand.TextPages.class, EvalCommand.Extraction.class, EvalCommand.Dates.class,
        EvalCommand.Stories.class, EvalTime.class, EvalEvents.class, EvalFigures.class})
final class EvalCommand {
  private EvalCommand() {}

  /** Body F1 of plain-text extraction on pages saved as text. */
  @Command(name = "text-pages", mixinStandardHelpOptions = true,
      description = "Body F1 (word 4-grams) of plain-text extraction on a folder with pages/ and "
          + "ground-truth.json, as in ../shared/datasets/text-pages.",
      footer = {"", "Example:", "  dossier eval text-pages ../shared/datasets/text-pages --worst 5"})
  static final class TextPages implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder with pages/ and ground-truth.json.")
    Path dir;

    @Option(names = "--worst", defaultValue = "0", paramLabel = "N", description = "Also list the N worst pages.")
    int worst;

    @Override
    public Integer call() {
      long t0 = System.nanoTime();
      TextPagesEval.Report r = TextPagesEval.run(dir);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("pages: %d%nprecision: %.4f%nrecall: %.4f%nF1: %.4f%n", r.pages().size(), r.precision(),
          r.recall(), r.f1());
      r.pages().stream().sorted(Comparator.comparingDouble(TextPagesEval.PageResult::f1)).limit(worst)
          .forEach(p -> out.printf("  %.3f  P %.3f  R %.3f  %s%n", p.f1(), p.precision(), p.recall(), p.page()));
      out.printf("time: %.1fs%n", (System.nanoTime() - t0) / 1e9);
      out.flush();
      return 0;
    }
  }

  /** Body F1 of HTML extraction on the article-extraction benchmark's layout. */
  @Command(name = "extraction", mixinStandardHelpOptions = true,
      description = "Body F1 (word 4-grams) of HTML extraction on a folder with html/ID.html.gz and "
          + "ground-truth.json, as in ../shared/datasets/article-extraction.",
      footer = {"", "Example:", "  dossier eval extraction ../shared/datasets/article-extraction"})
  static final class Extraction implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR_OR_FILE", description = "The benchmark folder, or its ground-truth.json.")
    Path dir;

    @Override
    public Integer call() throws Exception {
      dossier.html.eval.ExtractionEval.Report r = dossier.html.eval.ExtractionEval.run(dir);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("pages: %d%nprecision: %.4f%nrecall: %.4f%nF1: %.4f%npages/s: %.0f%n", r.pages().size(),
          r.precision(), r.recall(), r.f1(), r.pagesPerSecond());
      out.flush();
      return 0;
    }
  }

  /** Share of pages whose publication day is found, on the publication-dates layout. */
  @Command(name = "dates", mixinStandardHelpOptions = true,
      description = "Share of HTML pages whose publication day is right, on a folder with dates.json "
          + "and html/, as in ../shared/datasets/publication-dates.",
      footer = {"", "Example:", "  dossier eval dates ../shared/datasets/publication-dates"})
  static final class Dates implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The benchmark folder.")
    Path dir;

    @Override
    public Integer call() throws Exception {
      dossier.html.eval.DatesEval.Report r = dossier.html.eval.DatesEval.run(dir);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("pages: %d%naccuracy: %.4f%n", r.pages().size(), r.accuracy());
      out.flush();
      return 0;
    }
  }

  /** BCubed and pairwise scores of story clustering against gold story labels. */
  @Command(name = "stories", mixinStandardHelpOptions = true,
      description = "BCubed and pairwise precision, recall and F1 of story clustering on a JSON-lines"
          + " file of articles with gold labels (id, text, story), as "
          + "../shared/datasets/news-stories.",
      footer = {"", "Example:", "  dossier eval stories ../shared/datasets/news-stories/articles.jsonl"})
  static final class Stories implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The articles.jsonl file.")
    Path file;

    @Option(names = "--threshold", paramLabel = "T", description = "Join threshold (default: the news parameters).")
    Double threshold;

    @Override
    public Integer call() throws Exception {
      long t0 = System.nanoTime();
      dossier.stories.StoryParams p = dossier.stories.StoryParams.news();
      if (threshold != null) {
        p = p.withThreshold(threshold);
      }
      dossier.stories.ClusterScores s = dossier.stories.StoryEval.score(dossier.stories.StoryEval.read(file), p);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("articles: %d%nstories: %d (gold %d)%n", s.items(), s.clusters(), s.goldClasses());
      out.printf("BCubed precision: %.4f%nBCubed recall: %.4f%nBCubed F1: %.4f%n", s.bcubedPrecision(),
          s.bcubedRecall(), s.bcubedF1());
      out.printf("pairwise precision: %.4f%npairwise recall: %.4f%npairwise F1: %.4f%n", s.pairPrecision(),
          s.pairRecall(), s.pairF1());
      out.printf("time: %.1fs%n", (System.nanoTime() - t0) / 1e9);
      out.flush();
      return 0;
    }
  }
}
