package org.mentra.sessions.council.planning.domain;

import org.mentra.sessions.shared.TimeRange;
import java.time.ZoneId;
import java.util.UUID;
import org.mentra.sessions.council.matching.WorkingHours;

/** A mentor as the planner sees them: who, and the working hours in their own time zone. */
public record PlanningMentor(UUID id, ZoneId zone, WorkingHours workingHours) {

  /** Whether the slot lies within the mentor's working hours on one local day. */
  public boolean worksDuring(TimeRange slot) {
    return workingHours.contain(zone, slot.start(), slot.end());
  }
}
