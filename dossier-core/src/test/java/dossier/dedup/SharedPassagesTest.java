package dossier.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedPassagesTest {
  private static final String QUOTE = "The civil defence agency said water levels at the Orlin dam "
      + "were the highest recorded since 1997.";

  @Test
  void passageIsFoundAtItsOffsetsInBothTexts() {
    String a = "Rain fell again across the north on Tuesday. " + QUOTE + " Schools stayed shut.";
    String b = "A column on the cost of dams.\n\nAs one report put it, " + QUOTE.replace("Orlin", "Órlin")
        + "\n\nEngineers disagree about what should come next.";
    List<SharedPassages.Passage> ps = SharedPassages.of("a", a, "b", b);
    assertEquals(1, ps.size(), ps.toString());
    SharedPassages.Passage p = ps.get(0);
    assertEquals(QUOTE.substring(0, QUOTE.length() - 1), p.inA().of(a));
    assertEquals(QUOTE.substring(0, QUOTE.length() - 1).replace("Orlin", "Órlin"), p.inB().of(b));
    assertEquals(17, p.words());
    assertTrue(p.share() > 0.5 && p.share() < 1, "share of the shorter text: " + p.share());
  }

  @Test
  void stockPhrasesAreNoPassages() {
    String a = "Officials said on Monday that the talks would go on. Nothing else was agreed.";
    String b = "Farmers said on Monday that the talks would go on without them, and left.";
    assertEquals(List.of(), SharedPassages.of("a", a, "b", b));
  }

  @Test
  void twoSeparatePassagesAreTwoEntries() {
    String one = "Three people were reported missing after a bridge collapsed near the village of Kesh.";
    String two = "Forecasters expect the rain to ease by Wednesday but warned that rivers would keep rising.";
    String a = one + " Some other words in between that differ entirely here. " + two;
    String b = two + " A different middle part written by another outlet today. " + one;
    List<SharedPassages.Passage> ps = SharedPassages.of("a", a, "b", b);
    assertEquals(2, ps.size(), ps.toString());
    assertEquals(0, ps.get(0).inA().start());
    assertEquals(b.indexOf("Three"), ps.get(0).inB().start());
    assertEquals(0, ps.get(1).inB().start());
  }
}
