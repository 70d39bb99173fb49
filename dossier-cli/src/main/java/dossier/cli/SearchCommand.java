package dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dossier.search.SearchHit;
import dossier.search.SearchIndex;
import dossier.search.SearchRequest;
import dossier.search.SearchResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier search}: the dossier's articles, events or entities matching a query. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Searches a dossier's index (written by every build): words (all required), "
        + "\"phrases\", AND/OR/NOT, (groups), prefix*, fields outlet: entity: type: kind: story: title: "
        + "and dates published:2020-10 or published:[2020-10-01 TO 2020-10-31]. Case and accents do not "
        + "matter. Copies of one story are one hit listing every outlet that ran it.",
    footer = {"", "Examples:",
        "  dossier search out/conflict ceasefire",
        "  dossier search out/conflict '\"prisoner exchange\" AND published:[2020-10-01 TO 2020-10-31]' --facets",
        "  dossier search out/conflict 'type:assault' --kind event --json --limit 50"})
final class SearchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The dossier folder.")
  Path dir;

  @Parameters(index = "1", paramLabel = "QUERY", description = "The query (quote it for the shell).")
  String query;

  @Option(names = "--facets", description = "Also count hits by outlet, entity, event type, figure kind, story and month.")
  boolean facets;

  @Option(names = "--json", description = "Write the result as JSON (total, hits, facets, tookMillis).")
  boolean json;

  @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Hits to show, 1 to 100 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", paramLabel = "N", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--all-copies", description = "List every copy of a duplicated story as its own hit.")
  boolean allCopies;

  @Option(names = "--kind", split = ",", paramLabel = "KIND",
      description = "What to search: article (default), event, entity; several separated by commas.")
  List<String> kinds = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (SearchIndex index = SearchIndex.open(dir)) {
      SearchResult r = index.search(new SearchRequest(query, kinds, offset, limit, !allCopies, facets));
      if (json) {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
      } else {
        print(r, out, System.console() != null);
      }
    }
    out.flush();
    return 0;
  }

  private void print(SearchResult r, PrintWriter out, boolean ansi) {
    out.printf("%d%s %s for %s (%d ms)%n", r.total(), r.totalIsLowerBound() ? "+" : "",
        r.total() == 1 ? "hit" : "hits", query, r.tookMillis());
    int n = offset;
    for (SearchHit h : r.hits()) {
      out.println();
      out.printf("%d. %s%s%n", ++n, h.title() == null ? "(no title)" : h.title(),
          h.published() == null ? "" : "  [" + h.published() + "]");
      List<String> about = new ArrayList<>();
      about.add(h.kind() + " " + h.id());
      if (!h.outlets().isEmpty()) {
        about.add(String.join(", ", h.outlets()));
      }
      if (h.kind().equals("article") && h.articles().size() > 1) {
        about.add(h.articles().size() + " copies");
      }
      if (h.story() != null) {
        about.add("story " + h.story());
      }
      out.println("   " + String.join(" · ", about));
      if (h.snippet() != null && !h.snippet().isBlank()) {
        out.println("   " + plain(h.snippet(), ansi));
      }
    }
    if (!r.facets().isEmpty()) {
      out.println();
      for (String name : List.of("outlet", "entity", "type", "kind", "story", "month")) {
        List<String> values = new ArrayList<>();
        r.facets().getOrDefault(name, List.of()).forEach(c -> values.add(c.value() + " (" + c.count() + ")"));
        out.printf("%-7s %s%n", name + ":", values.isEmpty() ? "-" : String.join(", ", values));
      }
    }
  }

  /** A snippet for a terminal: marks in bold (or between guillemets when not a terminal), entities unescaped. */
  static String plain(String snippet, boolean ansi) {
    String s = snippet.replace("<mark>", ansi ? "\033[1m" : "«").replace("</mark>", ansi ? "\033[0m" : "»");
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
        .replace("&#x2F;", "/").replace("&amp;", "&");
  }
}
