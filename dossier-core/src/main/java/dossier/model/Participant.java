package dossier.model;

/** An entity taking part in an event, as {@code SOURCE} (the actor) or {@code TARGET}. */
public record Participant(String entityId, String role) implements java.io.Serializable {}
