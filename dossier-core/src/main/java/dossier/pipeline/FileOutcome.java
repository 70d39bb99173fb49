package dossier.pipeline;

import dossier.ingest.InputFile;
import dossier.model.Article;
import java.util.List;

/**
 * What reading one input file gave: its articles, or why it gave none. A large JSON-lines file
 * gives several outcomes, {@link Status#PARTIAL} until its last, so that a killed build keeps the
 * chunks already written and resumes after them.
 *
 * @param sha256 hex SHA-256 of the file's bytes as stored on disk, or null when not read whole
 * @param reason why the file was skipped or failed, naming the problem (the file is in {@code file})
 * @param progress records of the file written once this outcome is stored
 * @param problems records of the file that could not be read
 */
public record FileOutcome(
    InputFile file,
    String sha256,
    Status status,
    String reason,
    List<Article> articles,
    long progress,
    List<Problem> problems) {

  /** How far the file got. */
  public enum Status {
    DONE,
    PARTIAL,
    SKIPPED,
    ERROR;

    /** The lower-case name kept in the store. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public FileOutcome {
    articles = List.copyOf(articles == null ? List.of() : articles);
    problems = List.copyOf(problems == null ? List.of() : problems);
  }

  static FileOutcome skipped(InputFile f, String reason) {
    return new FileOutcome(f, null, Status.SKIPPED, reason, List.of(), 0, List.of());
  }

  static FileOutcome error(InputFile f, String reason) {
    return new FileOutcome(f, null, Status.ERROR, reason, List.of(), 0, List.of());
  }
}
