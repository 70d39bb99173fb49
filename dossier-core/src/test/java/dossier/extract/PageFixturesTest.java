package dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.model.Article;
import dossier.model.Caption;
import dossier.model.DateRange;
import dossier.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden pages: each {@code fixtures/pages/NN-style.txt} is an invented news page saved as text,
 * with the article a careful reader would cut out of it in {@code NN-style.expected.json}. One
 * dynamic test per fixture and field, so a failure names both.
 */
class PageFixturesTest {
  private static final String DIR = "fixtures/pages";
  private static final int MIN_FIXTURES = 14;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicNode> everyFixtureExtractsAsExpected() {
    List<Path> pages = pages();
    assertTrue(pages.size() >= MIN_FIXTURES,
        "expected at least " + MIN_FIXTURES + " fixtures in " + DIR + ", found " + pages.size());
    return pages.stream().map(PageFixturesTest::fixture);
  }

  private static DynamicNode fixture(Path page) {
    String name = page.getFileName().toString();
    String text = read(page);
    JsonNode expected = expected(page);
    // Extract once per fixture; every field test reuses the result (or its failure).
    Supplier<Article> article = memo(() -> new TextPageExtractor().extract(name, text));
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(dynamicTest(name + " fixture is consistent", () -> consistent(name, text, expected)));
    tests.add(dynamicTest(name + " title",
        () -> assertEquals(expected.get("title").asText(), article.get().title(), name + " title")));
    tests.add(dynamicTest(name + " body", () -> assertEquals(normalise(expected.get("body").asText()),
        normalise(article.get().text()), name + " body")));
    tests.add(dynamicTest(name + " removed", () -> removed(name, expected, article.get())));
    tests.add(dynamicTest(name + " byline",
        () -> assertEquals(string(expected, "byline"), article.get().byline(), name + " byline")));
    tests.add(dynamicTest(name + " dateline",
        () -> assertEquals(string(expected, "dateline"), article.get().dateline(), name + " dateline")));
    tests.add(dynamicTest(name + " credit",
        () -> assertEquals(string(expected, "credit"), article.get().credit(), name + " credit")));
    tests.add(dynamicTest(name + " published", () -> published(name, expected, article.get())));
    tests.add(dynamicTest(name + " paragraph spans", () -> spans(name, article.get())));
    if (string(expected, "outlet") != null) {
      tests.add(dynamicTest(name + " outlet",
          () -> assertEquals(string(expected, "outlet"), article.get().outlet(), name + " outlet")));
    }
    if (expected.hasNonNull("captions_has")) {
      tests.add(dynamicTest(name + " captions", () -> captions(name, expected, article.get())));
    }
    if (string(expected, "language") != null) {
      tests.add(dynamicTest(name + " language", () -> assertEquals(string(expected, "language"),
          article.get().language(), name + " language")));
    }
    return dynamicContainer(name, tests.stream());
  }

  /** Guards the fixtures themselves: the expectation must be cut from the page, not rewritten. */
  private static void consistent(String name, String page, JsonNode expected) {
    List<String> lines = Arrays.stream(page.split("\r?\n", -1)).map(String::strip).toList();
    assertTrue(lines.contains(expected.get("title").asText()), name + ": title is not a page line");
    for (String paragraph : expected.get("body").asText().split("\n\n")) {
      assertTrue(lines.contains(paragraph.strip()), name + ": body paragraph not a page line: " + paragraph);
    }
    for (String line : list(expected, "removed_has")) {
      assertTrue(lines.contains(line), name + ": removed_has is not a page line: " + line);
    }
  }

  private static void removed(String name, JsonNode expected, Article article) {
    List<String> cut = article.removed().stream().map(r -> r.text().strip()).toList();
    List<String> missing = list(expected, "removed_has").stream().filter(l -> !cut.contains(l)).toList();
    assertTrue(missing.isEmpty(), name + ": lines not among the removed lines: " + missing);
  }

  private static void published(String name, JsonNode expected, Article article) {
    DateRange range = article.published().range();
    String day = string(expected, "published");
    if (day == null) {
      assertFalse(range.isExact(), name + ": page states no day, but got exact " + range);
    } else {
      assertTrue(range.isExact(), name + ": expected exact " + day + ", got " + range);
      assertEquals(LocalDate.parse(day), range.value(), name + " published");
    }
  }

  private static void captions(String name, JsonNode expected, Article article) {
    for (String part : list(expected, "captions_has")) {
      assertTrue(article.captions().stream().map(Caption::text).anyMatch(c -> c.contains(part)),
          name + ": no caption contains \"" + part + "\"; captions: " + article.captions());
    }
  }

  /** Paragraph spans must cover non-blank text, in reading order, without overlapping. */
  private static void spans(String name, Article article) {
    assertFalse(article.paragraphs().isEmpty(), name + ": no paragraphs");
    int end = 0;
    for (Span p : article.paragraphs()) {
      assertTrue(p.start() >= end, name + ": paragraph " + p + " starts before the previous ends");
      assertFalse(p.of(article.text()).isBlank(), name + ": paragraph " + p + " is blank");
      end = p.end();
    }
  }

  /** Collapses runs of spaces and tabs; paragraph breaks become exactly one blank line. */
  static String normalise(String text) {
    if (text == null) {
      return null;
    }
    return text.replace("\r\n", "\n")
        .replaceAll("[ \\t\\u00A0]+", " ")
        .replaceAll(" ?\n ?", "\n")
        .replaceAll("\n{2,}", "\n\n")
        .strip();
  }

  private static List<Path> pages() {
    URL url = PageFixturesTest.class.getClassLoader().getResource(DIR);
    if (url == null) {
      fail("fixture folder " + DIR + " not on the test classpath");
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted()
          .collect(Collectors.toList());
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list " + url, e);
    }
  }

  private static JsonNode expected(Path page) {
    String name = page.getFileName().toString();
    Path json = page.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".expected.json");
    if (!Files.exists(json)) {
      fail(name + " has no " + json.getFileName());
    }
    try {
      return JSON.readTree(read(json));
    } catch (IOException e) {
      throw new IllegalStateException(json.getFileName() + " is not valid JSON: " + e.getMessage(), e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static List<String> list(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode values = node.get(field);
    if (values != null) {
      values.forEach(v -> out.add(v.asText()));
    }
    return out;
  }

  private static <T> Supplier<T> memo(Supplier<T> compute) {
    return new Supplier<>() {
      private T value;
      private RuntimeException error;

      @Override
      public T get() {
        if (value == null && error == null) {
          try {
            value = compute.get();
          } catch (RuntimeException e) {
            error = e;
          }
        }
        if (error != null) {
          throw error;
        }
        return value;
      }
    };
  }
}
