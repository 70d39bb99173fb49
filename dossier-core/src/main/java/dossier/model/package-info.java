/**
 * Immutable records that every stage reads and writes. Annotations (mentions, time expressions,
 * events, figures) point back to their evidence by article id and character offsets into that
 * article's {@link dossier.model.Article#text()}, so every fact stays auditable.
 */
package dossier.model;
