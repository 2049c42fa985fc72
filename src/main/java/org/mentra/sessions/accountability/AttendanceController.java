package org.mentra.sessions.accountability;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.mentra.sessions.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accountability", description = "Attendance, strikes, pauses and reliability")
class AttendanceController {

  private final AttendanceOverviews overviews;
  private final EventAttendance eventAttendance;

  AttendanceController(AttendanceOverviews overviews, EventAttendance eventAttendance) {
    this.overviews = overviews;
    this.eventAttendance = eventAttendance;
  }

  @PutMapping("/api/v1/events/{id}/attendance")
  @Operation(summary = "Report who came to an event (its host, or coordinators)",
      description = "One entry per person (userId is the person's id): ATTENDED, LATE, NO_SHOW or EXCUSED. A "
          + "first NO_SHOW opens the person's no-show case; changing a NO_SHOW to another status withdraws it. "
          + "All entries are recorded, or none.")
  EventAttendanceRequest reportEventAttendance(@PathVariable UUID id,
      @Valid @RequestBody EventAttendanceRequest request) {
    return new EventAttendanceRequest(eventAttendance.record(id, request.attendance()));
  }

  @GetMapping("/api/v1/attendance/overview")
  @PreAuthorize("@caller.isStaff()")
  @Operation(summary = "Attendance and no-show rates per month, session and host",
      description = "The last `months` calendar months (1 to 24, default 6) in the coordinators' time zone; the same "
          + "figures as the page /coordination/attendance.")
  AttendanceOverview overview(@RequestParam(defaultValue = "6") int months) {
    if (months < 1 || months > AttendanceOverviews.MAX_MONTHS) {
      throw InvalidInput.of("months", "must be between 1 and " + AttendanceOverviews.MAX_MONTHS);
    }
    return overviews.lastMonths(months);
  }
}
