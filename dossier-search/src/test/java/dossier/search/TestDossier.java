package dossier.search;

import dossier.model.Article;
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
import dossier.model.Story;
import dossier.store.Batch;
import dossier.store.DossierStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small invented dossier written by the team for the search tests: a ferry strike reported by
 * two outlets (one duplicate group), ceasefire talks and shelling in one story, an undated museum
 * piece; entities with accented names, two events, one figure.
 */
final class TestDossier {
  static final String STRIKE = "PORT ALDER — Dockworkers walked off the job on Monday, halting ferry traffic"
      + " across the strait. Union leader Şükrü Ölmez said the strike would last until wages were raised.\n\n"
      + "The port authority called the walkout illegal and asked a court to intervene.";
  static final String TALKS = "Negotiators from both sides met in Lindholm on Thursday for the first round of"
      + " ceasefire talks. The mediator, Greta Voss, said the talks were \"constructive\".\n\n"
      + "Fighting near the river town of Brask killed at least 12 people last week.";
  static final String SHELLING = "Shelling overnight cut electricity to most of Brask, residents said. At least 12"
      + " people were killed in the fighting, according to the regional governor.\n\n"
      + "A sign reading <Closed> & shuttered hung on the gate of the power station.";
  static final String MUSEUM = "The old harbour museum reopened on Saturday after a two-year restoration. Visitors"
      + " queued along the quay to see the restored lighthouse lens.";

  private TestDossier() {}

  static Article article(String id, String title, String text, String outlet, DateRange date) {
    return new Article(id, "fixtures/" + id + ".txt", null, title, text, List.of(), outlet, List.of("Nordwire"),
        null, null, List.of(), date == null ? null : new PublicationDate(date, DateBasis.STATED, null, 0.9), "en",
        List.of());
  }

  static DateRange day(String d) {
    return DateRange.exact(LocalDate.parse(d));
  }

  /** Writes the dossier into {@code dir} (articles and every later stage's output). */
  static void write(Path dir) throws IOException {
    try (DossierStore s = DossierStore.open(dir)) {
      s.commit(new Batch(List.of(), List.of(
          article("a1", "Ferry strike halts traffic in Port Alder", STRIKE, "Coastal Courier", day("2021-03-01")),
          article("a2", "Ferry strike halts traffic in Port Alder", STRIKE + "\n\n— Nordwire", "Valley Herald",
              day("2021-03-01")),
          article("a3", "Ceasefire talks begin in Lindholm", TALKS, "Valley Herald", day("2021-04-15")),
          article("a4", "Brask shelling leaves town without power", SHELLING, "Evening Ledger",
              DateRange.between(LocalDate.parse("2021-04-09"), LocalDate.parse("2021-04-10"))),
          article("a5", "Harbour museum reopens", MUSEUM, "Coastal Courier", null))));
      s.replaceDuplicates(List.of(new DuplicateGroup("g1", "a1",
          List.of(new DuplicateGroup.Member("a2", "near", 0.97)))));
      List<Entity> entities = List.of(
          new Entity("e1", "Şükrü Ölmez", "PERSON", List.of("Ölmez")),
          new Entity("e2", "Port Alder", "CITY", List.of()),
          new Entity("e3", "Greta Voss", "PERSON", List.of("Voss")),
          new Entity("e4", "Brask", "CITY", List.of()),
          new Entity("e5", "Lindholm", "CITY", List.of()));
      List<Mention> mentions = new ArrayList<>();
      mention(mentions, "a1", STRIKE, "Şükrü Ölmez", "PERSON", "e1");
      mention(mentions, "a2", STRIKE, "Şükrü Ölmez", "PERSON", "e1");
      mention(mentions, "a1", STRIKE, "PORT ALDER", "LOCATION", "e2");
      mention(mentions, "a2", STRIKE, "PORT ALDER", "LOCATION", "e2");
      mention(mentions, "a3", TALKS, "Greta Voss", "PERSON", "e3");
      mention(mentions, "a3", TALKS, "Brask", "LOCATION", "e4");
      mention(mentions, "a3", TALKS, "Lindholm", "LOCATION", "e5");
      mention(mentions, "a4", SHELLING, "Brask", "LOCATION", "e4");
      s.replaceEntities(entities, mentions);
      s.replaceStories(List.of(
          new Story("s1", "Ferry strike", List.of("a1", "a2"), day("2021-03-01"), List.of("e1"), "A strike."),
          new Story("s2", "Fighting around Brask", List.of("a3", "a4"),
              DateRange.between(LocalDate.parse("2021-04-09"), LocalDate.parse("2021-04-15")), List.of("e4"),
              "Talks and shelling.")));
      int talks = TALKS.indexOf("Negotiators");
      int fight = TALKS.indexOf("Fighting");
      int shell = SHELLING.indexOf("Shelling");
      s.replaceEvents(List.of(
          new Event("ev1", "CONSULT", null, "happened", day("2021-04-15"), "e5",
              List.of(new Participant("e3", null)),
              List.of(new Evidence("a3", talks, TALKS.indexOf(". ", talks) + 1, "body")), 0.8),
          new Event("ev2", "ASSAULT", null, "happened",
              DateRange.between(LocalDate.parse("2021-04-05"), LocalDate.parse("2021-04-11")), "e4",
              List.of(Participant.generic(new dossier.model.GenericActor("artillery units",
                  "troops", "MIL", null, "a4", "text", 0, 15), "SOURCE")),
              List.of(new Evidence("a3", fight, TALKS.length(), "body"),
                  new Evidence("a4", shell, SHELLING.indexOf(". ", shell) + 1, "body")), 0.7)));
      s.replaceFigures(List.of(new Figure("f1", 12, "KILLED", "at least", null,
          DateRange.between(LocalDate.parse("2021-04-09"), LocalDate.parse("2021-04-15")),
          List.of(new Evidence("a3", fight, TALKS.length(), "body"),
              new Evidence("a4", 0, SHELLING.indexOf(". A"), "body")))));
    }
  }

  private static void mention(List<Mention> out, String article, String text, String name, String type,
      String entity) {
    int at = text.indexOf(name);
    out.add(new Mention(article, at, at + name.length(), name, type, entity));
  }
}
