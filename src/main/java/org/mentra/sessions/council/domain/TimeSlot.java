package org.mentra.sessions.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A span of time, in UTC. */
@Embeddable
public record TimeSlot(@Column(name = "slot_start", nullable = false) Instant start,
    @Column(name = "slot_end", nullable = false) Instant end) {

  public TimeSlot {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  public static TimeSlot starting(Instant start, Duration length) {
    return new TimeSlot(start, start.plus(length));
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  public boolean overlaps(TimeSlot other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }
}
