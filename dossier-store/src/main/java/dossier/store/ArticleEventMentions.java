package dossier.store;

/**
 * What the events and figures stage keeps of one article, so a later build need not parse it
 * again: the key of what its reading depended on ({@code state}), what reading it cost (sentences,
 * sentences parsed, their tokens) and its event and figure mentions, each list encoded as one JSON
 * array by the stage (the store does not look inside).
 */
public record ArticleEventMentions(String articleId, String state, int sentences, int parsed,
    int tokens, String events, String figures) {}
