package dossier.figures;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as news text writes them: digits ("140,000", "1.2 million"), words ("twelve",
 * "twenty-four"), vague quantities ("dozens of", "several hundred") and the hedges before them
 * ("nearly", "at least"); and the interval of values each hedge honestly allows.
 */
final class Quantities {
  /** A quantity found in text: its value, hedge, honest bounds (null when open) and extent. */
  record Quantity(double value, String qualifier, Double low, Double high, int start, int numberAt,
      int end, boolean vague) {}

  private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("one", 1));
  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("a dozen", 12), Map.entry("dozen", 12));
  private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40,
      "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
  static final String HEDGES = "nearly|almost|some|about|around|approximately|roughly|an estimated|"
      + "estimated|more than|over|at least|up to|fewer than|less than|as many as|just over|"
      + "just under|close to";
  static final String WORD_NUMBER = "(?:" + String.join("|", TENS.keySet()) + ")(?:-(?:"
      + String.join("|", UNITS.keySet()) + "))?|" + String.join("|", WORDS.keySet()) + "|"
      + String.join("|", UNITS.keySet()).replace("one|", "").replace("|one", "");
  private static final Pattern NUMBER = Pattern.compile("(?i)(?<![\\w$€£.,-])(?:(" + HEDGES
      + ")\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?=\\s+(?:million|thousand))|\\d+|"
      + "(?:a|one)(?=\\s+(?:million|thousand)\\b)|" + WORD_NUMBER
      + ")(?:\\s+(million|thousand))?(?![\\w%-]|[.,]\\d)");
  /** "a million or more": a lower bound written after the number. */
  private static final Pattern OR_MORE = Pattern.compile("(?i)^\\s+or\\s+more\\b");
  /** Vague quantities: the value is the least the words allow, the bounds say how far it may go. */
  private static final Pattern VAGUE = Pattern.compile("(?i)(?<![\\w-])(hundreds of millions|"
      + "tens of millions|millions|tens of thousands|hundreds of thousands|several dozen|several hundred|several thousand|dozens|scores|"
      + "hundreds|thousands)(?:\\s+of)?(?![\\w-])");

  private Quantities() {}

  /** Numbers in {@code [start, end)} of {@code text}, in order (vague ones interleaved). */
  static java.util.List<Quantity> find(String text, int start, int end) {
    java.util.List<Quantity> out = new java.util.ArrayList<>();
    Matcher m = NUMBER.matcher(text).region(start, end);
    while (m.find()) {
      if (calendar(text, m.start(2), m.end(), end)) {
        continue; // "March 4", "4 March", "at 6 a.m.": a date or a time, not a count
      }
      String hedge = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
      int numberEnd = m.end();
      Matcher more = OR_MORE.matcher(text.substring(m.end(), end));
      if (hedge == null && m.group(3) != null && more.find()) {
        hedge = "or more"; // "a million or more Velmorans": at least a million
        numberEnd = m.end() + more.end();
      }
      double v = parse(m.group(2));
      if ("million".equalsIgnoreCase(m.group(3))) {
        v *= 1_000_000;
      } else if ("thousand".equalsIgnoreCase(m.group(3))) {
        v *= 1_000;
      }
      double[] b = bounds(hedge, v);
      out.add(new Quantity(v, hedge, box(b[0]), box(b[1]), m.start(), m.start(2), numberEnd,
          false));
    }
    Matcher g = VAGUE.matcher(text).region(start, end);
    while (g.find()) {
      String w = g.group(1).toLowerCase(Locale.ROOT);
      double low = switch (w) {
        case "dozens", "several dozen" -> 24;
        case "scores" -> 40;
        case "hundreds", "several hundred" -> 200;
        case "thousands", "several thousand" -> 2000;
        case "tens of thousands" -> 20_000;
        case "millions" -> 2_000_000;
        case "tens of millions" -> 20_000_000;
        case "hundreds of millions" -> 200_000_000;
        default -> 200_000;
      };
      String qualifier = g.group().toLowerCase(Locale.ROOT);
      out.add(new Quantity(low, qualifier, low, low * 5 - 1, g.start(), g.start(), g.end(), true));
    }
    out.sort(java.util.Comparator.comparingInt(Quantity::start));
    return out;
  }

  /**
   * A month before a day: "May 5", "Sept. 12". A full month name and a full stop end a sentence
   * ("seized in March. Five pirates were detained"): only an abbreviation takes the stop.
   */
  private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)\\b(?:(?:january|february|"
      + "march|april|may|june|july|august|september|october|november|december)|(?:jan|feb|mar|"
      + "apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?)\\s+$");
  private static final Pattern MONTH_OR_HOUR_AFTER = Pattern.compile("(?i)^\\s*(?:(?:st|nd|rd|th)\\b|"
      + "(?:january|february|march|april|may|june|july|august|september|october|november|"
      + "december)\\b|[ap]\\.?m\\b|gmt\\b|utc\\b|o'clock|h\\b|:\\d)");

  private static boolean calendar(String text, int numberAt, int numberEnd, int end) {
    String before = text.substring(Math.max(0, numberAt - 12), numberAt);
    String after = text.substring(numberEnd, Math.min(end, numberEnd + 12));
    return MONTH_BEFORE.matcher(before).find() || MONTH_OR_HOUR_AFTER.matcher(after).find();
  }

  static double parse(String s) {
    String n = s.toLowerCase(Locale.ROOT);
    if (WORDS.containsKey(n)) {
      return WORDS.get(n);
    }
    if (n.equals("a")) {
      return 1; // "a million"
    }
    if (UNITS.containsKey(n)) {
      return UNITS.get(n);
    }
    int dash = n.indexOf('-');
    if (dash > 0 && TENS.containsKey(n.substring(0, dash))) {
      return TENS.get(n.substring(0, dash)) + UNITS.get(n.substring(dash + 1));
    }
    if (TENS.containsKey(n)) {
      return TENS.get(n);
    }
    return Double.parseDouble(n.replace(",", ""));
  }

  /** Whether the number was spelled out in words ("twelve"), not digits. */
  static boolean spelled(String text, Quantity q) {
    return Character.isLetter(text.charAt(q.numberAt()));
  }

  /**
   * The values a hedge allows around {@code v}: exact without one, open above for "more than",
   * open below for "up to", within a tenth for "about". Null bounds are open.
   */
  static double[] bounds(String hedge, double v) {
    if (hedge == null) {
      return new double[] {v, v};
    }
    return switch (hedge) {
      case "nearly", "almost", "just under", "close to" -> new double[] {v * 0.9, v};
      case "more than", "over", "at least", "just over", "or more" -> new double[] {v, Double.NaN};
      case "up to", "fewer than", "less than" -> new double[] {Double.NaN, v};
      case "as many as" -> new double[] {v * 0.9, v};
      default -> new double[] {v * 0.9, v * 1.1}; // about, around, some, estimated, roughly
    };
  }

  private static Double box(double d) {
    return Double.isNaN(d) ? null : d;
  }
}
