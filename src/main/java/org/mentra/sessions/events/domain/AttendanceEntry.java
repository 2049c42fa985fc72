package org.mentra.sessions.events.domain;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.mentra.sessions.attendance.AttendanceStatus;

/**
 * How one person kept an event, as its host or a coordinator reports it.
 *
 * @param userId the person's id
 * @param status ATTENDED, LATE, NO_SHOW or EXCUSED
 */
public record AttendanceEntry(@NotNull UUID userId, @NotNull AttendanceStatus status) {}
