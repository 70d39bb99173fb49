package dossier.web;

/** A request the API refuses: its status, a short error name and a detail for the client. */
final class ApiException extends RuntimeException {
  private final int status;
  private final String error;

  ApiException(int status, String error, String detail) {
    super(detail, null, false, false); // no stack trace: this is an answer, not a bug
    this.status = status;
    this.error = error;
  }

  static ApiException badRequest(String detail) {
    return new ApiException(400, "bad request", detail);
  }

  static ApiException notFound(String what, String id) {
    return new ApiException(404, "not found", "no " + what + " with id " + Errors.quote(id));
  }

  int status() {
    return status;
  }

  String error() {
    return error;
  }
}
