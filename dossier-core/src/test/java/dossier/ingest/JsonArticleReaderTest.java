package dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Article;
import dossier.model.DateBasis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonArticleReaderTest {
  @TempDir
  Path dir;

  private final List<Article> articles = new ArrayList<>();
  private final Map<Long, String> bad = new TreeMap<>();

  private final JsonArticleReader.Handler collect = new JsonArticleReader.Handler() {
    @Override
    public boolean article(long index, Article a) {
      articles.add(a);
      return true;
    }

    @Override
    public void bad(long index, String problem) {
      bad.put(index, problem);
    }
  };

  private InputFile input(Path p) throws Exception {
    String name = p.getFileName().toString();
    return new InputFile(p, "feeds/" + name, InputKind.of(name), name.endsWith(".gz"), Files.size(p),
        Files.getLastModifiedTime(p).toMillis());
  }

  @Test
  void readsJsonLinesKeepingTheBodyApartFromWhitespace() throws Exception {
    Path p = Files.writeString(dir.resolve("wire.jsonl"), String.join("\n",
        "{\"id\":\"w-1\",\"url\":\"https://example.org/a\",\"title\":\"Envoys meet in Kestov\",\"text\":\"KESTOV (Reuters) -  Envoys met on Friday.\\n\\n  The talks   lasted four hours.\",\"published\":\"2024-03-08T17:44:00+02:00\",\"outlet\":\"Evening Ledger\"}",
        "",
        "{\"title\":\"No body\",\"published\":\"2024-03-09\"}",
        "{\"text\":\"Second line record without id.\",\"published\":\"2024-03-10 08:00:00\"}",
        "{not json"));
    new JsonArticleReader(FieldMap.defaults()).read(input(p), 0, collect);

    assertEquals(2, articles.size());
    Article a = articles.get(0);
    assertEquals("feeds/wire.jsonl#w-1", a.source());
    assertEquals("KESTOV (Reuters) - Envoys met on Friday.\n\nThe talks lasted four hours.", a.text());
    assertEquals(2, a.paragraphs().size());
    assertEquals("The talks lasted four hours.", a.paragraphs().get(1).of(a.text()));
    assertEquals("Evening Ledger", a.outlet());
    assertEquals(LocalDate.of(2024, 3, 8), a.published().range().value());
    assertEquals(DateBasis.INPUT, a.published().basis());
    assertEquals("feeds/wire.jsonl#3", articles.get(1).source(), "no id: the record's number");
    assertEquals(LocalDate.of(2024, 3, 10), articles.get(1).published().range().value());

    assertEquals(Map.of(1L, "record 2: no 'text' field with text", 3L, bad.get(3L)), bad);
    assertTrue(bad.get(3L).startsWith("record 4: invalid JSON"), bad.get(3L));
  }

  @Test
  void readsAJsonArrayWithMappedFieldsAndResumesAfterSkip() throws Exception {
    Path p = Files.writeString(dir.resolve("dump.json"), "[\n"
        + "{\"guid\":\"a\",\"body\":\"First report.\",\"date\":\"2024-04-01\"},\n"
        + "{\"guid\":\"b\",\"body\":\"Second report.\",\"date\":\"April 2\"},\n"
        + "{\"guid\":\"c\",\"body\":\"Third report.\"}\n]");
    FieldMap map = FieldMap.parse(List.of("id=guid", "text=body", "published=date"));
    new JsonArticleReader(map).read(input(p), 1, collect);
    assertEquals(List.of("feeds/dump.json#b", "feeds/dump.json#c"), articles.stream().map(Article::source).toList());
    assertEquals("Second report.", articles.get(0).text());
    assertTrue(!articles.get(0).published().isKnown(), "an unreadable date stays unknown, never guessed");
    assertNull(articles.get(1).title());
  }

  @Test
  void truncatedJsonArrayIsAnErrorNamingTheFile() throws Exception {
    Path p = Files.writeString(dir.resolve("cut.json"), "[{\"text\":\"One.\"},{\"text\":\"Tw");
    BadInputException e = assertThrows(BadInputException.class,
        () -> new JsonArticleReader(FieldMap.defaults()).read(input(p), 0, collect));
    assertTrue(e.getMessage().startsWith("feeds/cut.json: "), e.getMessage());
    assertEquals(1, articles.size(), "records before the damage are kept");
  }

  @Test
  void unknownFieldInMappingIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FieldMap.parse(List.of("body=text")));
    assertTrue(e.getMessage().contains("unknown article field 'body'"), e.getMessage());
  }
}
