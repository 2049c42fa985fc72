package org.mentra.sessions.council.planning.domain;

import java.time.Instant;

/** A one-hour slot a council may take place in (UTC). */
public record Slot(Instant start, Instant end) {

  public boolean overlaps(Slot other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }
}
