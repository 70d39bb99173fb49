package dossier.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire agencies an article names as its origin: in a dateline ("PARIS (AFP) —"), in the byline,
 * or in a closing credit line ("— Reuters", "(dpa)"). A general list of well-known agencies.
 */
final class Credits {
  /** Spellings of each agency, mapped to its usual short name. */
  private static final Map<String, String> AGENCIES = Map.ofEntries(
      Map.entry("AFP", "AFP"), Map.entry("Agence France-Presse", "AFP"), Map.entry("AP", "AP"),
      Map.entry("Associated Press", "AP"), Map.entry("Reuters", "Reuters"), Map.entry("dpa", "dpa"),
      Map.entry("DPA", "dpa"), Map.entry("EFE", "EFE"), Map.entry("ANSA", "ANSA"),
      Map.entry("Xinhua", "Xinhua"), Map.entry("Kyodo", "Kyodo"), Map.entry("UPI", "UPI"),
      Map.entry("PA", "PA"), Map.entry("Press Association", "PA"), Map.entry("TASS", "TASS"),
      Map.entry("Interfax", "Interfax"), Map.entry("AAP", "AAP"), Map.entry("Anadolu", "Anadolu"),
      Map.entry("APA", "APA"), Map.entry("KNA", "KNA"), Map.entry("epd", "epd"), Map.entry("SDA", "SDA"),
      Map.entry("Belga", "Belga"), Map.entry("ANP", "ANP"), Map.entry("Yonhap", "Yonhap"),
      Map.entry("CP", "CP"), Map.entry("Canadian Press", "CP"), Map.entry("PTI", "PTI"),
      Map.entry("IANS", "IANS"), Map.entry("Bernama", "Bernama"), Map.entry("Europa Press", "Europa Press"));
  private static final String NAMES = String.join("|", AGENCIES.keySet().stream()
      .sorted((a, b) -> b.length() - a.length()).toList());
  private static final Pattern DATELINE = Pattern.compile(
      "^((?:[\\p{Lu}][\\p{L}.'-]*(?:[ ,]+[\\p{Lu}][\\p{L}.'-]*){0,3})?\\s*\\(([^)]{1,40})\\))\\s*[—–-]{1,2}\\s*");
  private static final Pattern AGENCY = Pattern.compile("(?<![\\p{L}])(" + NAMES + ")(?![\\p{L}])");

  private Credits() {}

  /** The dateline at the start of the body ("BERLIN (dpa) —"), or null. */
  static String dateline(String firstParagraph) {
    Matcher m = DATELINE.matcher(firstParagraph);
    return m.lookingAt() ? m.group(1).strip() + " " + firstParagraph.substring(m.end(1), m.end()).strip()
        : null;
  }

  /** Agencies named as origin, main first. */
  static List<String> of(String dateline, String byline, String lastParagraph) {
    List<String> out = new ArrayList<>();
    add(out, dateline == null ? null : dateline.substring(Math.max(0, dateline.indexOf('('))));
    add(out, byline);
    if (lastParagraph != null && lastParagraph.length() < 200) {
      add(out, lastParagraph);
    }
    return out;
  }

  private static void add(List<String> out, String text) {
    if (text == null) {
      return;
    }
    for (Matcher m = AGENCY.matcher(text); m.find(); ) {
      String name = AGENCIES.get(m.group(1));
      if (name != null && !out.contains(name)) {
        out.add(name);
      }
    }
  }
}
