package org.mentra.sessions.events.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.mentra.sessions.attendance.AttendanceReport;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.demo.DemoPart;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.mentra.sessions.events.domain.EventRepository;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventFormat;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventPrivacy;
import org.mentra.sessions.events.EventRequest;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.EventType;

/**
 * Demo profile: "Mindfulness circle", a group event Grace hosted yesterday at 18:00 London time, already
 * held, and who came as Grace reported it: Mary, Ines (late), not Bob (his no-show opens his case, and
 * his caring check-in is in the outbox). Recorded as held (EventService.recordHeld): the ordinary create
 * only takes events that are still to come. Each part is seeded once.
 */
@Component
@Profile("demo")
@Order(15)
public class EventsDemo implements DemoPart {

  public static final UUID MINDFUL_EVENING =
      UUID.nameUUIDFromBytes("mentra-demo:event:mindful-evening".getBytes(StandardCharsets.UTF_8));
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final EventService events;
  private final EventRepository eventRows;
  private final AttendanceService attendance;
  private final PersonRepository people;
  private final Clock clock;

  EventsDemo(EventService events, EventRepository eventRows, AttendanceService attendance, PersonRepository people,
      Clock clock) {
    this.events = events;
    this.eventRows = eventRows;
    this.attendance = attendance;
    this.people = people;
    this.clock = clock;
  }

  @Override
  public String description() {
    return "yesterday's group event and who came";
  }

  @Override
  public void seed() {
    Event event = eventRows.findById(MINDFUL_EVENING).orElseGet(this::heldYesterday);
    if (!attendance.of(SessionKind.EVENT, MINDFUL_EVENING).isEmpty()) {
      return;
    }
    record(event, "grace.adeyemi@mentra.example", ParticipantRole.HOST, AttendanceStatus.ATTENDED);
    record(event, "mary.johnson@mentra.example", ParticipantRole.PARTICIPANT, AttendanceStatus.ATTENDED);
    record(event, "ines.moreau@mentra.example", ParticipantRole.PARTICIPANT, AttendanceStatus.LATE);
    record(event, "bob.chen@mentra.example", ParticipantRole.PARTICIPANT, AttendanceStatus.NO_SHOW);
  }

  private Event heldYesterday() {
    Instant now = clock.instant();
    ZonedDateTime start = now.atZone(LONDON).toLocalDate().minusDays(1).atTime(LocalTime.of(18, 0)).atZone(LONDON);
    return events.recordHeld(MINDFUL_EVENING, new EventRequest("Mindfulness circle",
        "An hour of guided breathing and sharing, together online.", EventType.MINDFULNESS.name(), "mindfulness",
        EventKind.GROUP, EventFormat.VIRTUAL, start.toOffsetDateTime(), start.plusHours(1).toOffsetDateTime(),
        LONDON.getId(), people.findByEmailIgnoreCase("grace.adeyemi@mentra.example").orElseThrow().getId(), 20,
        EventPrivacy.PUBLIC, null, false, null, null, null));
  }

  private void record(Event event, String email, ParticipantRole role, AttendanceStatus status) {
    people.findByEmailIgnoreCase(email).ifPresent(person -> attendance.record(new AttendanceReport(SessionKind.EVENT,
        event.getId(), person.getId(), role, status, event.getStartsAt(), "demo")));
  }
}
