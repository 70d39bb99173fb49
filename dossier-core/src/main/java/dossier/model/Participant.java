package dossier.model;

/**
 * Who takes part in an event, as {@code SOURCE} (the actor) or {@code TARGET}: an entity, or a
 * generic actor named by a common noun ("police arrested X": police is the source). Exactly one of
 * {@code entityId} and {@code actor} is set.
 */
public record Participant(String entityId, String role, GenericActor actor)
    implements java.io.Serializable {
  public Participant {
    if ((entityId == null) == (actor == null)) {
      throw new IllegalArgumentException("a participant is an entity or a generic actor");
    }
  }

  /** An entity taking part. */
  public Participant(String entityId, String role) {
    this(entityId, role, null);
  }

  /** A generic actor taking part. */
  public static Participant generic(GenericActor actor, String role) {
    return new Participant(null, role, actor);
  }

  /** Whether this is a generic actor, not an entity. */
  public boolean isGeneric() {
    return actor != null;
  }

  /** What makes two participants the same one: the entity id, or the generic actor's key. */
  public String key() {
    return actor == null ? entityId : actor.key();
  }
}
