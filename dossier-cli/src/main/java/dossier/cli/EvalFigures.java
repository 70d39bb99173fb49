package dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.figures.FigureStage;
import dossier.model.Article;
import dossier.model.Entity;
import dossier.model.Figure;
import dossier.store.DossierStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dossier eval figures}: precision and recall of a dossier's figures against a hand gold,
 * counted per article: each (article, value, kind, claimant) a figure is reported in.
 */
@Command(name = "figures", mixinStandardHelpOptions = true,
    description = "Precision and recall of (value, kind, claimant) per article of a built dossier's "
        + "figures against a JSON-lines gold file (article: the input file name or PATH#ID; value; "
        + "kind; claimant: a list of accepted entity names, null for stated as fact), as "
        + "examples/conflict-gold/figures.jsonl.",
    footer = {"", "Example:", "  dossier build examples/conflict --out /tmp/korvan",
        "  dossier eval figures examples/conflict-gold/figures.jsonl /tmp/korvan --errors"})
final class EvalFigures implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD", description = "The gold .jsonl file.")
  Path gold;

  @Parameters(index = "1", paramLabel = "DIR", description = "A built dossier.")
  Path dir;

  @Option(names = "--rerun", description = "Score the figures this build of Dossier finds from the "
      + "dossier's stored texts, mentions and times (read-only), not the stored figures.")
  boolean rerun;

  @Option(names = "--errors", description = "Also list misses and false figures.")
  boolean errors;

  /** One figure reported in one article. */
  private record Item(String article, double value, String kind, Set<String> claimant) {}

  /**
   * One gold row: the claimant list holds folded names, and "" for stated as fact. An optional row
   * (a figure a reader may or may not count) is never a miss, and the item it matches is never a
   * false figure.
   */
  private record Gold(String article, double value, String kind, Set<String> claimants, String note,
      boolean optional) {}

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    List<Gold> golds = readGold(gold);
    List<Item> items = new ArrayList<>();
    try (DossierStore store = DossierStore.openReadOnly(dir)) {
      List<Article> articles = new ArrayList<>();
      store.forEachArticle(articles::add);
      Map<String, String> source = new HashMap<>();
      articles.forEach(a -> source.put(a.id(), a.source()));
      Map<String, Set<String>> names = new HashMap<>();
      for (Entity e : store.entities()) {
        Set<String> n = new HashSet<>();
        n.add(fold(e.name()));
        e.aliases().forEach(x -> n.add(fold(x)));
        names.put(e.id(), n);
      }
      List<Figure> figures = rerun ? FigureStage.analyse(articles, store.mentions(), store.times(),
          store.duplicates()).figures() : store.figures();
      for (Figure f : figures) {
        Set<String> claimant = f.claimantId() == null ? Set.of("")
            : names.getOrDefault(f.claimantId(), Set.of("?"));
        Set<String> seen = new LinkedHashSet<>();
        f.sources().forEach(e -> seen.add(source.getOrDefault(e.article(), e.article())));
        for (String s : seen) {
          items.add(new Item(s, f.value(), f.kind(), claimant));
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    int[] full = score(golds, items, true, errors ? out : null);
    int[] loose = score(golds, items, false, null);
    int required = (int) golds.stream().filter(g -> !g.optional()).count();
    out.printf("gold: %d (+%d optional)%nfound: %d%n", required, golds.size() - required,
        items.size());
    out.printf("precision (value, kind, claimant): %.4f%nrecall (value, kind, claimant): %.4f%n",
        ratio(full[0], items.size() - full[1]), ratio(full[0], required));
    out.printf("precision (value, kind): %.4f%nrecall (value, kind): %.4f%n",
        ratio(loose[0], items.size() - loose[1]), ratio(loose[0], required));
    out.printf("time: %.1fs%n", (System.nanoTime() - t0) / 1e9);
    out.flush();
    return 0;
  }

  /**
   * Matches gold rows to found items one to one, required rows first; returns the required rows
   * matched and the items taken by optional rows (left out of precision).
   */
  private static int[] score(List<Gold> golds, List<Item> items, boolean claimants,
      PrintWriter errs) {
    boolean[] used = new boolean[items.size()];
    int matched = 0;
    int optional = 0;
    List<Gold> ordered = new ArrayList<>(golds);
    ordered.sort((x, y) -> Boolean.compare(x.optional(), y.optional()));
    for (Gold g : ordered) {
      int hit = -1;
      for (int i = 0; i < items.size() && hit < 0; i++) {
        Item x = items.get(i);
        if (!used[i] && sameArticle(x.article(), g.article()) && x.value() == g.value()
            && x.kind().equals(g.kind())
            && (!claimants || x.claimant().stream().anyMatch(g.claimants()::contains))) {
          hit = i;
        }
      }
      if (hit >= 0) {
        used[hit] = true;
        if (g.optional()) {
          optional++;
        } else {
          matched++;
        }
      } else if (errs != null && !g.optional()) {
        errs.printf("  missed  %s %s %s %s  (%s)%n", g.article(), num(g.value()), g.kind(),
            g.claimants(), g.note());
      }
    }
    if (errs != null) {
      for (int i = 0; i < items.size(); i++) {
        if (!used[i]) {
          Item x = items.get(i);
          errs.printf("  false   %s %s %s %s%n", Path.of(x.article()).getFileName(), num(x.value()),
              x.kind(), x.claimant());
        }
      }
    }
    return new int[] {matched, optional};
  }

  private static boolean sameArticle(String source, String goldArticle) {
    return source.equals(goldArticle) || source.endsWith("/" + goldArticle);
  }

  private static List<Gold> readGold(Path file) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Gold> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      Set<String> claimants = new HashSet<>();
      JsonNode c = n.get("claimant");
      if (c == null || c.isNull()) {
        claimants.add("");
      } else if (c.isArray()) {
        c.forEach(x -> claimants.add(x.isNull() ? "" : fold(x.asText())));
      } else {
        claimants.add(fold(c.asText()));
      }
      out.add(new Gold(n.get("article").asText(), n.get("value").asDouble(), n.get("kind").asText(),
          claimants, n.path("note").asText(""), n.path("optional").asBoolean(false)));
    }
    return out;
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).trim();
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
