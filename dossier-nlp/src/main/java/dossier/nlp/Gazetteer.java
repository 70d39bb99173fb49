package dossier.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * General place lists shipped with CoreNLP's models: the demonym table (country or region →
 * adjectives and nouns: "Azerbaijan" → "Azerbaijani", "Azeri") and the cased KBP gazetteer of
 * cities, states and provinces. Loaded once per JVM.
 */
final class Gazetteer {
  private static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";
  private static final String PLACES = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";

  /**
   * Continents and world regions the demonym table lists beside countries: places, not states
   * ("European countries" are no act of a country called Europe). "America" stays a country, as
   * news uses it for the United States.
   */
  private static final java.util.Set<String> CONTINENTS = java.util.Set.of("Africa", "Asia",
      "Europe", "Eurasia", "Oceania", "Antarctica", "Middle East");

  private final Map<String, String> placeOfDemonym = new HashMap<>();
  private final Map<String, String> fineType = new HashMap<>();

  private Gazetteer() {
    read(DEMONYMS, cols -> {
      if (cols.length < 2 || cols[0].startsWith("#")) {
        return;
      }
      String place = cols[0].trim();
      boolean region = place.contains(" ") && (place.startsWith("North") || place.startsWith("South")
          || place.startsWith("East") || place.startsWith("West") || place.startsWith("Central"))
          || CONTINENTS.contains(place);
      fineType.putIfAbsent(Names.key(place), region ? "LOCATION" : "COUNTRY");
      for (int i = 1; i < cols.length; i++) {
        String d = cols[i].trim();
        if (!d.isEmpty()) {
          placeOfDemonym.putIfAbsent(d, place);
        }
      }
    });
    read(PLACES, cols -> {
      if (cols.length >= 3 && "LOCATION".equals(cols[2]) && !cols[0].contains("[")) {
        fineType.putIfAbsent(Names.key(cols[0]), cols[1]);
      }
    });
  }

  static Gazetteer get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Gazetteer INSTANCE = new Gazetteer();
  }

  /** The place a capitalised demonym ("Azeri") belongs to, or null. */
  String placeOf(String demonym) {
    return placeOfDemonym.get(demonym);
  }

  /** COUNTRY, CITY or STATE_OR_PROVINCE for a known place name (a key), else null. */
  String fineType(String key) {
    return fineType.get(key);
  }

  private interface Row {
    void accept(String[] cols);
  }

  private static void read(String resource, Row row) {
    InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing " + resource + " (CoreNLP models jar not on the class path)");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        row.accept(line.split("\t"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
