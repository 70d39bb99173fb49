package dossier.pipeline;

import dossier.extract.LineStats;
import dossier.extract.TextPageExtractor;
import dossier.html.HtmlExtractor;
import dossier.ingest.BadInputException;
import dossier.ingest.InputFile;
import dossier.ingest.InputKind;
import dossier.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one input file whole with the build's handlers, outside the build runner: what a Spark
 * task does for each file it is given. Thread-safe once built, like the handlers.
 */
public final class FileReader {
  private final Map<InputKind, InputHandler> handlers;

  /** A reader with the corpus line statistics that text pages are cut by. */
  public FileReader(BuildOptions options, LineStats lineStats) {
    this.handlers = handlers(options, lineStats, new StageTimes());
  }

  /** The handler of each input kind, as a build registers them. */
  static Map<InputKind, InputHandler> handlers(BuildOptions options, LineStats lineStats, StageTimes times) {
    HtmlExtractor html = new HtmlExtractor();
    return Map.of(
        InputKind.TEXT, new TextPageHandler(new TextPageExtractor(lineStats), options.maxPageBytes(), times),
        InputKind.HTML, new HtmlHandler(html, options.maxPageBytes(), times),
        InputKind.WARC, new WarcHandler(html, options.maxPageBytes(), times),
        InputKind.JSON, new JsonHandler(options.fields(), times),
        InputKind.JSONL, new JsonHandler(options.fields(), times));
  }

  /** All articles of {@code f}, or why it gave none; bad records are listed as problems. */
  public FileOutcome read(InputFile f) {
    InputHandler handler = handlers.get(f.kind());
    if (handler == null) {
      return FileOutcome.skipped(f,
          "not an input type Dossier reads (.txt, .json, .jsonl, .html, .warc, and .gz of them)");
    }
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    long[] progress = {0};
    String[] sha = {null};
    try {
      handler.read(f, 0, new InputHandler.Emitter() {
        @Override
        public void article(long index, Article article) {
          articles.add(article);
          progress[0] = index + 1;
        }

        @Override
        public void bad(long index, String problem) {
          problems.add(new Problem(f.source(), problem));
          progress[0] = index + 1;
        }

        @Override
        public void digest(String sha256) {
          sha[0] = sha256;
        }
      });
    } catch (BadInputException e) {
      return new FileOutcome(f, sha[0], FileOutcome.Status.ERROR, e.problem(), List.of(), 0, problems);
    }
    return new FileOutcome(f, sha[0], FileOutcome.Status.DONE, null, articles, progress[0], problems);
  }
}
