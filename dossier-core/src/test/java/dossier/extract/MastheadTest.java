package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headline with its byline and date above a long video carousel; pages written by the team. */
class MastheadTest {
  private static final List<String> BODY = List.of(
      "The regional council voted on Tuesday to close the old ferry terminal at Kessel Point after "
          + "engineers found cracks in two of its piers.",
      "",
      "The terminal has served the island route since 1968 and carried about 400,000 passengers "
          + "last year, according to the council's figures.",
      "",
      "Passengers will use a temporary pier north of the harbour from next month, while the "
          + "council decides whether to repair or rebuild the terminal.",
      "",
      "\"Safety has to come first, even if the detour costs travellers twenty minutes,\" the "
          + "council's transport chair said after the vote.");

  private static String title(boolean byline) {
    List<String> page = new ArrayList<>(List.of("Home", "", "Council shuts ferry terminal over "
        + "cracked piers", ""));
    if (byline) {
      page.addAll(List.of("Analysis by Mara Lindqvist, Transport Editor", ""));
    }
    page.addAll(List.of("Updated 0915 GMT November 3, 2025", "", "MUST WATCH", ""));
    String[] clips = {"Storm closes mountain pass for a second day", "Mayor opens new library wing",
        "Fishermen protest quota cuts at the harbour", "Rail strike talks to resume next week",
        "School board delays vote on new timetable", "Bridge repairs to finish before winter",
        "Harbour pilots warn of fog season delays", "Island ferry fares frozen for a year",
        "Council candidates meet voters in the square", "New bus route links the two valleys",
        "Lighthouse keeper retires after forty years", "Farmers market moves to the old depot",
        "Regional airport adds a winter route", "Flood barrier tested ahead of spring tides"};
    for (String clip : clips) {
      page.addAll(List.of("[clip]", "", clip, ""));
    }
    page.addAll(BODY);
    return new TextPageExtractor().extract("p.txt", String.join("\n", page)).title();
  }

  @Test
  void theHeadlineOverItsBylineAndDateBeatsTheCarouselUnderIt() {
    assertEquals("Council shuts ferry terminal over cracked piers", title(true));
  }

  @Test
  void withoutItsBylineTheHeadlineIsNoMasthead() {
    assertEquals(false, "Council shuts ferry terminal over cracked piers".equals(title(false)));
  }
}
