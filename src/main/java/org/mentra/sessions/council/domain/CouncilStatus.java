package org.mentra.sessions.council.domain;

/** Where a council stands, as the API reports it. */
public enum CouncilStatus {
  /** Mentors are being asked which of the proposed hours they can make. */
  COLLECTING_AVAILABILITY("asking mentors"),
  /** Automation could not settle it; a coordinator decides in Tasklist. */
  NEEDS_COORDINATOR("waiting for a coordinator"),
  /** The hour and the mentors are fixed; invites are out. */
  CONFIRMED("confirmed"),
  CANCELLED("cancelled"),
  /** The session has taken place. */
  COMPLETED("held");

  private final String words;

  CouncilStatus(String words) {
    this.words = words;
  }

  /** In words, for people (pages, forms, messages): "asking mentors". */
  public String words() {
    return words;
  }

  /** Whether the council may still change (be answered, confirmed, cancelled, dropped out of). */
  public boolean isOpen() {
    return this != CANCELLED && this != COMPLETED;
  }
}
