package dossier.model;

import java.util.List;

/**
 * Figures about the same thing (same kind, counted group and side, overlapping time) whose values
 * cannot all be true, from different claimants or reports: users see who claims what.
 *
 * @param period the days the disputed figures have in common
 * @param figureIds the figures in dispute, at least two
 */
public record FigureDispute(String id, String kind, String group, String side, DateRange period,
    List<String> figureIds) implements java.io.Serializable {
  public FigureDispute {
    period = period == null ? DateRange.unknown() : period;
    figureIds = List.copyOf(figureIds);
  }
}
