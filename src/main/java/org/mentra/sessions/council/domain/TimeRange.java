package org.mentra.sessions.council.domain;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A start and an end as the API takes them: ISO-8601 with an offset. */
public record TimeRange(@NotNull Instant start, @NotNull Instant end) {

  public static TimeRange of(TimeSlot slot) {
    return new TimeRange(slot.start(), slot.end());
  }

  public TimeSlot toSlot() {
    return new TimeSlot(start, end);
  }
}
