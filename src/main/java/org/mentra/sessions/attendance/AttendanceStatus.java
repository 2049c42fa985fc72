package org.mentra.sessions.attendance;

/** How a person kept a session. */
public enum AttendanceStatus {
  ATTENDED,
  LATE,
  NO_SHOW,
  EXCUSED
}
