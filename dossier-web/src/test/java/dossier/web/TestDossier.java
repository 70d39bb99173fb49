package dossier.web;

import dossier.model.Article;
import dossier.model.ArticleIds;
import dossier.model.CopyChanges;
import dossier.model.DateBasis;
import dossier.model.DateRange;
import dossier.model.DuplicateGroup;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Evidence;
import dossier.model.Figure;
import dossier.model.Mention;
import dossier.model.Participant;
import dossier.model.PublicationDate;
import dossier.model.Span;
import dossier.model.Story;
import dossier.model.Storyline;
import dossier.store.Batch;
import dossier.search.SearchIndexer;
import dossier.store.DossierStore;
import dossier.store.FileRecord;
import dossier.store.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small invented dossier for the API tests: a wire report and an edited copy of it (one
 * duplicate group), two unrelated reports, entities with mentions, a story, a storyline, events
 * and figures. Written by the team; names are made up.
 */
final class TestDossier {
  static final String WIRE_TEXT = "ORVANDO (Wire) — Delegations from Kestria and Lomaria met in"
      + " Orvando on Tuesday and agreed to reopen the river crossing, officials said.\n\n"
      + "The talks, hosted by mayor Elin Varga, lasted six hours.";
  static final String COPY_TEXT = "ORVANDO (Wire) — Delegations from Kestria and Lomaria met in"
      + " Orvando on Tuesday and agreed to reopen the river crossing, officials said.\n\n"
      + "The talks, hosted by mayor Elin Varga, lasted six hours. Traders welcomed the news.";
  static final String FLOOD_TEXT = "Heavy rain flooded the lower town of Brenmoor on Sunday; about"
      + " 300 residents left their homes, the regional office said.";
  static final String MARKET_TEXT = "The Lomaria central bank kept its rate unchanged on Thursday.";

  final Article wire = article("in/wire.txt", "Crossing to reopen after talks", WIRE_TEXT,
      "Daily Courier", "Wire", LocalDate.of(2024, 3, 5));
  final Article copy = article("in/copy.txt", "Kestria and Lomaria agree to reopen crossing",
      COPY_TEXT, "Evening Ledger", "Wire", LocalDate.of(2024, 3, 5));
  final Article flood = article("in/flood.txt", "Floods in Brenmoor", FLOOD_TEXT, "Daily Courier",
      null, LocalDate.of(2024, 4, 14));
  final Article market = article("in/market.txt", "Rates unchanged", MARKET_TEXT, "Money Page",
      null, null);

  static Article article(String source, String title, String text, String outlet, String credit,
      LocalDate day) {
    PublicationDate published = day == null ? PublicationDate.unknown()
        : new PublicationDate(DateRange.exact(day), DateBasis.STATED, "stated", 0.9);
    return new Article(ArticleIds.of(source, text), source, null, title, text,
        List.of(new Span(0, text.length())), outlet, credit == null ? List.of() : List.of(credit),
        null, null, List.of(), published, "en", List.of());
  }

  List<Article> articles() {
    return List.of(wire, copy, flood, market);
  }

  /** Writes the dossier into {@code dir}, indexes it and publishes its snapshot, as a build does. */
  void write(Path dir) throws IOException {
    write(dir, true);
  }

