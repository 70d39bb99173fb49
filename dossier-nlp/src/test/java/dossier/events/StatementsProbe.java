package dossier.events;

import dossier.model.Entity;
import dossier.model.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A debugging aid, off unless {@code -Dprobe=FILE}: each line of FILE is a sentence, then
 * "|||" and the names in it as NAME=TYPE pairs separated by ";" (TYPE NATIONALITY=ID for a
 * nationality); prints whether the pre-parse test keeps the sentence, its parse and its events.
 */
class StatementsProbe {
  @Test
  @EnabledIfSystemProperty(named = "probe", matches = ".+")
  void probe() throws Exception {
    for (String line : Files.readAllLines(Path.of(System.getProperty("probe")))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\|\\|\\|");
      String text = parts[0].trim();
      List<Entity> entities = new ArrayList<>();
      Map<String, String> nationalities = new HashMap<>();
      if (parts.length > 1) {
        for (String pair : parts[1].split(";")) {
          String[] kv = pair.trim().split("=");
          if (kv.length < 2) {
            continue;
          }
          if (kv[1].startsWith("NATIONALITY")) {
            nationalities.put(kv[0], kv[1].substring(12).toLowerCase());
          } else {
            entities.add(new Entity(kv[0].toLowerCase().replace(' ', '_'), kv[0], kv[1], null));
          }
        }
      }
      System.out.println("== " + text);
      System.out.println("   prefilter: " + TriggerWords.mayHold(text, 0, text.length()));
      DepParser parser = DepParser.shared();
      Parse p = ParseRepair.of(ReducedRelatives.repair(parser, text, 0, text.length(),
          parser.parse(text, 0, text.length()))); // the parse the stage reads
      System.out.println("   " + ActsFixture.arcs(p));
      List<Event> es = ActsFixture.events(text, LocalDate.parse("2024-06-10"), entities,
          nationalities);
      for (Event e : es) {
        System.out.println("   EVENT " + e.type() + " " + e.mode() + " " + e.status() + " "
            + e.participants());
      }
      if (es.isEmpty()) {
        System.out.println("   (no event)");
      }
    }
  }
}
