package dossier.model;

import java.util.List;

/** A person, organisation or place, merged across spellings; {@code aliases} are its other forms. */
public record Entity(String id, String name, String type, List<String> aliases) implements java.io.Serializable {
  public Entity {
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
  }
}
