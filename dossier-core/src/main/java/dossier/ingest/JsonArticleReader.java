package dossier.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.PublicationDate;
import dossier.model.Span;
import dossier.text.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads articles from JSON ({@code .json}: one object or an array of them) and JSON lines
 * ({@code .jsonl}), streaming, so a file of millions of records never sits in memory. A record's
 * {@code text} is already the article body: it is kept as is, apart from whitespace.
 */
public final class JsonArticleReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");

  private final FieldMap fields;

  public JsonArticleReader(FieldMap fields) {
    this.fields = fields;
  }

  /** Receives each record in order. */
  public interface Handler {
    /** A good record; {@code index} counts records from 0. Return false to stop reading. */
    boolean article(long index, Article article);

    /** A record that cannot become an article, and why. */
    void bad(long index, String problem);
  }

  /**
   * Reads the records of {@code f} from record {@code skip} on.
   *
   * @throws BadInputException when the file as a whole cannot be read
   */
  public void read(InputFile f, long skip, Handler h) throws BadInputException {
    try (InputStream in = InputReader.open(f)) {
      if (f.kind() == InputKind.JSONL) {
        readLines(f, in, skip, h);
      } else {
        readJson(f, in, skip, h);
      }
    } catch (java.io.EOFException e) {
      throw new BadInputException(f.source(), "truncated file (unexpected end of data)");
    } catch (IOException e) {
      throw new BadInputException(f.source(), e.getMessage(), e);
    }
  }

  private void readLines(InputFile f, InputStream in, long skip, Handler h) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    long index = -1;
    for (String line; (line = r.readLine()) != null; ) {
      if (line.isBlank()) {
        continue;
      }
      index++;
      if (index < skip) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        h.bad(index, "record " + (index + 1) + ": invalid JSON (" + e.getOriginalMessage() + ")");
        continue;
      }
      if (!emit(f, node, index, h)) {
        return;
      }
    }
  }

  private void readJson(InputFile f, InputStream in, long skip, Handler h) throws IOException {
    try (JsonParser p = JSON.getFactory().createParser(in)) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_OBJECT) {
        if (skip == 0) {
          emit(f, p.readValueAsTree(), 0, h);
        }
        return;
      }
      if (t != JsonToken.START_ARRAY) {
        throw new JsonParseFailure("expected a JSON object or an array of objects");
      }
      long index = -1;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new java.io.EOFException();
        }
        index++;
        JsonNode node = p.readValueAsTree();
        if (index >= skip && !emit(f, node, index, h)) {
          return;
        }
      }
    } catch (JsonProcessingException e) {
      throw new IOException("invalid JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
    }
  }

  /** Thrown for a JSON file of the wrong shape. */
  private static final class JsonParseFailure extends IOException {
    private static final long serialVersionUID = 1L;

    JsonParseFailure(String m) {
      super(m);
    }
  }

  private boolean emit(InputFile f, JsonNode node, long index, Handler h) {
    if (!(node instanceof ObjectNode)) {
      h.bad(index, "record " + (index + 1) + ": not a JSON object");
      return true;
    }
    String text = str(node, "text");
    if (text == null || text.isBlank()) {
      h.bad(index, "record " + (index + 1) + ": no '" + fields.name("text") + "' field with text");
      return true;
    }
    String id = str(node, "id");
    String source = f.source() + "#" + (id != null ? id : String.valueOf(index + 1));
    return h.article(index, toArticle(source, node, text));
  }

  private Article toArticle(String source, JsonNode node, String rawText) {
    List<Span> paragraphs = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    String cleaned = TextNormalizer.clean(rawText).strip();
    String[] parts = PARAGRAPH_BREAK.split(cleaned);
    if (parts.length == 1 && cleaned.indexOf('\n') >= 0) {
      parts = cleaned.split("\\n"); // one newline a paragraph when there are no blank lines
    }
    for (String part : parts) {
      String p = TextNormalizer.collapseSpaces(part);
      if (p.isEmpty()) {
        continue;
      }
      if (body.length() > 0) {
        body.append("\n\n");
      }
      paragraphs.add(new Span(body.length(), body.length() + p.length()));
      body.append(p);
    }
    String text = body.toString();
    String title = clean(str(node, "title"));
    String credit = clean(str(node, "credit"));
    String published = str(node, "published");
    return new Article(ArticleIds.of(source, text), source, clean(str(node, "url")), title, text,
        paragraphs, clean(str(node, "outlet")), credit == null ? List.of() : List.of(credit),
        clean(str(node, "byline")), null, List.of(), publication(published),
        clean(str(node, "language")), List.of());
  }

  /** The day of an ISO date or date-time, as the record states it. */
  static PublicationDate publication(String s) {
    if (s == null || s.isBlank()) {
      return PublicationDate.unknown();
    }
    LocalDate day = parseDay(s.strip());
    return day == null ? PublicationDate.unknown()
        : new PublicationDate(DateRange.exact(day), DateBasis.INPUT, s.strip(), 1.0);
  }

  static LocalDate parseDay(String s) {
    try {
      return OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return ZonedDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return java.time.LocalDateTime.parse(s.replace(' ', 'T')).toLocalDate();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private String str(JsonNode node, String field) {
    JsonNode v = node.get(fields.name(field));
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String c = TextNormalizer.collapseSpaces(TextNormalizer.clean(s));
    return c.isEmpty() ? null : c;
  }
}
