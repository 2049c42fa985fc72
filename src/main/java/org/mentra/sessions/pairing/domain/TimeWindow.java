package org.mentra.sessions.pairing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.mentra.sessions.pairing.planning.domain.Interval;

/** A stored window of time (availability of a counselor or a patient). */
@Embeddable
record TimeWindow(@Column(name = "starts_at", nullable = false) Instant start,
    @Column(name = "ends_at", nullable = false) Instant end) {

  static TimeWindow of(Interval interval) {
    return new TimeWindow(interval.start(), interval.end());
  }

  Interval interval() {
    return new Interval(start, end);
  }
}
