package dossier.model;

/**
 * A time expression in an article, normalised against the article's publication date: its TIMEX3
 * type and value ("2020-10-09", "2016-W20", "PRESENT_REF") and the days it may denote.
 */
public record TimeExpression(
    String articleId, int start, int end, String text, String timexType, String value, DateRange range) {}
