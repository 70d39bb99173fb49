package dossier.cli;

import dossier.export.TimelineRecords;
import dossier.model.Entity;
import dossier.model.Story;
import dossier.store.DossierStore;
import dossier.timeline.TimelineEntry;
import dossier.timeline.TimelineQuery;
import dossier.timeline.TimelineText;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier timeline}: a dossier's events in the order they happened. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "The events of a dossier in the order they happened, not the order reported, "
        + "with their status, participants, place, number of reports and a [background] mark for "
        + "events recalled from long before their reports; [report date] marks a date inferred "
        + "from the report's publication date, as its text names no time. Undated events come "
        + "last.",
    footer = {"", "Examples:",
        "  dossier timeline out/conflict",
        "  dossier timeline out/conflict --story s3 --from 2020-10-01 --to 2020-10-31",
        "  dossier timeline out/conflict --storyline line-s1",
        "  dossier timeline out/conflict --type ASSAULT --csv -o assaults.csv"})
final class TimelineCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The dossier folder.")
  Path dir;

  @Option(names = "--story", paramLabel = "ID", description = "Only events reported in this story.")
  String story;

  @Option(names = "--storyline", paramLabel = "ID", description = "Only events reported in a story of this storyline.")
  String storyline;

  @Option(names = "--from", paramLabel = "DAY", description = "Only events that may have happened on or after DAY (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DAY", description = "Only events that may have happened on or before DAY (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only events of this PLOVER type (ASSAULT, CONSULT, ...).")
  String type;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  static final class Format {
    @Option(names = "--json", description = "Write a JSON array (fields as timeline[] in docs/export.md).")
    boolean json;

    @Option(names = "--csv", description = "Write a CSV table (columns as the timeline section in docs/export.md).")
    boolean csv;
  }

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of to standard output.")
  Path output;

  @Override
  public Integer call() throws Exception {
    TimelineQuery query = new TimelineQuery(story, from, to, type, storyline);
    try (DossierStore store = DossierStore.openReadOnly(dir)) {
      if (story != null && store.stories().stream().map(Story::id).noneMatch(story::equals)) {
        throw new IllegalArgumentException("no story '" + story + "' in " + dir
            + " (story ids are in `dossier export " + dir + " --format csv --section stories`)");
      }
      if (storyline != null && store.storylines().stream().map(l -> l.id()).noneMatch(storyline::equals)) {
        throw new IllegalArgumentException("no storyline '" + storyline + "' in " + dir
            + " (storyline ids are in `dossier export " + dir + " --format csv --section storylines`)");
      }
      List<TimelineEntry> all = TimelineRecords.entries(store);
      List<TimelineEntry> shown = query.apply(all);
      int omitted = query.hasDates() ? (int) new TimelineQuery(story, null, null, type, storyline).apply(all)
          .stream().filter(e -> !e.date().isKnown()).count() : 0;
      try (OutputStream out = new BufferedOutputStream(
          output == null ? System.out : Files.newOutputStream(output), 1 << 16)) {
        if (format.json) {
          TimelineRecords.writeJson(shown, out);
        } else if (format.csv) {
          TimelineRecords.writeCsv(shown, out);
        } else {
          out.write(TimelineText.format(shown, names(store), omitted)
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        out.flush();
      }
    }
    return 0;
  }

  private static Map<String, String> names(DossierStore store) {
    Map<String, String> names = new HashMap<>();
    for (Entity e : store.entities()) {
      names.put(e.id(), e.name());
    }
    return names;
  }
}
