package org.mentra.sessions.safety;

/** Where a report stands: waiting for a moderator, decided (an appeal may still come), appealed, closed. */
public enum ReportStatus {
  OPEN,
  DECIDED,
  APPEALED,
  CLOSED
}
