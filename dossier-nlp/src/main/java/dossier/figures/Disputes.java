package dossier.figures;

import dossier.model.DateRange;
import dossier.model.Figure;
import dossier.model.FigureDetail;
import dossier.model.FigureDispute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Links figures about the same thing that cannot all be true: same kind, same counted group, same
 * side, overlapping days, values whose honest intervals ("more than 60", "about 1,300") do not
 * meet, and a different claimant or different reports. Connected figures form one dispute.
 */
final class Disputes {
  private Disputes() {}

  static List<FigureDispute> find(List<Figure> figures, Map<String, FigureDetail> details) {
    int n = figures.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (disagree(figures.get(i), figures.get(j), details)) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    Map<Integer, List<Figure>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(figures.get(i));
    }
    List<FigureDispute> out = new ArrayList<>();
    for (List<Figure> g : groups.values()) {
      if (g.size() < 2) {
        continue;
      }
      Figure first = g.get(0);
      FigureDetail d = details.get(first.id());
      DateRange common = days(first, d);
      List<String> ids = new ArrayList<>();
      for (Figure f : g) {
        ids.add(f.id());
        DateRange x = common.intersect(days(f, details.get(f.id())));
        common = x == null ? common : x;
      }
      out.add(new FigureDispute(FigureStage.id("dispute|" + String.join("|", ids)), first.kind(),
          d.group(), d.side(), common, ids));
    }
    return out;
  }

  /** Whether two figures are about the same thing and their values exclude each other. */
  static boolean disagree(Figure a, Figure b, Map<String, FigureDetail> details) {
    FigureDetail x = details.get(a.id());
    FigureDetail y = details.get(b.id());
    if (x == null || y == null || !a.kind().equals(b.kind()) || "OTHER".equals(a.kind())
        || x.group() == null || !x.group().equals(y.group()) || !Objects.equals(x.side(), y.side())
        || x.baseId() != null || y.baseId() != null) {
      return false;
    }
    if (Objects.equals(a.claimantId(), b.claimantId()) && Objects.equals(x.claimantText(),
        y.claimantText()) && a.sources().equals(b.sources())) {
      return false; // one claimant in one report: a correction, not a dispute
    }
    if (closed(x) != closed(y)) {
      return false; // one event's toll against a running total: no contradiction
    }
    DateRange dx = days(a, x);
    DateRange dy = days(b, y);
    if (!dx.isKnown() || !dy.isKnown() || dx.intersect(dy) == null) {
      return false; // different or unknown times: a toll that grew, not a dispute
    }
    return !meet(x, y);
  }

  /** Whether the figure counts one event or period that is over ("in the 1998 war"). */
  private static boolean closed(FigureDetail d) {
    return d.period() != null && !Periods.open(d.period());
  }

  /** The days a figure holds for: its period when closed and dated, else the days it was reported. */
  private static DateRange days(Figure f, FigureDetail d) {
    return closed(d) && d.periodRange().isKnown() ? d.periodRange() : d.reported();
  }

  private static boolean meet(FigureDetail x, FigureDetail y) {
    double xl = x.low() == null ? Double.NEGATIVE_INFINITY : x.low();
    double xh = x.high() == null ? Double.POSITIVE_INFINITY : x.high();
    double yl = y.low() == null ? Double.NEGATIVE_INFINITY : y.low();
    double yh = y.high() == null ? Double.POSITIVE_INFINITY : y.high();
    return xl <= yh && yl <= xh;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
