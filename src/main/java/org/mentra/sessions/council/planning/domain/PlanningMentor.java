package org.mentra.sessions.council.planning.domain;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/** A mentor as the planner sees them: who, and the working hours in their own time zone. */
public record PlanningMentor(UUID id, ZoneId zone, LocalTime workdayStart, LocalTime workdayEnd) {

  /** Whether the slot lies within the mentor's working hours on one local day. */
  public boolean worksDuring(Slot slot) {
    ZonedDateTime start = slot.start().atZone(zone);
    ZonedDateTime end = slot.end().atZone(zone);
    return start.toLocalDate().equals(end.toLocalDate())
        && !start.toLocalTime().isBefore(workdayStart)
        && !end.toLocalTime().isAfter(workdayEnd);
  }
}
