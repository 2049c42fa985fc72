package org.mentra.sessions.events.registration.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a registration for a group event stands. */
public enum RegistrationStatus {
  /** Holds a seat while the coordinators decide. */
  PENDING_APPROVAL,
  /** Has a seat. */
  CONFIRMED,
  /** Waits for a seat, in line. */
  WAITLISTED,
  /** A seat is held for them until they accept, decline or the hold ends. */
  OFFERED,
  /** Out: an offer declined or let lapse, or the approval refused. */
  DECLINED,
  /** They cancelled (or the event was cancelled). */
  CANCELLED;

  /** The statuses that take a seat out of the event's capacity. */
  public static final Set<RegistrationStatus> HOLDING_A_SEAT = EnumSet.of(PENDING_APPROVAL, CONFIRMED, OFFERED);
  /** The statuses of people who hold or wait for a place. */
  public static final Set<RegistrationStatus> ACTIVE = EnumSet.of(PENDING_APPROVAL, CONFIRMED, OFFERED, WAITLISTED);

  public boolean holdsASeat() {
    return HOLDING_A_SEAT.contains(this);
  }

  public boolean isActive() {
    return ACTIVE.contains(this);
  }
}
