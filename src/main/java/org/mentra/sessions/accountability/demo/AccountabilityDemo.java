package org.mentra.sessions.accountability.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
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

/**
 * Demo attendance for yesterday evening, recorded once: a support chat at 19:30 Dublin time where the
 * counselor Tom did not come and Nadia stepped in as standby (Tom's mail invites him to explain; his
 * review follows in Tasklist). With the events demo's "Mindfulness circle", where Bob did not come, the
 * coordinators' view at /coordination/attendance shows the rates.
 */
@Component
@Profile("demo")
@Order(20)
public class AccountabilityDemo implements DemoPart {

  public static final UUID CHAT = demoId("chat:tom-standby");
  /** Tom's zone: the missed chat was an evening hour there (and for Nadia in Paris and Jordan in London). */
  static final ZoneId CHAT_ZONE = ZoneId.of("Europe/Dublin");
  static final LocalTime CHAT_START = LocalTime.of(19, 30);

  private final AttendanceService attendance;
  private final PersonRepository people;
  private final Clock clock;

  AccountabilityDemo(AttendanceService attendance, PersonRepository people, Clock clock) {
    this.attendance = attendance;
    this.people = people;
    this.clock = clock;
  }

  @Override
  public String description() {
    return "yesterday's attendance";
  }

  @Override
  public void seed() {
    if (!attendance.of(SessionKind.CHAT, CHAT).isEmpty()) {
      return;
    }
    Instant chatStart = clock.instant().atZone(CHAT_ZONE).toLocalDate().minusDays(1).atTime(CHAT_START)
        .atZone(CHAT_ZONE).toInstant();
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
