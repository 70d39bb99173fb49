package dossier.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The one shape of every error body: {@code {"error", "status", "detail"}}. */
final class Errors {
  private Errors() {}

  static Map<String, Object> body(int status, String error, String detail) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("error", error);
    m.put("status", status);
    m.put("detail", detail);
    return m;
  }

  static String json(int status, String error, String detail) {
    return Json.write(body(status, error, detail));
  }

  /** The standard reason of a status, for errors raised outside the routes. */
  static String reason(int status) {
    return switch (status) {
      case 400 -> "bad request";
      case 404 -> "not found";
      case 405 -> "method not allowed";
      case 408 -> "request timeout";
      case 413 -> "payload too large";
      case 414 -> "uri too long";
      case 415 -> "unsupported media type";
      case 431 -> "request header fields too large";
      case 503 -> "service unavailable";
      default -> status >= 500 ? "internal error" : "error";
    };
  }

  /** A client value quoted for a message: shortened and stripped of control characters. */
  static String quote(String s) {
    if (s == null) {
      return "null";
    }
    String t = s.length() > 80 ? s.substring(0, 80) + "…" : s;
    return "'" + t.replaceAll("\\p{Cntrl}", "?") + "'";
  }
}
