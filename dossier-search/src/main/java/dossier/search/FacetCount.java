package dossier.search;

/** One value of a facet (an outlet, an entity, an event type, a month) and how many hits have it. */
public record FacetCount(String value, long count) {}
