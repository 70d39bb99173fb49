package dossier.cli;

import dossier.store.FileRecord;
import dossier.store.Info;
import java.util.Map;

/** The text {@code dossier info} prints. */
final class InfoFormat {
  private static final int TOP = 15;

  private InfoFormat() {}

  static String format(Info info) {
    StringBuilder b = new StringBuilder();
    b.append("articles: ").append(info.articles()).append('\n');
    b.append("input files:");
    info.filesByStatus().forEach((k, v) -> b.append(' ').append(v).append(' ').append(k));
    b.append('\n');
    b.append("publication dates: ").append(info.earliest() == null ? "none known"
        : info.earliest() + " .. " + info.latest()).append('\n');
    top(b, "outlets", info.outlets());
    top(b, "wire credits", info.credits());
    if (!info.problems().isEmpty()) {
      b.append("skipped files: ").append(info.problems().size()).append('\n');
      for (FileRecord f : info.problems()) {
        b.append("  ").append(f.source()).append(": ").append(f.reason()).append('\n');
      }
    }
    return b.toString();
  }

  private static void top(StringBuilder b, String what, Map<String, Long> counts) {
    b.append(what).append(": ").append(counts.isEmpty() ? "none found" : counts.size()).append('\n');
    counts.entrySet().stream().limit(TOP)
        .forEach(e -> b.append(String.format("  %6d  %s%n", e.getValue(), e.getKey())));
    if (counts.size() > TOP) {
      b.append("  ... and ").append(counts.size() - TOP).append(" more\n");
    }
  }
}
