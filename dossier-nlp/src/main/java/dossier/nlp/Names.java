package dossier.nlp;

import dossier.text.FoldedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How names are compared: titles stripped ("President Ilham Aliyev" is "Ilham Aliyev"), case,
 * diacritics and punctuation folded ("İlham" reads "ilham"), and a transliteration skeleton that
 * reads common romanisation variants alike (-yan/-ian, -yev/-ev/-iev, kh/h, ou/u, y/i, double
 * letters, voiced/voiceless pairs): "Sargsyan" and "Sarkisian" share one skeleton. A shared
 * skeleton is a hint only; the resolver merges on it only with further evidence.
 */
final class Names {
  /** Titles and honorifics that may open a name (general English news usage). */
  private static final Set<String> TITLES = Set.of("president", "vice", "prime", "minister",
      "foreign", "defence", "defense", "interior", "finance", "deputy", "secretary", "general",
      "chancellor", "king", "queen", "prince", "princess", "sheikh", "emir", "pope", "cardinal",
      "bishop", "archbishop", "rev", "reverend", "mr", "mrs", "ms", "miss", "dr", "prof", "professor",
      "sir", "dame", "lord", "lady", "gen", "lt", "col", "colonel", "maj", "major", "capt", "captain",
      "sgt", "sergeant", "adm", "admiral", "commander", "marshal", "sen", "senator", "rep",
      "representative", "gov", "governor", "mayor", "judge", "justice", "ambassador", "envoy",
      "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chief", "leader",
      "premier", "state", "former", "late", "acting", "interim", "first", "crown", "ayatollah",
      "presidents", "ministers", "director", "executive", "ceo", "head", "mp", "lawmaker");
  private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|\u2019s|'|\u2019)$");
  private static final Pattern EDGE = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.]]+$");
  private static final Set<String> ACRONYM_SKIP = Set.of("of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "&");

  private Names() {}

  /** The name as written, without a leading title, a possessive ending or edge punctuation. */
  static String clean(String surface) {
    String s = POSSESSIVE.matcher(surface.trim()).replaceAll("");
    s = EDGE.matcher(s).replaceAll("");
    List<String> words = new ArrayList<>(Arrays.asList(s.split("\\s+")));
    while (words.size() > 1 && TITLES.contains(words.get(0).toLowerCase(Locale.ROOT).replace(".", ""))) {
      words.remove(0);
    }
    if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
      words.remove(0);
    }
    return String.join(" ", words);
  }

  /** An organisation's or place's name as written, without possessive, edge punctuation or "the". */
  static String cleanThing(String surface) {
    String s = EDGE.matcher(POSSESSIVE.matcher(surface.trim()).replaceAll("")).replaceAll("");
    return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s;
  }

  /** Whether {@code word} is a title or honorific. */
  static boolean isTitle(String word) {
    return TITLES.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /** Folded comparison key: case, accents and punctuation gone, spaces single. */
  static String key(String name) {
    String f = FoldedText.fold(name).replaceAll("[^\\p{L}\\p{N}\\- ]", "").replace('-', ' ');
    return f.replaceAll("\\s+", " ").trim();
  }

  /** The words of a key. */
  static List<String> words(String key) {
    return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
  }

  /** The transliteration skeleton of one folded word. */
  static String skeleton(String word) {
    String w = word;
    w = w.replaceAll("(?:yev|iev|jev|yeva|ieva|eva)$", "ev").replaceAll("(?:yan|ian|jan|ean)$", "an");
    w = w.replace("kh", "h").replace("ou", "u").replace("ck", "k").replace("ph", "f")
        .replace("dzh", "j").replace("zh", "j").replace("tch", "ch").replace("sch", "sh").replace('w', 'v');
    w = w.replace('y', 'i').replace('g', 'k').replace('d', 't').replace('b', 'p').replace('z', 's');
    w = w.replaceAll("(.)\\1+", "$1");
    if (w.length() > 1) {
      // vowels after the first letter carry most romanisation noise (Sarkisian / Sargsyan)
      w = w.charAt(0) + w.substring(1).replaceAll("[aeiou]", "");
    }
    return w;
  }

  /** The acronym of a multi-word name ("European Union" → "EU"), or null. */
  static String acronym(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s\\-]+")) {
      if (w.isEmpty() || ACRONYM_SKIP.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return null;
      }
      b.append(w.charAt(0));
    }
    return b.length() >= 2 ? b.toString() : null;
  }

  /** Whether {@code name} is written as an acronym ("EU", "OSCE", "U.N."). */
  static boolean isAcronym(String name) {
    String s = name.replace(".", "");
    return s.length() >= 2 && s.length() <= 6 && s.chars().allMatch(Character::isUpperCase);
  }
}
