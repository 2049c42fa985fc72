package org.mentra.sessions.events.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentra.sessions.attendance.AttendanceOverview.Rates;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.people.Plan;

/**
 * A host's events in figures, per event and per calendar month of the host's time zone, from the first
 * day of the first month shown on (later events included: their sign-ups are already telling).
 *
 * @param plan the host's plan (analytics are part of Professional)
 * @param zone the host's time zone, which the months are in
 * @param from the start of the first month shown
 * @param ratingDistribution every rating of the events shown, how many gave 1 to 5
 * @param truncated more events than one report shows ({@link HostAnalyticsService#MAX_EVENTS}): the latest are left out
 */
public record HostAnalytics(UUID hostId, String hostName, Plan plan, String zone, Instant from, int months, Figures totals,
    List<Month> byMonth, List<EventFigures> byEvent, Map<Integer, Integer> ratingDistribution, boolean truncated) {

  /**
   * What a group of events came to.
   *
   * @param registrations confirmed places (until registration exists, the people whose attendance was reported)
   * @param waitlisted people waiting for a place
   * @param attendance participants' attendance as the host reported it, with the attendance and no-show rates
   * @param averageRating the mean of all ratings given (two decimals); left out without any
   */
  public record Figures(int events, int registrations, int waitlisted, Rates attendance, int ratings,
      Double averageRating) {}

  /** One calendar month of the host's zone; {@code month} as {@code 2026-03}. */
  public record Month(String month, String label, Figures figures) {}

  /** One event. */
  public record EventFigures(UUID eventId, String title, Instant start, EventStatus status, Figures figures) {}
}
