package org.mentra.sessions.accountability.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mentra.sessions.attendance.AttendanceOverviews;
import org.mentra.sessions.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.mentra.sessions.accountability.PauseService;

@RestController
@Tag(name = "Accountability", description = "Attendance, strikes, pauses and reliability")
class AttendanceController {

  private final AttendanceOverviews overviews;
  private final PauseService pauses;

  AttendanceController(AttendanceOverviews overviews, PauseService pauses) {
    this.overviews = overviews;
    this.pauses = pauses;
  }

  @GetMapping("/api/v1/attendance/overview")
  @PreAuthorize("@caller.isStaff()")
  @Operation(summary = "Attendance and no-show rates per month, session and host",
      description = "The last `months` calendar months (1 to 24, default 6) in the coordinators' time zone; the same "
          + "figures as the page /coordination/attendance.")
  AttendanceAndPauses overview(@RequestParam(defaultValue = "6") int months) {
    if (months < 1 || months > AttendanceOverviews.MAX_MONTHS) {
      throw InvalidInput.of("months", "must be between 1 and " + AttendanceOverviews.MAX_MONTHS);
    }
    return new AttendanceAndPauses(overviews.lastMonths(months), pauses.pausedNow());
  }
}
