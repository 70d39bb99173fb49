package dossier.figures;

import dossier.model.DateRange;
import dossier.model.Evidence;
import dossier.model.FigureDetail;

/**
 * One figure as one article reports it, before figures are merged across articles: the stored,
 * per-article output of the figures stage.
 *
 * @param key what merges figures: value, kind and claimant
 * @param date the article's publication range
 * @param evidence the sentence, with its part (body, title, caption) and offsets in that part
 * @param detail what this report says the figure is about (one source, one sentence)
 */
public record FigureMention(String key, double value, String kind, String qualifier,
    String claimantId, DateRange date, Evidence evidence, FigureDetail detail) {}
