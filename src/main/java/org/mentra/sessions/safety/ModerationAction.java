package org.mentra.sessions.safety;

/** One line of a report's audit trail. */
public enum ModerationAction {
  REPORTED,
  CLAIMED,
  ESCALATED,
  DECIDED,
  APPEALED,
  APPEAL_UPHELD,
  APPEAL_OVERTURNED,
  APPEAL_WINDOW_CLOSED
}
