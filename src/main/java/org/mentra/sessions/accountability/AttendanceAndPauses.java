package org.mentra.sessions.accountability;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.attendance.AttendanceOverview;

/**
 * What coordinators see of attendance ({@code GET /api/v1/attendance/overview}, /coordination/attendance):
 * the rates from the attendance records, and who the no-show process has paused now.
 */
public record AttendanceAndPauses(@JsonUnwrapped AttendanceOverview attendance, List<PausedPerson> paused) {

  /** Someone whose sign-ups (or volunteering) are paused now. */
  public record PausedPerson(UUID personId, String name, String email, Instant pausedUntil, String reason) {}
}
