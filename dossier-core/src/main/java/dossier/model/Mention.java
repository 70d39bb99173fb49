package dossier.model;

/**
 * A stretch of an article's text that names an entity. {@code type} is the coarse or fine type
 * (PERSON, ORGANIZATION, LOCATION, CITY, COUNTRY, ...); {@code entityId} is null until resolved.
 */
public record Mention(String articleId, int start, int end, String text, String type, String entityId) {}
