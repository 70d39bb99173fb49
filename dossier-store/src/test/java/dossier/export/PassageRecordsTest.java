package dossier.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.dedup.Match;
import dossier.model.Article;
import dossier.model.PublicationDate;
import dossier.store.Batch;
import dossier.store.DossierStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageRecordsTest {
  private static final String SHARED = "The civil defence agency said water levels at the Orlin dam "
      + "were the highest recorded since records began";

  @TempDir Path dir;

  private static Article article(String id, String text) {
    return new Article(id, id + ".txt", null, "A report", text, List.of(), "Example", List.of(),
        null, null, List.of(), PublicationDate.unknown(), "en", List.of());
  }

  @Test
  void sharedPassagesAreExportedWithSpansInBothArticles() throws IOException {
    Article a = article("a1", "Rain fell again on Tuesday. " + SHARED + ". Schools stayed shut.");
    Article b = article("b1", "An opinion column about dams. As a report put it, " + SHARED + ".");
    Article c = article("c1", "A copy pair is no passage: it is in duplicates.");
    try (DossierStore store = DossierStore.open(dir)) {
      store.commit(new Batch(List.of(), List.of(a, b, c)));
      store.addMatches(List.of(new Match("a1", "b1", 0.3, 0.4, 0.5, 0, false, false),
          new Match("a1", "c1", 0.9, 0.9, 0.9, 2, false, true)));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DossierStore store = DossierStore.openReadOnly(dir)) {
      Exporter.export(store, Exporter.Format.JSON, out);
    }
    JsonNode ps = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("passages");
    assertEquals(1, ps.size(), ps.toString());
    JsonNode p = ps.get(0);
    assertEquals("a1", p.get("a").asText());
    assertEquals("b1", p.get("b").asText());
    assertEquals(a.text().indexOf(SHARED), p.get("in_a").get("start").asInt());
    assertEquals(b.text().indexOf(SHARED), p.get("in_b").get("start").asInt());
    assertEquals(b.text().indexOf(SHARED) + SHARED.length(), p.get("in_b").get("end").asInt());
    assertEquals(SHARED, p.get("text").asText());
    assertEquals(18, p.get("words").asInt());

    out.reset();
    try (DossierStore store = DossierStore.openReadOnly(dir)) {
      Exporter.exportCsvSection(store, "passages", out);
    }
    int sa = a.text().indexOf(SHARED);
    int sb = b.text().indexOf(SHARED);
    assertEquals("a,b,a_start,a_end,b_start,b_end,words,share,text\r\n"
        + "a1,b1," + sa + "," + (sa + SHARED.length()) + "," + sb + "," + (sb + SHARED.length())
        + ",18," + p.get("share").asText() + "," + SHARED + "\r\n", out.toString(StandardCharsets.UTF_8));
  }
}
