package org.mentra.sessions.events;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.mentra.sessions.people.Person;

/** Events and attendance bodies for tests: a group event of an hour, and {@code PUT …/attendance} bodies. */
public final class TestEvents {

  private TestEvents() {}

  /** A group event of an hour hosted by the person, in Berlin. */
  public static EventRequest groupEvent(Person host, EventStatus status, Instant start) {
    var at = start.atOffset(ZoneOffset.UTC);
    return new EventRequest("Mindful evening " + UUID.randomUUID().toString().substring(0, 6), null, null, null,
        EventKind.GROUP, null, at, at.plusHours(1), "Europe/Berlin", host.getId(), 20, null, null, null, null,
        null, status);
  }

  public static String attendance(Event event) {
    return "/api/v1/events/" + event.getId() + "/attendance";
  }

  public static String entry(Person person, String status) {
    return "{\"userId\": \"" + person.getId() + "\", \"status\": \"" + status + "\"}";
  }

  public static String body(String... entries) {
    return "{\"attendance\": [" + String.join(", ", entries) + "]}";
  }
}
