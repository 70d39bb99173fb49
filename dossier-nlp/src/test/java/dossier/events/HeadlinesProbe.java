package dossier.events;

import dossier.model.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A debugging aid, off unless {@code -Dheadprobe=FILE}: each line of FILE is a title, then "|||"
 * and a body (the fixture's names are tagged); prints the title in running case, its parse and
 * the article's events with the part of each source.
 */
class HeadlinesProbe {
  @Test
  @EnabledIfSystemProperty(named = "headprobe", matches = ".+")
  void probe() throws Exception {
    for (String line : Files.readAllLines(Path.of(System.getProperty("headprobe")))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\|\\|\\|");
      String title = parts[0].trim();
      String body = parts.length > 1 ? parts[1].trim() : "Nothing else happened.";
      String cased = Headlines.recased(title, body, java.util.List.of());
      System.out.println("== " + title);
      System.out.println("   cased: " + cased + "  noNews=" + Headlines.noNews(title));
      Parse p = Headlines.parse(DepParser.shared(), cased, 0, cased.length());
      if (p != null) {
        System.out.println("   " + ActsFixture.arcs(p));
      }
      for (Event e : HeadlinesFixture.events(title, body)) {
        System.out.println("   EVENT " + e.type() + " " + e.status() + " " + e.date() + " "
            + e.participants().stream().map(x -> x.entityId() + ":" + x.role()).toList() + " "
            + e.sources().stream().map(s -> s.part() + "@" + s.start()).toList());
      }
    }
  }
}
