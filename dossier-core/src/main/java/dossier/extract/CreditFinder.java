package dossier.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the wire agencies a story comes from. Strong signals: a dateline "(Reuters) —", "By The
 * Associated Press", an agency's closing blurb or copyright, an agency heading a date line. Medium:
 * the agency as the one spoken to or reporting ("told AFP", "said in a statement to AFP", "AFP
 * reported"): agencies quote people to themselves, so that marks their own copy. Weak: a photo
 * credit. An agency needs a score of 2 (one medium signal) to be credited.
 */
final class CreditFinder {
  private static final String A = "(?<![\\p{L}\\p{N}])(?<a>" + Agencies.ALTERNATION + ")(?![\\p{L}\\p{N}-])";
  private static final String THE = "(?:[Tt]he )?";
  private static final Pattern[] STRONG = {
    Pattern.compile("^[\\p{Lu}][\\p{Lu}\\p{L}\\d ,.'-]{0,40}\\(" + A + "[^)]{0,20}\\)\\s*[-—–]"),
    Pattern.compile("^\\(" + A + "\\)\\s*[-—–]"),
    Pattern.compile("^(?i:by|from|source:?|credit:?|with|avec|mit|con|com)\\s+" + THE + A
        + "\\.?\\s*(?:[·|,–—-].{0,60})?$"),
    Pattern.compile("^[\\p{Lu}][\\p{L} .'’-]{2,40}, " + THE + A + "\\s*$"),
    Pattern.compile("^" + THE + A + "\\s+(?:is|was) an? [\\p{L} -]{0,40}(?:agency|service|organi[sz]ation)"),
    Pattern.compile("(?:©|\\([Cc]\\)|[Cc]opyright)\\s*(?:\\d{4}\\s*)?" + THE + A),
    Pattern.compile("^" + THE + A + ",?\\s+(?:\\d{1,2}\\s|[A-Z][a-z]{2,8}\\.? \\d{1,2})"),
    Pattern.compile(THE + A + " contributed to this (?:report|story)"),
  };
  private static final Pattern[] MEDIUM = {
    Pattern.compile("(?:told|to|according to|quoted by|cited by|speaking to|interview with)\\s+" + THE + A),
    Pattern.compile(THE + A + "\\s+(?:reported|reports|quoted|cited|has learned|news agency)"),
    Pattern.compile("(?i:(?:full|whole|original) (?:story|article|report)) (?:at|on|from|by) " + THE + A),
  };
  private static final Pattern[] WEAK = {
    Pattern.compile("\\(" + THE + A + "\\s*(?:photo|file photo|/[^)]*)\\)", Pattern.CASE_INSENSITIVE),
    Pattern.compile("(?i:photo(?:graph)?(?: credit)?\\s*(?:by|:)\\s*)" + THE + A),
    Pattern.compile("[.)]\\s*" + A + "(?:/[\\p{L} ]{0,30})?\\s*$"),
  };

  private CreditFinder() {}

  /**
   * Agencies credited by the given texts, best first.
   *
   * @param paragraphs body paragraphs (first is the lead)
   * @param others removed lines and captions
   */
  static List<String> find(List<String> paragraphs, List<String> others) {
    Map<String, Integer> score = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    int order = 0;
    for (String p : paragraphs) {
      order = scan(p, score, first, order);
    }
    for (String p : others) {
      order = scan(p, score, first, order);
    }
    List<String> out = new ArrayList<>();
    score.forEach((k, v) -> {
      if (v >= 2) {
        out.add(k);
      }
    });
    out.sort((a, b) -> score.get(a).equals(score.get(b))
        ? first.get(a) - first.get(b) : score.get(b) - score.get(a));
    return out;
  }

  private static int scan(String s, Map<String, Integer> score, Map<String, Integer> first,
      int order) {
    if (!Agencies.mayMention(s)) {
      return order;
    }
    order = add(s, STRONG, 3, score, first, order);
    order = add(s, MEDIUM, 2, score, first, order);
    return add(s, WEAK, 1, score, first, order);
  }

  private static int add(String s, Pattern[] patterns, int weight, Map<String, Integer> score,
      Map<String, Integer> first, int order) {
    for (Pattern p : patterns) {
      Matcher m = p.matcher(s);
      while (m.find()) {
        String name = Agencies.shortName(m.group("a"));
        if (name != null) {
          score.merge(name, weight, Integer::sum);
          first.putIfAbsent(name, order++);
        }
      }
    }
    return order;
  }
}
