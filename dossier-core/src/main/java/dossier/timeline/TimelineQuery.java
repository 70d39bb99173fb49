package dossier.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * Which part of a timeline to show. Every field may be null (no restriction). A date bound keeps
 * the events whose range may reach it, so an event "in October 2020" is kept by
 * {@code --from 2020-10-15}; undated events cannot be placed against a bound and are left out.
 *
 * @param story keep events reported in this story
 * @param from keep events that may have happened on or after this day
 * @param to keep events that may have happened on or before this day
 * @param type keep events of this type (any case)
 * @param storyline keep events reported in a story of this storyline
 */
public record TimelineQuery(String story, LocalDate from, LocalDate to, String type, String storyline) {
  public TimelineQuery {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
  }

  /** A query without a storyline restriction. */
  public TimelineQuery(String story, LocalDate from, LocalDate to, String type) {
    this(story, from, to, type, null);
  }

  /** No restriction. */
  public static TimelineQuery all() {
    return new TimelineQuery(null, null, null, null, null);
  }

  /** Whether a date bound is set (undated events are then left out). */
  public boolean hasDates() {
    return from != null || to != null;
  }

  /** The entries this query keeps, in their order. */
  public List<TimelineEntry> apply(List<TimelineEntry> entries) {
    return entries.stream().filter(this::keeps).toList();
  }

  /** Whether this query keeps the entry. */
  public boolean keeps(TimelineEntry e) {
    if (story != null && !e.stories().contains(story)) {
      return false;
    }
    if (storyline != null && !e.storylines().contains(storyline)) {
      return false;
    }
    if (type != null && !type.equalsIgnoreCase(e.type())) {
      return false;
    }
    if (!hasDates()) {
      return true;
    }
    if (!e.date().isKnown()) {
      return false;
    }
    LocalDate lo = e.date().earliest();
    LocalDate hi = e.date().latest();
    return (from == null || hi == null || !hi.isBefore(from))
        && (to == null || lo == null || !lo.isAfter(to));
  }
}
