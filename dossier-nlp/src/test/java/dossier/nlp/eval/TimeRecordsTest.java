package dossier.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dossier.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON lines records of time-annotated documents, and their way into the build's articles. */
class TimeRecordsTest {
  @Test
  void readsDctAsPublishedTimexAttributesInAnyCaseAndCodePointOffsets(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("t.jsonl");
    // "\uD83D\uDE80" (a rocket) is one code point but two Java chars: offsets after it shift by one
    Files.writeString(f, """
        {"id": "a", "text": "Launch \uD83D\uDE80 on Friday, officials said.", "dct": "2021-03-10",\
         "timexes": [{"START": 12, "END": 18, "TYPE": "DATE", "VALUE": "2021-03-05"}]}

        {"text": "Nothing happened.", "published": "2021-03-11T08:00:00Z", "timexes": []}
        """);
    List<TimeMlFile> docs = TimeRecords.read(f);
    assertEquals(2, docs.size());
    TimeMlFile a = docs.get(0);
    assertEquals("a", a.name());
    assertEquals(LocalDate.of(2021, 3, 10), a.dct());
    TimeMlFile.Gold g = a.gold().get(0);
    assertEquals("Friday", a.text().substring(g.start(), g.end()));
    assertEquals("DATE", g.type());
    assertEquals("2021-03-05", g.value());
    assertEquals("2", docs.get(1).name(), "a record without id is named by its number");
    assertEquals(LocalDate.of(2021, 3, 11), docs.get(1).dct());
  }

  @Test
  void writesWhatItReads(@TempDir Path dir) throws IOException {
    String text = "Caf\u00e9 \uD83D\uDE80 talks resumed on Tuesday and end next week.";
    int tue = text.indexOf("Tuesday");
    int week = text.indexOf("next week");
    TimeMlFile doc = new TimeMlFile("x.tml", text, LocalDate.of(2021, 3, 10), List.of(
        new TimeMlFile.Gold(tue, tue + 7, "DATE", "2021-03-09"),
        new TimeMlFile.Gold(week, week + 9, "DATE", "2021-W11")));
    Path f = dir.resolve("out/x.jsonl");
    TimeRecords.write(List.of(doc), f);
    assertEquals(List.of(doc), TimeRecords.read(f));
    assertEquals(25, tue);
    assertEquals(true, Files.readString(f).contains("\"start\":24"), "code points, not chars: " + Files.readString(f));
  }

  @Test
  void aBadRecordNamesItsLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.jsonl");
    Files.writeString(f, "{\"id\":\"a\",\"text\":\"On Friday.\",\"published\":\"2021-03-10\"}\n"
        + "{\"id\":\"b\",\"text\":\"Short.\",\"timexes\":[{\"start\":3,\"end\":40}]}\n");
    IOException e = assertThrows(IOException.class, () -> TimeRecords.read(f));
    assertEquals(true, e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void articlesAreWhatTheBuildReadsWithTheDayAsStated() throws IOException {
    String text = "\n\nWASHINGTON  (AP) _\n\nThe  talks   ended\non Friday.\n\n";
    List<Article> as = TimeRecords.articles(List.of(new TimeMlFile("d", text, LocalDate.of(2021, 3, 10), List.of())));
    Article a = as.get(0);
    assertEquals("WASHINGTON (AP) _\n\nThe talks ended on Friday.", a.text());
    assertEquals(LocalDate.of(2021, 3, 10), a.published().range().value());
    TextAlignment back = TextAlignment.of(text, a.text());
    int s = a.text().indexOf("Friday");
    assertEquals("Friday", text.substring(back.start(s), back.end(s + 6)));
    int t = a.text().indexOf("talks ended");
    assertEquals("talks   ended", text.substring(back.start(t), back.end(t + 11)));
  }
}
