package org.mentra.sessions.events;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of an event: drafted, published (people can sign up), then completed or cancelled. Only
 * these steps are allowed; a draft occurrence of a series is cancelled rather than deleted (so the
 * series keeps it as an EXDATE).
 */
public enum EventStatus {
  DRAFT,
  PUBLISHED,
  COMPLETED,
  CANCELLED;

  private static final Map<EventStatus, Set<EventStatus>> NEXT = Map.of(
      DRAFT, EnumSet.of(PUBLISHED, CANCELLED),
      PUBLISHED, EnumSet.of(COMPLETED, CANCELLED),
      COMPLETED, EnumSet.noneOf(EventStatus.class),
      CANCELLED, EnumSet.noneOf(EventStatus.class));

  boolean isOver() {
    return this == COMPLETED || this == CANCELLED;
  }

  /** Whether an event in this status may go on to the other. */
  public boolean mayBecome(EventStatus next) {
    return NEXT.get(this).contains(next);
  }
}
