package dossier.nlp.eval;

import dossier.nlp.NlpDoc;
import dossier.nlp.NlpEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a TimeML file's annotation (tokens and the tagger's expressions at its creation day) in a
 * folder, so that rule changes are measured in seconds rather than by running the tagger again.
 * A cached document answers only for the day it was stored with, and holds no names.
 */
final class DocCache {
  private final Path dir;

  DocCache(Path dir) {
    this.dir = dir;
  }

  /**
   * {@code engine} with this cache before it, for the document {@code name} read at {@code dct}: a
   * text annotated before (same name, same text) is read back instead of tagged again.
   */
  NlpEngine around(NlpEngine engine, String name, LocalDate dct) {
    return new NlpEngine() {
      @Override
      public NlpDoc annotate(String text) {
        return DocCache.this.annotate(name, text, dct, engine);
      }

      @Override
      public String describe() {
        return engine.describe() + " (cached in " + dir + ")";
      }
    };
  }

  private NlpDoc annotate(String name, String text, LocalDate dct, NlpEngine engine) {
    String key = name.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + Integer.toHexString(text.hashCode()) + "-" + dct;
    Path p = dir.resolve(key + ".doc");
    try {
      if (Files.exists(p)) {
        return read(p, dct);
      }
      NlpDoc doc = engine.annotate(text);
      List<NlpDoc.Timex> times = doc.timesAt(dct);
      StringBuilder b = new StringBuilder();
      for (NlpDoc.Sentence s : doc.sentences()) {
        b.append("S\t").append(s.start()).append('\t').append(s.end()).append('\n');
        for (NlpDoc.Token t : s.tokens()) {
          b.append("T\t").append(t.start()).append('\t').append(t.end()).append('\t').append(t.pos())
              .append('\t').append(t.word().replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
      }
      for (NlpDoc.Timex t : times) {
        b.append("X\t").append(t.start()).append('\t').append(t.end()).append('\t').append(t.type())
            .append('\t').append(t.value()).append('\t')
            .append(t.text().replace('\t', ' ').replace('\n', '\u2028')).append('\n');
      }
      Files.createDirectories(dir);
      Files.writeString(p, b);
      return new NlpDoc(doc.sentences(), doc.names(), at -> java.util.Objects.equals(at, dct) ? times : List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static NlpDoc read(Path p, LocalDate dct) throws IOException {
    List<NlpDoc.Sentence> sentences = new ArrayList<>();
    List<NlpDoc.Timex> times = new ArrayList<>();
    int[] open = null;
    List<NlpDoc.Token> tokens = new ArrayList<>();
    for (String line : Files.readAllLines(p)) {
      String[] c = line.split("\t", -1);
      switch (c[0]) {
        case "S" -> {
          if (open != null) {
            sentences.add(new NlpDoc.Sentence(open[0], open[1], tokens));
          }
          open = new int[] {Integer.parseInt(c[1]), Integer.parseInt(c[2])};
          tokens = new ArrayList<>();
        }
        case "T" -> tokens.add(new NlpDoc.Token(Integer.parseInt(c[1]), Integer.parseInt(c[2]), c[4],
            "null".equals(c[3]) ? null : c[3]));
        default -> times.add(new NlpDoc.Timex(Integer.parseInt(c[1]), Integer.parseInt(c[2]),
            c[5].replace('\u2028', '\n'), "null".equals(c[3]) ? null : c[3], "null".equals(c[4]) ? null : c[4]));
      }
    }
    if (open != null) {
      sentences.add(new NlpDoc.Sentence(open[0], open[1], tokens));
    }
    return new NlpDoc(sentences, List.of(), at -> java.util.Objects.equals(at, dct) ? times : List.of());
  }
}
