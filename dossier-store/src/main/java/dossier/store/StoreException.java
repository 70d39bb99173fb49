package dossier.store;

/** A store operation failed; the message names the dossier directory and what was being done. */
public final class StoreException extends RuntimeException {
  StoreException(String message, Throwable cause) {
    super(message + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()),
        cause);
  }
}
