package org.mentra.sessions.council;

import java.util.Locale;

/** Where a council stands, as the API reports it. */
public enum CouncilStatus {
  /** Mentors are being asked which of the proposed hours they can make. */
  COLLECTING_AVAILABILITY,
  /** Automation could not settle it; a coordinator decides in Tasklist. */
  NEEDS_COORDINATOR,
  /** The hour and the mentors are fixed; invites are out. */
  CONFIRMED,
  CANCELLED,
  /** The session has taken place. */
  COMPLETED;

  /** In words, for messages: "collecting availability". */
  public String words() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Whether the council may still change (be answered, confirmed, cancelled, dropped out of). */
  public boolean isOpen() {
    return this != CANCELLED && this != COMPLETED;
  }
}
