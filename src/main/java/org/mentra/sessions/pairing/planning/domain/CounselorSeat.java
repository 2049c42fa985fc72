package org.mentra.sessions.pairing.planning.domain;

import org.mentra.sessions.shared.TimeRange;
/** One counselor in one slot: the place one patient can take. */
public record CounselorSeat(Counselor counselor, TimeRange time) {

  public boolean isCounselorFree() {
    return counselor.isFreeFor(time);
  }

  /** Whether both seats need the same counselor at overlapping times. */
  public boolean clashesWith(CounselorSeat other) {
    return counselor.id().equals(other.counselor.id()) && time.overlaps(other.time);
  }

  @Override
  public String toString() {
    return counselor.name() + " " + time.start();
  }
}
