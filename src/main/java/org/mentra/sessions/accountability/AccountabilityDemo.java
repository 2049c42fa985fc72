package org.mentra.sessions.accountability;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.mentra.sessions.demo.DemoPart;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.EventsDemo;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo attendance for yesterday evening, recorded once: Grace's group event "Mindfulness circle"
 * (18:00 London time), where Bob did not come (his caring check-in is in the outbox), and a support
 * chat at 19:30 Dublin time where the counselor Tom did not come and Nadia stepped in as standby (Tom's
 * mail invites him to explain; his review follows in Tasklist). The coordinators' view at
 * /coordination/attendance shows the rates.
 */
@Component
@Profile("demo")
@Order(20)
class AccountabilityDemo implements DemoPart {

  static final UUID EVENT = EventsDemo.MINDFUL_EVENING;
  static final UUID CHAT = demoId("chat:tom-standby");
  /** Tom's zone: the missed chat was an evening hour there (and for Nadia in Paris and Jordan in London). */
  static final ZoneId CHAT_ZONE = ZoneId.of("Europe/Dublin");
  static final LocalTime CHAT_START = LocalTime.of(19, 30);

  private final AttendanceService attendance;
  private final AttendanceRepository records;
  private final EventService events;
  private final PersonRepository people;

  AccountabilityDemo(AttendanceService attendance, AttendanceRepository records, EventService events,
      PersonRepository people) {
    this.attendance = attendance;
    this.records = records;
    this.events = events;
    this.people = people;
  }

  @Override
  public String description() {
    return "yesterday's attendance";
  }

  @Override
  public void seed() {
    if (!records.findBySessionKindAndSessionId(SessionKind.EVENT, EVENT).isEmpty()) {
      return;
    }
    Instant eventStart = events.get(EVENT).getStartsAt();
    record(SessionKind.EVENT, EVENT, "grace.adeyemi@mentra.example", ParticipantRole.HOST, AttendanceStatus.ATTENDED,
        eventStart);
    record(SessionKind.EVENT, EVENT, "mary.johnson@mentra.example", ParticipantRole.PARTICIPANT,
        AttendanceStatus.ATTENDED, eventStart);
    record(SessionKind.EVENT, EVENT, "ines.moreau@mentra.example", ParticipantRole.PARTICIPANT, AttendanceStatus.LATE,
        eventStart);
    record(SessionKind.EVENT, EVENT, "bob.chen@mentra.example", ParticipantRole.PARTICIPANT, AttendanceStatus.NO_SHOW,
        eventStart);
    Instant chatStart = eventStart.atZone(CHAT_ZONE).toLocalDate().atTime(CHAT_START).atZone(CHAT_ZONE).toInstant();
    record(SessionKind.CHAT, CHAT, "council@example.com", ParticipantRole.PATIENT, AttendanceStatus.ATTENDED, chatStart);
    record(SessionKind.CHAT, CHAT, "nadia.haddad@mentra.example", ParticipantRole.COUNSELOR, AttendanceStatus.LATE,
        chatStart);
    record(SessionKind.CHAT, CHAT, "tom.obrien@mentra.example", ParticipantRole.COUNSELOR, AttendanceStatus.NO_SHOW,
        chatStart);
  }

  private void record(SessionKind kind, UUID session, String email, ParticipantRole role, AttendanceStatus status,
      Instant start) {
    people.findByEmailIgnoreCase(email).ifPresent(person -> attendance.record(
        new AttendanceReport(kind, session, person.getId(), role, status, start, "demo")));
  }

  private static UUID demoId(String name) {
    return UUID.nameUUIDFromBytes(("mentra-demo:" + name).getBytes(StandardCharsets.UTF_8));
  }
}
