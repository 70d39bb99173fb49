package dossier.nlp.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/** A coarse class of a time expression, to count the eval's errors by kind. */
final class ErrorClass {
  private static final Pattern WEEKDAY = Pattern.compile("(?i).*\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b.*");
  private static final Pattern MONTH = Pattern.compile("(?i).*\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\b.*");

  private ErrorClass() {}

  static String of(String text, String value) {
    String t = text.toLowerCase(Locale.ROOT);
    String v = value == null ? "" : value;
    if (v.startsWith("P") && !v.endsWith("_REF")) {
      return "duration";
    }
    if (v.startsWith("R") || t.matches(".*\\b(?:each|every|daily|weekly|annual|per)\\b.*")) {
      return "set";
    }
    if (v.endsWith("_REF") || t.matches(".*\\b(?:now|current|recent|recently|past|former|future|once)\\b.*")) {
      return "reference";
    }
    if (t.contains("quarter") || v.matches("^\\d{4}-Q\\d$")) {
      return "quarter";
    }
    if (WEEKDAY.matcher(t).matches()) {
      return "weekday";
    }
    if (t.matches(".*\\b(?:today|yesterday|tomorrow|tonight)\\b.*")) {
      return "deictic-day";
    }
    if (t.matches(".*\\b(?:morning|afternoon|evening|night|a\\.m\\.|p\\.m\\.|noon|midnight)\\b.*|.*\\d:\\d\\d.*")) {
      return "time-of-day";
    }
    if (MONTH.matcher(t).matches()) {
      return t.matches(".*\\d{4}.*") ? "month-with-year" : "month";
    }
    if (t.matches(".*\\b(?:spring|summer|fall|autumn|winter)\\b.*")) {
      return "season";
    }
    if (t.matches(".*\\b(?:ago|earlier|later|before|after)\\b.*")) {
      return "offset";
    }
    if (t.matches(".*\\b(?:last|next|this|previous|coming)\\b.*")) {
      return "relative";
    }
    if (t.matches(".*\\d{2}s\\b.*|.*\\b(?:decade|century|nineties|eighties|seventies|sixties)\\b.*")) {
      return "decade";
    }
    if (t.matches(".*\\b(?:fiscal|year)\\b.*")) {
      return "year-word";
    }
    if (t.matches("^\\D*\\d{4}\\D*$")) {
      return "year";
    }
    return "other";
  }
}
