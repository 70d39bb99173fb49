package dossier.store;

import dossier.model.FigureDetail;
import dossier.model.FigureDispute;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The figures stage's extra tables: what each figure is about ({@code figure_details}, the text of
 * each source sentence in {@code figure_sentences}) and the disputes between figures. Written in
 * one transaction so details and disputes always agree. A dossier built before these tables
 * existed reads as having none.
 */
final class FigureTables {
  private static final List<String> TABLES = List.of("figure_details", "figure_sentences",
      "figure_disputes", "figure_dispute_members");
  private final DuckDBConnection c;

  FigureTables(DuckDBConnection c) {
    this.c = c;
  }

  void replace(List<FigureDetail> details, List<FigureDispute> disputes) throws SQLException {
    Transactions.run(c, () -> {
      try (Statement s = c.createStatement()) {
        for (String t : TABLES) {
          s.execute("DELETE FROM " + t); // constants, never input
        }
      }
      try (DuckDBAppender d = Appenders.open(c, "figure_details");
          DuckDBAppender s = Appenders.open(c, "figure_sentences");
          DuckDBAppender p = Appenders.open(c, "figure_disputes");
          DuckDBAppender m = Appenders.open(c, "figure_dispute_members")) {
        for (FigureDetail x : details) {
          d.beginRow().append(x.figureId()).append(x.counted()).append(x.group()).append(x.side())
              .append(x.claimantText()).append(x.period());
          Dates.append(Dates.append(d, x.periodRange()), x.reported()).append(x.baseId())
              .append(x.derivation());
          number(number(d, x.low()), x.high()).append(x.independentSources()).endRow();
          int i = 0;
          for (String sentence : x.sentences()) {
            s.beginRow().append(x.figureId()).append(i++).append(sentence).endRow();
          }
        }
        for (FigureDispute x : disputes) {
          p.beginRow().append(x.id()).append(x.kind()).append(x.group()).append(x.side());
          Dates.append(p, x.period()).endRow();
          int i = 0;
          for (String f : x.figureIds()) {
            m.beginRow().append(x.id()).append(i++).append(f).endRow();
          }
        }
        Appenders.flush(d, s, p, m);
      }
    });
  }

  /** Details by figure id. */
  Map<String, FigureDetail> details() throws SQLException {
    if (!exists()) {
      return Map.of();
    }
    Map<String, List<String>> sentences = Rows.grouped(c,
        "SELECT figure_id, sentence FROM figure_sentences ORDER BY figure_id, ord", r -> r.getString(2));
    Map<String, FigureDetail> out = new java.util.LinkedHashMap<>();
    for (FigureDetail d : Rows.list(c, "SELECT * FROM figure_details ORDER BY figure_id", r ->
        new FigureDetail(r.getString("figure_id"), r.getString("counted"),
            r.getString("counted_group"), r.getString("side_id"), r.getString("claimant_text"),
            r.getString("period"), Dates.read(r, "period"), Dates.read(r, "reported"),
            r.getString("base_id"), r.getString("derivation"), number(r, "low"), number(r, "high"),
            r.getInt("independent_sources"), sentences.get(r.getString("figure_id"))))) {
      out.put(d.figureId(), d);
    }
    return out;
  }

  List<FigureDispute> disputes() throws SQLException {
    if (!exists()) {
      return List.of();
    }
    Map<String, List<String>> members = Rows.grouped(c, "SELECT dispute_id, figure_id FROM"
        + " figure_dispute_members ORDER BY dispute_id, ord", r -> r.getString(2));
    return Rows.list(c, "SELECT * FROM figure_disputes ORDER BY id", r -> new FigureDispute(
        r.getString("id"), r.getString("kind"), r.getString("counted_group"), r.getString("side_id"),
        Dates.read(r, "period"), members.getOrDefault(r.getString("id"), List.of())));
  }

  private boolean exists() throws SQLException {
    return !Rows.list(c, "SELECT 1 FROM information_schema.tables WHERE table_name ="
        + " 'figure_disputes'", r -> 1).isEmpty();
  }

  private static DuckDBAppender number(DuckDBAppender ap, Double d) throws SQLException {
    return d == null ? ap.appendNull() : ap.append(d.doubleValue());
  }

  private static Double number(ResultSet r, String column) throws SQLException {
    double d = r.getDouble(column);
    return r.wasNull() ? null : d;
  }
}
