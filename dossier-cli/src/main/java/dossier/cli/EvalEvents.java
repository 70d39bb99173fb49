package dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.events.EventScorer;
import dossier.model.Article;
import dossier.model.DateRange;
import dossier.model.Entity;
import dossier.store.DossierStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier eval events}: typed events of a built dossier against a gold file. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Precision, recall and F1 of typed event mentions (type + sentence; then also "
        + "participants) of a built dossier against a gold file of JSON lines: source, types, "
        + "participants, place, date, status, evidence, part (text, title or caption), optional.",
    footer = {"", "Example:",
        "  dossier build examples/conflict --out /tmp/korvan",
        "  dossier eval events examples/conflict-gold/events.jsonl /tmp/korvan --list"})
final class EvalEvents implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD", description = "Gold file (JSON lines).")
  Path gold;

  @Parameters(index = "1", paramLabel = "DIR", description = "A dossier built by `dossier build`.")
  Path dir;

  @Option(names = "--list", description = "Also list missed gold events and false alarms.")
  boolean list;

  @Option(names = "--recompute", description = "Score events recomputed by this version from the "
      + "dossier's stored articles, mentions and times, instead of the stored events.")
  boolean recompute;

  @Override
  public Integer call() throws IOException {
    List<EventScorer.Gold> golds = read(gold);
    EventScorer.Report r;
    try (DossierStore store = DossierStore.openReadOnly(dir)) {
      List<Article> articles = new ArrayList<>();
      store.forEachArticle(articles::add);
      Map<String, List<String>> names = new HashMap<>();
      for (Entity e : store.entities()) {
        List<String> n = new ArrayList<>(List.of(e.name()));
        n.addAll(e.aliases());
        names.put(e.id(), n);
      }
      List<dossier.model.Event> events = store.events();
      if (recompute) {
        long t0 = System.nanoTime();
        dossier.events.EventStage.Result x = dossier.events.EventStage.runMeasured(articles,
            store.entities(), store.mentions(), store.times());
        events = x.events();
        spec.commandLine().getOut().printf("recomputed %d events in %.1fs (parser load %.1fs; "
            + "parsed %d of %d sentences, %d tokens, %.0f tokens/s per thread)%n", events.size(),
            (System.nanoTime() - t0) / 1e9, x.loadNanos() / 1e9, x.parsed(), x.sentences(),
            x.tokens(), x.tokensPerSecond());
      }
      r = EventScorer.score(golds, articles, events, names);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("gold: %d required (+%d optional), %d not found in the dossier's texts%n",
        r.required(), golds.size() - r.required() - r.unlocated().size(), r.unlocated().size());
    out.printf("system: %d event mentions in the scored articles%n", r.system());
    out.printf("type + sentence:                precision %.3f  recall %.3f  F1 %.3f%n",
        r.precision(), r.recall(), r.f1());
    out.printf("type + sentence + participants: precision %.3f  recall %.3f  F1 %.3f%n",
        r.precisionWithParticipants(), r.recallWithParticipants(), r.f1WithParticipants());
    out.printf("of the found: place right %d/%d, date holding the gold day(s) %d/%d%n",
        r.placeRight(), r.placeAsked(), r.dateRight(), r.dateAsked());
    if (list) {
      r.unlocated().forEach(g -> out.println("  not located: " + g.source() + "  " + g.evidence()));
      r.missed().forEach(g -> out.println("  missed: " + g.types() + "  " + g.source() + "  "
          + g.evidence()));
      r.unmatchedParticipants().forEach(u -> out.println("  participants: want "
          + u.gold().participants() + " got " + roles(u.mention().event()) + "  "
          + u.gold().source() + "  " + u.gold().evidence()));
      r.falseAlarms().forEach(m -> out.println("  false alarm: " + m.event().type() + " "
          + m.event().status() + "  " + m.article() + " " + m.evidence().part() + " "
          + m.evidence().start() + "-" + m.evidence().end() + "  " + roles(m.event())));
    }
    out.flush();
    return 0;
  }

  /** An event's participants with their roles: entity ids, a generic actor by its words. */
  private static java.util.List<String> roles(dossier.model.Event e) {
    return e.participants().stream().map(x -> (x.isGeneric() ? x.actor().text()
        + (x.actor().affiliationId() == null ? "" : "|" + x.actor().affiliationId())
        : x.entityId()) + ":" + x.role()).toList();
  }

  /** The gold file's lines. */
  static List<EventScorer.Gold> read(Path file) throws IOException {
    List<EventScorer.Gold> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      List<String> types = new ArrayList<>();
      n.path("types").forEach(t -> types.add(t.asText()));
      List<String> parts = new ArrayList<>();
      n.path("participants").forEach(t -> parts.add(t.asText()));
      out.add(new EventScorer.Gold(n.path("source").asText(), types, parts, text(n, "place"),
          date(n.get("date")), text(n, "status"), n.path("evidence").asText(),
          text(n, "part"), n.path("optional").asBoolean(false)));
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static DateRange date(JsonNode d) {
    if (d == null || d.isNull()) {
      return null;
    }
    if (d.isTextual()) {
      return DateRange.exact(LocalDate.parse(d.asText()));
    }
    return DateRange.between(LocalDate.parse(d.path("earliest").asText()),
        LocalDate.parse(d.path("latest").asText()));
  }
}
