package org.mentra.sessions.accountability;

/** How a person kept a session. */
public enum AttendanceStatus {
  ATTENDED,
  LATE,
  NO_SHOW,
  EXCUSED
}
