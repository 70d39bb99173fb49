package dossier.figures;

import dossier.figures.FigureFinder.Found;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exact counts written as words that are no number: "both officers were killed", "a pair of
 * hikers went missing", "the brothers were both killed". Counted only when the words around say
 * what happened to them; "both A and B" joins two things and counts nothing. Vague words
 * ("several", "a couple of") are left out: they give no value.
 */
final class Both {
  /**
   * Verbs that kill or wound that the figure finder's own lists leave out ("both guards were
   * stabbed", "both were shot dead"): a stabbing wounds unless told fatal; a bare "shot" or
   * "beaten" says neither (and "beaten" is a sports loss), so it is none.
   */
  private static final String HARM = "fatally\\s+(?:stabbed|shot|wounded)|(?:stabbed|beaten|hacked"
      + "|shot)\\s+to\\s+death|shot\\s+dead|(?:shot|stabbed)\\s+and\\s+killed|gunned\\s+down|murdered"
      + "|slain|assassinated|strangled|stabbed(?!\\s+to\\s+death)|(?:shot|stabbed)\\s+and\\s+wounded";
  /**
   * A second verb joined to the first ("stabbed and robbed", "shot or wounded"): which harm is
   * counted is unclear. "stabbed to death and their bodies were left" is one harm.
   */
  private static final String ANOTHER = "\\s+(?:and|or)\\s+(?:\\w+ed|hurt|beaten|shot)\\b";
  /** A verb of {@link #HARM} right after the counted noun: "Both officers were stabbed". */
  private static final Pattern HARM_AFTER = Pattern.compile("(?i)^\\s+(?:(?:were|was|have been"
      + "|had been|both|later|reportedly|also|then)\\s+)*(" + HARM + ")\\b(?!" + ANOTHER + ")");
  /** The word and its value. */
  private static final String WORD = "(both|a pair of|a trio of)";
  /**
   * "both officers", "both of the Velmoran guards": up to two modifiers, none a verb form nor a
   * possessive ("both countries' citizens" counts countries, not people).
   */
  private static final Pattern NOUN = Pattern.compile("(?i)(?<![\\w-])" + WORD
      + "\\s+(?:of\\s+)?(?:(?:the|these|those|its|their|his|her)\\s+)?"
      + "(?:(?!(?:and|or|of|the|were|was|are|is|had|have|has|who)\\b)\\p{L}[\\p{L}-]*"
      + "(?<!ed|ing)\\s+){0,2}?(" + FigureFinder.PEOPLE + ")\\b"
      + "(?![-'’]|\\s*(?:,|&|and\\b|or\\b|as well as\\b))");
  /**
   * "both died", "both of them were killed", "..., both of whom died", "were both wounded":
   * "both" standing for its noun.
   */
  private static final Pattern BARE = Pattern.compile("(?i)(?<![\\w-])both\\s+(?:of\\s+(?:them|whom)\\s+)?"
      + "((?:(?:were|was|"
      + "have been|had been|are|have|had|been|later|also|reportedly|now|then)\\s+)*)(killed|"
      + "wounded|injured|hurt|detained|arrested|died|dead|missing|" + HARM + ")\\b(?!" + ANOTHER + ")");
  /**
   * "both" as the object of the verb that types it: "wounding both and killing a guard"; not
   * "killed both in Ostrig and in Brenn", where "both" joins two places.
   */
  private static final Pattern OBJECT = Pattern.compile("(?i)\\b(killed|killing|wounded|wounding|"
      + "injured|injuring|arrested|detained)\\s+both(?=\\s*(?:[,.;:)]|$|and\\b))");
  /** An auxiliary right before "both": "were both killed" is passive, "both killed X" is not. */
  private static final Pattern AUX_BEFORE = Pattern.compile(
      "(?i)\\b(?:were|are|was|is|have|had|has|been)\\s+$");
  private static final Set<String> KINDS = Set.of("KILLED", "WOUNDED", "DETAINED", "MISSING",
      "DISPLACED", "DEPLOYED");

  private Both() {}

  /** The counts so written in sentence {@code [start, end)} of {@code text}. */
  static List<Found> find(String text, int start, int end) {
    List<Found> out = new ArrayList<>();
    Matcher m = NOUN.matcher(text).region(start, end);
    while (m.find()) {
      String head = m.group(2).toLowerCase(Locale.ROOT);
      String before = text.substring(Math.max(start, m.start() - 60), m.start());
      String after = text.substring(m.end(), end);
      String kind = FigureFinder.kind(head, before, after);
      Matcher h = HARM_AFTER.matcher(after);
      if ((kind == null || !KINDS.contains(kind)) && h.find()) {
        kind = harmKind(h.group(1)); // "both guards were stabbed": the finder's lists lack it
      }
      if (kind != null && KINDS.contains(kind)) {
        out.add(found(value(m.group(1)), kind, m.start(), m.end(), m.end(1), head));
      }
    }
    Matcher b = BARE.matcher(text).region(start, end);
    while (b.find()) {
      String verb = b.group(2).toLowerCase(Locale.ROOT);
      String before = text.substring(Math.max(start, b.start() - 20), b.start());
      boolean passive = !b.group(1).isBlank() || AUX_BEFORE.matcher(before).find();
      if (passive || verb.matches("died|dead|missing")) {
        String kind = FigureFinder.verbKind(verb);
        out.add(found(2, kind != null ? kind : harmKind(verb), b.start(), b.end(), b.start() + 4,
            null));
      }
    }
    Matcher o = OBJECT.matcher(text).region(start, end);
    while (o.find()) {
      out.add(found(2, FigureFinder.verbKind(o.group(1)), o.start(), o.end(), o.end(), null));
    }
    return out;
  }

  /** A stabbing or a shooting wounds; one told fatal, a murder or a shooting dead kills. */
  private static String harmKind(String verb) {
    String v = verb.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    boolean wounds = v.equals("stabbed") || v.endsWith("and wounded");
    return wounds ? "WOUNDED" : "KILLED";
  }

  private static double value(String word) {
    return word.toLowerCase(Locale.ROOT).equals("a trio of") ? 3 : 2;
  }

  private static Found found(double v, String kind, int start, int end, int sideFrom,
      String counted) {
    return new Found(v, kind, null, start, end, start, counted, v, v, null, null, false, sideFrom);
  }
}
