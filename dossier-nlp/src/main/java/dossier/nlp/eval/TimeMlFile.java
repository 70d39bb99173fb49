package dossier.nlp.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One TimeML document: the plain text of its {@code <TEXT>} (tags stripped, entities decoded), its
 * document creation time and its gold TIMEX3 spans with offsets into that text.
 */
record TimeMlFile(String name, String text, LocalDate dct, List<Gold> gold) {
  /** A gold time expression. */
  record Gold(int start, int end, String type, String value) {}

  private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*?value=\"(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  static TimeMlFile read(Path file) throws IOException {
    String xml = Files.readString(file);
    Matcher d = DCT.matcher(xml);
    if (!d.find()) {
      throw new IOException(file + ": no document creation time (<DCT><TIMEX3 value=...>)");
    }
    int from = xml.indexOf("<TEXT>");
    int to = xml.indexOf("</TEXT>");
    if (from < 0 || to < from) {
      throw new IOException(file + ": no <TEXT> element");
    }
    String body = xml.substring(from + "<TEXT>".length(), to);
    StringBuilder text = new StringBuilder(body.length());
    List<Gold> gold = new ArrayList<>();
    Deque<Object[]> open = new ArrayDeque<>();
    Matcher m = TAG.matcher(body);
    int last = 0;
    while (m.find()) {
      text.append(decode(body.substring(last, m.start())));
      last = m.end();
      if (!m.group(2).equals("TIMEX3")) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        String type = null;
        String value = null;
        Matcher a = ATTR.matcher(m.group(3));
        while (a.find()) {
          if (a.group(1).equals("type")) {
            type = a.group(2);
          } else if (a.group(1).equals("value")) {
            value = a.group(2);
          }
        }
        if (m.group(3).endsWith("/")) {
          continue; // an empty TIMEX3 has no extent
        }
        open.push(new Object[] {text.length(), type, value});
      } else if (!open.isEmpty()) {
        Object[] o = open.pop();
        gold.add(new Gold((Integer) o[0], text.length(), (String) o[1], (String) o[2]));
      }
    }
    text.append(decode(body.substring(last)));
    return new TimeMlFile(file.getFileName().toString(), text.toString(), LocalDate.parse(d.group(1)), gold);
  }

  private static String decode(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
