package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dossier.model.Article;
import dossier.model.Caption;
import org.junit.jupiter.api.Test;

/** A player's caption label ("Image caption X", "Media captionX") marks a caption; own text. */
class CaptionLabelTest {
  private static final String PAGE = String.join("\n",
      "Council shuts ferry terminal over cracked piers",
      "",
      "By Mara Lindqvist",
      "",
      "The regional council voted on Tuesday to close the old ferry terminal at Kessel Point after "
          + "engineers found cracks in two of its piers.",
      "",
      "Image caption Engineers said the north pier could not carry vehicles any longer",
      "",
      "The terminal has served the island route since 1968 and carried about 400,000 passengers "
          + "last year, according to the council's figures.",
      "",
      "Media captionThe council's transport chair explains the closure",
      "",
      "Passengers will use a temporary pier north of the harbour from next month, while the "
          + "council decides whether to repair or rebuild the terminal.",
      "",
      "\"Safety has to come first, even if the detour costs travellers twenty minutes,\" the "
          + "council's transport chair said after the vote.");

  @Test
  void labelledLinesAreCaptionsWithoutTheirLabel() {
    Article a = new TextPageExtractor().extract("p.txt", PAGE);
    assertEquals(java.util.List.of(
        "Engineers said the north pier could not carry vehicles any longer",
        "The council's transport chair explains the closure"),
        a.captions().stream().map(Caption::text).toList());
    assertFalse(a.text().contains("caption"), a.text());
  }

  @Test
  void aSentenceAboutACaptionIsNoCaption() {
    assertFalse(CaptionFinder.isCaption(Line.of(1, "The image caption contest drew entries "
        + "from all over the island, the organisers said.")));
  }
}
