package dossier.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV: UTF-8, CRLF line ends, a field quoted when it holds a comma, quote, CR or LF, with
 * quotes doubled; null is an empty field. Small enough that a CSV library is not worth a
 * dependency.
 */
final class CsvWriter {
  private final Writer w;

  CsvWriter(OutputStream out) {
    this.w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  void row(List<?> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      field(fields.get(i));
    }
    w.write("\r\n");
  }

  /** Flushes without closing the caller's stream. */
  void flush() throws IOException {
    w.flush();
  }

  private void field(Object value) throws IOException {
    if (value == null) {
      return;
    }
    String s = value.toString();
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      w.write(s);
      return;
    }
    w.write('"');
    w.write(s.replace("\"", "\"\""));
    w.write('"');
  }
}
