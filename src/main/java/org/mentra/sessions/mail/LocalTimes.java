package org.mentra.sessions.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Instants as one reader sees them: in their own time zone, with the zone named, so
 * "Tuesday, 3 March 2026, 14:00–15:00 CET (Europe/Berlin)". Available to mail templates as
 * {@code times}.
 */
public final class LocalTimes {

  private final ZoneId zone;
  private final DateTimeFormatter day;
  private final DateTimeFormatter time;
  private final DateTimeFormatter abbreviation;

  public LocalTimes(ZoneId zone, Locale locale) {
    this.zone = zone.equals(java.time.ZoneOffset.UTC) ? ZoneId.of("UTC") : zone;  // "UTC" reads better than "Z"

    this.day = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale);
    this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
    this.abbreviation = DateTimeFormatter.ofPattern("zzz", locale);
  }

  /** "Tuesday, 3 March 2026, 14:00 CET (Europe/Berlin)". */
  public String dateTime(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    return day.format(local) + ", " + time.format(local) + " " + zoneName(local);
  }

  /** "Tuesday, 3 March 2026, 14:00–15:00 CET (Europe/Berlin)"; a range over midnight names both days. */
  public String range(Instant start, Instant end) {
    ZonedDateTime from = start.atZone(zone);
    ZonedDateTime to = end.atZone(zone);
    String endPart = from.toLocalDate().equals(to.toLocalDate())
        ? time.format(to)
        : day.format(to) + ", " + time.format(to);
    return day.format(from) + ", " + time.format(from) + "–" + endPart + " " + zoneName(to);
  }

  /** "CET (Europe/Berlin)"; just "UTC" where the abbreviation is the zone's name already. */
  private String zoneName(ZonedDateTime local) {
    String abbreviated = abbreviation.format(local);
    return abbreviated.equals(zone.getId()) ? abbreviated : abbreviated + " (" + zone.getId() + ")";
  }

  /** "14:00". */
  public String time(Instant instant) {
    return time.format(instant.atZone(zone));
  }

  public String zone() {
    return zone.getId();
  }
}
