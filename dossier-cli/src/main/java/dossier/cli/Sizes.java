package dossier.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Reads sizes such as {@code 10MB}, {@code 512k} or {@code 1048576}. */
final class Sizes implements CommandLine.ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String v = value.trim().toUpperCase(Locale.ROOT).replace("IB", "").replace("B", "");
    long unit = 1;
    if (v.endsWith("K")) {
      unit = 1L << 10;
    } else if (v.endsWith("M")) {
      unit = 1L << 20;
    } else if (v.endsWith("G")) {
      unit = 1L << 30;
    }
    String num = unit == 1 ? v : v.substring(0, v.length() - 1);
    try {
      double n = Double.parseDouble(num.trim());
      if (n <= 0) {
        throw new CommandLine.TypeConversionException("size must be positive: " + value);
      }
      return (long) (n * unit);
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("not a size: '" + value + "' (try 10MB, 512K)");
    }
  }
}
