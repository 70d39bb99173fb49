package dossier.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Article;
import dossier.model.Figure;
import dossier.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure written again with "the" keeps the claimant of its first report. */
class RestatedTest {
  private static List<String> figures(String text, String name) {
    Article a = FigureFixture.article(text);
    int at = text.indexOf(name);
    Mention m = new Mention(a.id(), at, at + name.length(), name, "PERSON", "p1");
    return FigureStage.analyse(List.of(a), List.of(m), List.of(), List.of()).figures().stream()
        .map(RestatedTest::show).sorted().toList();
  }

  private static String show(Figure f) {
    return f.kind() + " " + (long) f.value() + " " + f.claimantId();
  }

  @Test
  void theSameCountSaidAgainWithTheIsTheFirstReport() {
    assertEquals(List.of("KILLED 14 null", "KILLED 9 p1"), figures("Detectives reopened the "
        + "murders of 14 dock workers over the last decade. In all, 9 of the 14 killings happened in "
        + "the old harbour, Inspector Malvo said.", "Malvo"));
  }

  @Test
  void aNewCountBySomeoneElseIsTheirs() {
    assertEquals(List.of("KILLED 14 null", "KILLED 16 p1"), figures("Detectives reopened the "
        + "murders of 14 dock workers over the last decade. Inspector Malvo said 16 killings "
        + "were linked to the port.", "Malvo"));
  }
}
