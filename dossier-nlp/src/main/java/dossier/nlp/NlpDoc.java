package dossier.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * What an {@link NlpEngine} reads in one text: its sentences with tokens and the names it finds;
 * {@link #timesAt} gives the time expressions resolved against an anchor day (the publication day),
 * so a caller may resolve them against several possible days. All offsets are half-open character
 * offsets into the annotated text.
 */
public record NlpDoc(List<Sentence> sentences, List<Name> names,
    Function<LocalDate, List<Timex>> timeTagger) implements java.io.Serializable {
  public NlpDoc {
    sentences = List.copyOf(sentences);
    names = List.copyOf(names);
  }

  /** The time expressions with TIMEX3 values resolved against {@code anchor} (null: unknown). */
  public List<Timex> timesAt(LocalDate anchor) {
    return timeTagger.apply(anchor);
  }

  /** Number of tokens. */
  public int tokens() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }

  /** A token: its text, part-of-speech tag (Penn) or null, and its offsets. */
  public record Token(int start, int end, String word, String pos) implements java.io.Serializable {}

  /** A sentence and its tokens. */
  public record Sentence(int start, int end, List<Token> tokens) implements java.io.Serializable {
    public Sentence {
      tokens = List.copyOf(tokens);
    }
  }

  /**
   * A name found by the tagger: PERSON, ORGANIZATION, LOCATION (or MISC). {@code part} names the
   * text its offsets point into ({@link dossier.model.Part}): the engine reads one text and says
   * {@code text}; the language layer re-tags the names it reads in a caption.
   */
  public record Name(int start, int end, String text, String type, String part) implements java.io.Serializable {
    public Name {
      part = part == null ? dossier.model.Part.TEXT : part;
    }

    /** A name in the article's body. */
    public Name(int start, int end, String text, String type) {
      this(start, end, text, type, dossier.model.Part.TEXT);
    }

    /** The same name with another type, in the same part. */
    public Name withType(String newType) {
      return new Name(start, end, text, newType, part);
    }
  }

  /** A time expression: TIMEX3 type and value as resolved against one anchor date. */
  public record Timex(int start, int end, String text, String type, String value) implements java.io.Serializable {}
}
