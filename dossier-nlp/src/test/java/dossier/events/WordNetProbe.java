package dossier.events;

import dossier.model.Event;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A measuring aid, off unless {@code -Dwnprobe=true}: the sentences of {@code wordnet-probe.txt}
 * (each "TYPE|sentence" or "-|sentence"), run through the whole events stage; prints each
 * sentence's events, its verdict, and precision and recall of the expected types.
 */
class WordNetProbe {
  @Test
  @EnabledIfSystemProperty(named = "wnprobe", matches = "true")
  void probe() throws Exception {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/dossier/events/wordnet-probe.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int expected = 0;
    int found = 0;
    int right = 0;
    int negatives = 0;
    int alarms = 0;
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String want = line.substring(0, line.indexOf('|'));
      String sentence = line.substring(line.indexOf('|') + 1);
      List<Event> events = ActsFixture.events(sentence);
      List<String> types = events.stream().map(Event::type).toList();
      List<String> shown = events.stream().map(e -> e.type() + ":" + e.status()).toList();
      // a denied event told as denied is right on a negative line ("did not X")
      long asserted = events.stream().filter(e -> !e.status().equals("denied")).count();
      boolean hit = !want.equals("-") && types.contains(want);
      expected += want.equals("-") ? 0 : 1;
      negatives += want.equals("-") ? 1 : 0;
      found += types.size();
      right += hit ? 1 : 0;
      found -= want.equals("-") ? types.size() - asserted : 0;
      alarms += want.equals("-") ? asserted : types.size() - (hit ? 1 : 0);
      String verdict = want.equals("-") ? (asserted == 0 ? "ok" : "FALSE") : hit ? "ok" : "MISS";
      System.out.println("wnprobe " + verdict + " " + want + " " + shown + " | " + sentence);
    }
    System.out.printf("wnprobe: %d expected, %d negatives; %d events, %d right, %d false;"
        + " precision %.3f recall %.3f%n", expected, negatives, found, right, alarms,
        found == 0 ? 0.0 : (double) right / found, expected == 0 ? 0.0 : (double) right / expected);
  }
}
