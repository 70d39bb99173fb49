package dossier.search;

/** A query that cannot be run: bad syntax, too long, a page out of range. The message says why. */
public class QueryException extends IllegalArgumentException {
  public QueryException(String message) {
    super(message);
  }
}
