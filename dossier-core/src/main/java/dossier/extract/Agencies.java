package dossier.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Well-known wire agencies: the names they are written with and the short form Dossier keeps. */
final class Agencies {
  private static final Map<String, String> NAMES = names();
  /** Any agency name, longest variants first so "Associated Press" wins over "AP". */
  static final String ALTERNATION = alternation();
  private static final Pattern WHOLE = Pattern.compile("(?:The )?(?:" + ALTERNATION + ")");

  /** First words of the agency names, for a quick check before the patterns run. */
  private static final WordTable FIRST_WORDS = new WordTable(NAMES.keySet().stream()
      .map(n -> n.replaceFirst("^The ", "").split("[ -]")[0])
      .flatMap(w -> java.util.stream.Stream.of(w, w.toUpperCase(java.util.Locale.ROOT)))
      .distinct()
      .collect(java.util.stream.Collectors.toMap(w -> w, w -> 1)), false);

  private Agencies() {}

  /** Whether {@code s} may name an agency: a word of it starts an agency name (as written). */
  static boolean mayMention(String s) {
    int i = 0;
    int len = s.length();
    while (i < len) {
      while (i < len && !Character.isLetter(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < len && Character.isLetter(s.charAt(i))) {
        i++;
      }
      if (i > start && i - start <= 9 && FIRST_WORDS.get(s, start, i) != 0) {
        return true;
      }
    }
    return false;
  }

  /** The short form of an agency name ("Agence France-Presse" gives "AFP"), or null. */
  static String shortName(String name) {
    if (name == null) {
      return null;
    }
    String n = name.trim();
    if (n.startsWith("The ") || n.startsWith("the ")) {
      n = n.substring(4);
    }
    for (Map.Entry<String, String> e : NAMES.entrySet()) {
      if (e.getKey().equalsIgnoreCase(n) && (n.length() > 3 || e.getKey().equals(n))) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Whether {@code s} is exactly an agency name. */
  static boolean isAgency(String s) {
    Matcher m = WHOLE.matcher(s.trim());
    return m.matches();
  }

  private static Map<String, String> names() {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, "AFP", "Agence France-Presse", "Agence France Presse", "AFP");
    put(m, "AP", "Associated Press", "AP");
    put(m, "Reuters", "Thomson Reuters", "Reuters");
    put(m, "dpa", "Deutsche Presse-Agentur", "dpa");
    put(m, "ANSA", "ANSA");
    put(m, "EFE", "EFE");
    put(m, "Xinhua", "Xinhua News Agency", "Xinhua");
    put(m, "TASS", "TASS");
    put(m, "Anadolu", "Anadolu Agency", "Anadolu");
    put(m, "PTI", "Press Trust of India", "PTI");
    put(m, "IANS", "Indo-Asian News Service", "IANS");
    put(m, "ANI", "Asian News International", "ANI");
    put(m, "UPI", "United Press International", "UPI");
    put(m, "Kyodo", "Kyodo News", "Kyodo");
    put(m, "Yonhap", "Yonhap News Agency", "Yonhap");
    put(m, "Bernama", "Bernama");
    put(m, "Interfax", "Interfax");
    put(m, "RIA Novosti", "RIA Novosti");
    put(m, "IRNA", "IRNA");
    put(m, "AAP", "Australian Associated Press", "AAP");
    put(m, "Canadian Press", "The Canadian Press", "Canadian Press");
    put(m, "PA", "Press Association", "PA Media");
    put(m, "APA", "Austria Presse Agentur", "APA");
    return Map.copyOf(m);
  }

  private static void put(Map<String, String> m, String shortName, String... variants) {
    for (String v : variants) {
      m.put(v, shortName);
    }
  }

  private static String alternation() {
    return NAMES.keySet().stream()
        .sorted((a, b) -> b.length() - a.length())
        .map(Pattern::quote)
        .reduce((a, b) -> a + "|" + b)
        .orElseThrow();
  }
}
