package org.mentra.sessions.calendar;

/** Whether a session's invite stands or was cancelled for everyone (which is final). */
public enum InviteStatus {
  SCHEDULED,
  CANCELLED
}
