package dossier.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Reads and checks request parameters; anything malformed is a 400 with a reason. */
final class Params {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;
  static final int MAX_OFFSET = 1_000_000;
  static final int MAX_VALUE_CHARS = 1000;
  /** Ids of the export: hex hashes and short prefixed names; nothing with slashes or dots runs. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_:-]{1,128}");

  private final Context ctx;

  Params(Context ctx) {
    this.ctx = ctx;
  }

  /** A query parameter, or null when absent or blank; refused when repeated or too long. */
  String text(String name) {
    List<String> all = ctx.queryParams(name);
    if (all.isEmpty()) {
      return null;
    }
    if (all.size() > 1) {
      throw ApiException.badRequest("parameter '" + name + "' given " + all.size() + " times");
    }
    String v = all.get(0);
    if (v.length() > MAX_VALUE_CHARS) {
      throw ApiException.badRequest("parameter '" + name + "' is longer than " + MAX_VALUE_CHARS
          + " characters");
    }
    if (v.indexOf('\0') >= 0) {
      throw ApiException.badRequest("parameter '" + name + "' holds a NUL character");
    }
    return v.isBlank() ? null : v.strip();
  }

  /** A query parameter that must look like an id. */
  String id(String name) {
    String v = text(name);
    if (v != null && !ID.matcher(v).matches()) {
      throw ApiException.badRequest("parameter '" + name + "' is not an id: " + Errors.quote(v));
    }
    return v;
  }

  /** The path parameter {@code name}, which must look like an id. */
  String pathId(String name) {
    String v = ctx.pathParam(name);
    if (!ID.matcher(v).matches()) {
      throw ApiException.badRequest("not an id: " + Errors.quote(v));
    }
    return v;
  }

  int offset() {
    return integer("offset", 0, 0, MAX_OFFSET);
  }

  int limit() {
    return integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  int integer(String name, int dflt, int min, int max) {
    String v = text(name);
    if (v == null) {
      return dflt;
    }
    long n;
    try {
      n = Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("parameter '" + name + "' is not a whole number: " + Errors.quote(v));
    }
    if (n < min || n > max) {
      throw ApiException.badRequest("parameter '" + name + "' must be between " + min + " and " + max);
    }
    return (int) n;
  }

  LocalDate day(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("parameter '" + name + "' is not a day (YYYY-MM-DD): " + Errors.quote(v));
    }
  }

  boolean flag(String name, boolean dflt) {
    String v = text(name);
    if (v == null) {
      return dflt;
    }
    return switch (v.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw ApiException.badRequest("parameter '" + name + "' must be true or false");
    };
  }

  /** A word parameter (type, kind, status, language): letters, digits, '_' and '-' only. */
  String word(String name) {
    String v = text(name);
    if (v != null && !v.matches("[\\p{L}\\p{N}_-]{1,64}")) {
      throw ApiException.badRequest("parameter '" + name + "' is not a single word: " + Errors.quote(v));
    }
    return v;
  }

  /** {@code from} and {@code to}, checked to be in order. */
  LocalDate[] dayRange() {
    LocalDate from = day("from");
    LocalDate to = day("to");
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badRequest("'to' " + to + " is before 'from' " + from);
    }
    return new LocalDate[] {from, to};
  }
}
