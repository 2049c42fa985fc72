package org.mentra.sessions.events.analytics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.mentra.sessions.events.analytics.HostAnalytics;
import org.mentra.sessions.events.analytics.HostAnalyticsService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Host analytics", description = "How a host's events went (Professional plan)")
class HostAnalyticsController {

  private final HostAnalyticsService analytics;

  HostAnalyticsController(HostAnalyticsService analytics) {
    this.analytics = analytics;
  }

  @GetMapping("/api/v1/hosts/{id}/analytics")
  @Operation(summary = "A host's analytics per event and per month",
      description = "For the host themselves (id is their person id) when their plan is Professional (403 "
          + "`plan-required` otherwise), and for staff; anyone else 403. The last `months` calendar months (1 to "
          + HostAnalyticsService.MAX_MONTHS + ", default " + HostAnalyticsService.DEFAULT_MONTHS + ") in the host's "
          + "time zone, this one included, and the events planned after them; published and completed events only. "
          + "Per event, per month and in total: registrations (confirmed places), waitlisted, attendance (expected, "
          + "attended, late, noShows, excused, attendanceRate and noShowRate, 0..1, null while nobody was expected yet) and ratings with their average; "
          + "ratingDistribution counts every rating 1 to 5. The same figures as the page "
          + "/coordination/hosts/{id}/analytics.")
  HostAnalytics analytics(@PathVariable UUID id,
      @RequestParam(defaultValue = "" + HostAnalyticsService.DEFAULT_MONTHS) int months) {
    return analytics.of(id, months);
  }
}
