package dossier.model;

/**
 * Where a fact was read: an article and a character range of its text. {@code context} says what
 * kind of text it was ("body", "quote", "caption", "title").
 */
public record Evidence(String article, int start, int end, String context) {}
