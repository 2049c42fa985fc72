package org.mentra.sessions.events;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.attendance.AttendanceStatus;

/**
 * {@code PUT /api/v1/events/{id}/attendance}: how each person kept the event.
 *
 * @param attendance one entry per person; {@code userId} is the person's id
 */
record EventAttendanceRequest(@NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid Entry> attendance) {

  /** @param status ATTENDED, LATE, NO_SHOW or EXCUSED */
  record Entry(@NotNull UUID userId, @NotNull AttendanceStatus status) {}
}
