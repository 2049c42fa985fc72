package org.mentra.sessions.events.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.mentra.sessions.events.domain.AttendanceEntry;

/**
 * {@code PUT /api/v1/events/{id}/attendance}: how each person kept the event.
 *
 * @param attendance one entry per person; {@code userId} is the person's id
 */
record EventAttendanceRequest(@NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid AttendanceEntry> attendance) {}
