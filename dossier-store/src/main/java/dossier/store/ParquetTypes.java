package dossier.store;

import java.util.Set;

/**
 * Which Parquet column types (as DuckDB names them) fill a store column without loss: the same
 * type, a narrower integer, or a timestamp of another unit or zone (Spark writes UTC-adjusted ones).
 */
final class ParquetTypes {
  private static final Set<String> INTS = Set.of("TINYINT", "SMALLINT", "INTEGER", "UTINYINT", "USMALLINT");
  private static final Set<String> LONGS = Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT",
      "UTINYINT", "USMALLINT", "UINTEGER");
  private static final Set<String> DOUBLES = Set.of("FLOAT", "DOUBLE", "TINYINT", "SMALLINT", "INTEGER");

  private ParquetTypes() {}

  static boolean fits(String parquet, String store) {
    return switch (store) {
      case "INTEGER" -> INTS.contains(parquet);
      case "BIGINT" -> LONGS.contains(parquet);
      case "DOUBLE" -> DOUBLES.contains(parquet) || parquet.startsWith("DECIMAL");
      case "TIMESTAMP" -> parquet.startsWith("TIMESTAMP");
      default -> parquet.equals(store);
    };
  }
}
