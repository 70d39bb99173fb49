package dossier.events;

import dossier.model.Entity;
import dossier.model.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The events stage's run over the fixture texts of {@link AnaphoraTest} and {@link PronounsTest},
 * kept for the JVM's life: a text (with its cast) is parsed once however often a test, its
 * failure message or another test asks for its events.
 */
final class AntecedentFixture {
  /** The day the fixture articles are published. */
  static final LocalDate DAY = LocalDate.parse("2024-06-10");
  private static final Map<Run, List<Event>> RUNS = new ConcurrentHashMap<>();

  private AntecedentFixture() {}

  /** One fixture article: its text, the entities named in it, its nationality words. */
  private record Run(String text, List<Entity> entities, Map<String, String> nationalities) {}

  /** The events of the one-text article {@code text} ({@link ActsFixture#events}), run once. */
  static List<Event> events(String text, List<Entity> entities,
      Map<String, String> nationalities) {
    return RUNS.computeIfAbsent(new Run(text, entities, nationalities),
        r -> List.copyOf(ActsFixture.events(r.text(), DAY, r.entities(), r.nationalities())));
  }
}