  /** Writes the dossier into {@code dir} and publishes its snapshot; indexes it when asked. */
  void write(Path dir, boolean index) throws IOException {
    try (DossierStore store = DossierStore.open(dir)) {
      List<FileRecord> files = new ArrayList<>();
      for (Article a : articles()) {
        files.add(new FileRecord(a.source(), 100, 1, null, FileRecord.DONE, null, 0, 1));
      }
      store.commit(new Batch(files, articles()));
      List<Entity> entities = List.of(new Entity("e-kestria", "Kestria", "COUNTRY", List.of()),
          new Entity("e-lomaria", "Lomaria", "COUNTRY", List.of("Republic of Lomaria")),
          new Entity("e-orvando", "Orvando", "CITY", List.of()),
          new Entity("e-varga", "Elin Varga", "PERSON", List.of("Varga")),
          new Entity("e-brenmoor", "Brenmoor", "CITY", List.of()));
      List<Mention> mentions = new ArrayList<>();
      for (Article a : List.of(wire, copy)) {
        mentions.add(mention(a, "Kestria", "LOCATION", "e-kestria"));
        mentions.add(mention(a, "Lomaria", "LOCATION", "e-lomaria"));
        mentions.add(mention(a, "Elin Varga", "PERSON", "e-varga"));
      }
      mentions.add(mention(flood, "Brenmoor", "LOCATION", "e-brenmoor"));
      mentions.add(mention(market, "Lomaria", "LOCATION", "e-lomaria"));
      store.replaceEntities(entities, mentions);
      int added = COPY_TEXT.indexOf(" Traders");
      store.replaceDuplicates(List.of(new DuplicateGroup("g-1", wire.id(),
              List.of(new DuplicateGroup.Member(copy.id(), "contains", 0.93)))),
          List.of(new CopyChanges(copy.id(), wire.id(), new CopyChanges.Change(wire.title(), copy.title()),
              List.of(new CopyChanges.Passage(new Span(added, COPY_TEXT.length()),
                  COPY_TEXT.substring(added).strip())), List.of(), List.of(), List.of())),
          List.of());
      Story talks = new Story("s-talks", "Kestria and Lomaria talks", List.of(wire.id(), copy.id()),
          DateRange.exact(LocalDate.of(2024, 3, 5)), List.of("e-kestria", "e-lomaria"),
          "Delegations met in Orvando and agreed to reopen the crossing.");
      Story floods = new Story("s-flood", "Brenmoor floods", List.of(flood.id()),
          DateRange.exact(LocalDate.of(2024, 4, 14)), List.of("e-brenmoor"), "Rain flooded Brenmoor.");
      store.replaceStories(List.of(floods, talks),
          Map.of("s-talks", List.of(new Evidence(wire.id(), 0, 60, null))),
          List.of(new Storyline("l-1", "Kestria–Lomaria", List.of("s-talks"))));
      int met = WIRE_TEXT.indexOf("met");
      store.replaceEvents(List.of(
          new Event("ev-meet", "CONSULT", null, "happened", DateRange.exact(LocalDate.of(2024, 3, 5)),
              "e-orvando", List.of(new Participant("e-kestria", "SOURCE"), new Participant("e-lomaria", "TARGET")),
              List.of(new Evidence(wire.id(), met, met + 3, "body"), new Evidence(copy.id(), met, met + 3, "body")), 0.8,
              List.of(), Event.STATED),
          new Event("ev-agree", "AGREE", null, "happened", DateRange.exact(LocalDate.of(2024, 3, 5)),
              null, List.of(new Participant("e-kestria", "SOURCE"), new Participant("e-lomaria", "TARGET")),
              List.of(new Evidence(wire.id(), 100, 106, "body")), 0.7,
              List.of(new dossier.model.Claim(new Evidence(wire.id(), 100, 106, "body"), "e-lomaria",
                  "Lomaria's foreign ministry"))),
          new Event("ev-flood", "OTHER", null, "happened", DateRange.between(LocalDate.of(2024, 4, 1),
              LocalDate.of(2024, 4, 30)), "e-brenmoor", List.of(Participant.generic(
                  new dossier.model.GenericActor("residents", "crowd", "CVL", null, flood.id(), "text",
                      FLOOD_TEXT.indexOf("residents"), FLOOD_TEXT.indexOf("residents") + 9), "TARGET")),
              List.of(new Evidence(flood.id(), 0, 20, "body")), 0.5, List.of(), Event.REPORT)));
      int sunday = FLOOD_TEXT.indexOf("Sunday");
      store.addTimes(List.of(new dossier.model.TimeExpression(flood.id(), sunday, sunday + 6, "Sunday",
          "DATE", "2024-04-14", DateRange.exact(LocalDate.of(2024, 4, 14)))));
      int n = FLOOD_TEXT.indexOf("300");
      store.replaceFigures(List.of(new Figure("f-displaced", 300, "DISPLACED", "about", null,
          DateRange.exact(LocalDate.of(2024, 4, 14)), List.of(new Evidence(flood.id(), n, n + 3, "body")))));
      if (index) {
        SearchIndexer.update(store);
      }
    }
    Snapshot.publish(dir);
  }

  private static Mention mention(Article a, String name, String type, String entity) {
    int at = a.text().indexOf(name);
    return new Mention(a.id(), at, at + name.length(), name, type, entity);
  }
}
