package dossier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldedTextTest {
  @Test
  void foldsAccentsCaseQuotesAndDashes() {
    assertEquals("ilham aliyev's \"talks\" - davutoglu", FoldedText.fold("İlham Aliyev’s “talks” — Davutoğlu"));
    assertEquals(FoldedText.fold("Ilham"), FoldedText.fold("İlham"));
  }

  @Test
  void mapsMatchesBackToStoredOffsets() {
    String stored = "Presidents İlham Aliyev and Zoë Strauß met.";
    FoldedText f = FoldedText.of(stored);
    int at = f.folded().indexOf("strauss");
    int start = f.origin(at);
    int end = f.originEnd(at + "strauss".length());
    assertEquals("Strauß", stored.substring(start, end));
    int a = f.folded().indexOf("ilham aliyev");
    assertEquals("İlham Aliyev", stored.substring(f.origin(a), f.originEnd(a + "ilham aliyev".length())));
  }

  @Test
  void normalizerMakesLineEndsAndSpacesPlain() {
    assertEquals("A b\nc\nd e", TextNormalizer.clean("A\u00A0b\r\nc\rd\u200B e"));
    assertEquals("one two three", TextNormalizer.collapseSpaces("  one \t two\n three  "));
  }
}
