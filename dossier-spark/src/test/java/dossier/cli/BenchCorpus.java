package dossier.cli;

import java.util.List;

/** The command line's generated copy corpus ({@link CopyCorpus}), for the Spark scaling bench. */
public final class BenchCorpus {
  private BenchCorpus() {}

  /** A generated article: id ({@code s12o} original, {@code s12c0} copy, {@code s12x0} other report), text, copy group or -1. */
  public record Doc(String id, String text, int group) {}

  /** About {@code n} articles: originals, their edited copies, and other reports of the same events. */
  public static List<Doc> docs(long seed, int n) {
    return new CopyCorpus(seed, 0.3).docs(n).stream().map(d -> new Doc(d.id(), d.text(), d.group())).toList();
  }
}
