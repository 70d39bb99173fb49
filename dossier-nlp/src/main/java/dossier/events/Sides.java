package dossier.events;

import dossier.model.Participant;
import java.util.Map;

/**
 * Sides the text gives without a name, counted where an event would otherwise lack the sides its
 * type needs ({@link DepFinder#found}): a body of several parties acting together ({@link
 * Collectives}: "foreign ministers of the member states agreed"), someone close to an office holder
 * ({@link Proxies}: "the president's son met with X"), a crowd denouncing ({@link Crowds}: "local
 * residents denounced the attack"). Each adds its side as a generic actor, never a named entity.
 */
final class Sides {
  private Sides() {}

  /** How many sides these rules add to an event of {@code type} that has {@code named}. */
  static int count(Parse p, DepFinder.Context c, int trigger, int predicate, String type,
      String status, int named, Map<String, Participant> parts) {
    if ("denied".equals(status) || "hoped".equals(status)) {
      return 0; // "officials did not meet", "urged the states to sign": news of nobody named
    }
    int added = Collectives.count(p, c, trigger, predicate, type, named, parts);
    if (added == 0) {
      added = Proxies.count(p, c, trigger, type, parts);
    }
    if (added == 0) {
      added = Crowds.count(p, c, trigger, type, status, parts);
    }
    return added;
  }
}
