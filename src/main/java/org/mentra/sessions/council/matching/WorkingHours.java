package org.mentra.sessions.council.matching;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Mentors' working hours ({@code mentra.council.workday-start} to {@code -end}), each mentor in their
 * own zone: the time selection prefers slots inside them, and the matching prefers mentors who have
 * a proposed slot inside them.
 */
public record WorkingHours(LocalTime start, LocalTime end) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** Whether the span lies within the working hours of one local day in the zone. */
  public boolean contain(ZoneId zone, Instant from, Instant to) {
    ZonedDateTime localStart = from.atZone(zone);
    ZonedDateTime localEnd = to.atZone(zone);
    return localStart.toLocalDate().equals(localEnd.toLocalDate())
        && !localStart.toLocalTime().isBefore(start)
        && !localEnd.toLocalTime().isAfter(end);
  }

  /** "02:00–03:00": the span on the clock of the zone. */
  static String onTheClock(ZoneId zone, Instant from, Instant to) {
    return TIME.format(from.atZone(zone)) + "–" + TIME.format(to.atZone(zone));
  }

  /** "Tokyo", "Buenos Aires", "UTC": the zone as a place. */
  static String place(ZoneId zone) {
    String id = zone.getId();
    return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
  }
}
