package dossier.nlp;

/**
 * A language engine: sentences, tokens, names and time expressions of a text. Implementations are
 * thread-safe and hold their models once per JVM, so one engine serves all worker threads.
 */
public interface NlpEngine {
  /** Annotates {@code text}; its time expressions are resolved on demand by {@link NlpDoc#timesAt}. */
  NlpDoc annotate(String text);

  /** A short description of the configuration, for benchmarks. */
  String describe();
}
