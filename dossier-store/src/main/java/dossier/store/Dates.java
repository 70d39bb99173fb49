package dossier.store;

import dossier.model.DateRange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;

/** A {@link DateRange} as three DATE columns: {@code x_value}, {@code x_earliest}, {@code x_latest}. */
final class Dates {
  private Dates() {}

  /** Appends the range's three columns to the current appender row. */
  static DuckDBAppender append(DuckDBAppender ap, DateRange d) throws SQLException {
    return day(day(day(ap, d.value()), d.earliest()), d.latest());
  }

  /** Reads the range stored in the columns {@code prefix_value}, {@code _earliest}, {@code _latest}. */
  static DateRange read(ResultSet r, String prefix) throws SQLException {
    LocalDate value = r.getObject(prefix + "_value", LocalDate.class);
    LocalDate earliest = r.getObject(prefix + "_earliest", LocalDate.class);
    LocalDate latest = r.getObject(prefix + "_latest", LocalDate.class);
    if (value == null && earliest == null && latest == null) {
      return DateRange.unknown();
    }
    return new DateRange(value, earliest, latest);
  }

  private static DuckDBAppender day(DuckDBAppender ap, LocalDate d) throws SQLException {
    return d == null ? ap.appendNull() : ap.append(d);
  }
}
