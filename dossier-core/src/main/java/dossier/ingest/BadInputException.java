package dossier.ingest;

/** An input that cannot be read, with a message that names the file and the problem. */
public final class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final String problem;

  public BadInputException(String source, String problem) {
    this(source, problem, null);
  }

  public BadInputException(String source, String problem, Throwable cause) {
    super(source + ": " + problem, cause);
    this.source = source;
    this.problem = problem;
  }

  /** The input, as the user gave it. */
  public String source() {
    return source;
  }

  /** What is wrong with it, without the file name. */
  public String problem() {
    return problem;
  }
}
