package org.mentra.sessions.council.planning.domain;

import org.mentra.sessions.shared.TimeRange;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.council.matching.WorkingHours;

/**
 * A mentor as the planner sees them: who, the working hours in their own time zone, and the busy
 * times their own calendar shows around the council's slots (read before solving).
 */
public record PlanningMentor(UUID id, ZoneId zone, WorkingHours workingHours, List<TimeRange> busy) {

  public PlanningMentor {
    busy = List.copyOf(busy);
  }

  /** A mentor whose calendar shows nothing (none connected, or none read). */
  public PlanningMentor(UUID id, ZoneId zone, WorkingHours workingHours) {
    this(id, zone, workingHours, List.of());
  }

  /** Whether the slot lies within the mentor's working hours on one local day. */
  public boolean worksDuring(TimeRange slot) {
    return workingHours.contain(zone, slot.start(), slot.end());
  }

  /** Whether the mentor's calendar shows them busy during any part of the slot. */
  public boolean busyDuring(TimeRange slot) {
    return slot.overlapsAny(busy);
  }
}
