package dossier.model;

/**
 * A line of the input that is not part of the article body, with why it was cut, so a user can
 * audit the extraction. {@code line} is 1-based in the decoded input.
 */
public record RemovedLine(int line, String text, String reason) implements java.io.Serializable {}
