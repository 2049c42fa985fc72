package org.mentra.sessions.accountability;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo attendance for yesterday, recorded once: a group event hosted by Grace, where Bob did not
 * come (his caring check-in is in the outbox), and a support chat where the counselor Tom did not
 * come and Nadia stepped in as standby (Tom's mail invites him to explain; his review follows in
 * Tasklist). The coordinators' view at /coordination/attendance shows the rates.
 */
@Component
@Profile("demo")
@Order(20)
class AccountabilityDemo implements ApplicationRunner {

  static final UUID EVENT = demoId("event:mindful-evening");
  static final UUID CHAT = demoId("chat:tom-standby");

  private final AttendanceService attendance;
  private final AttendanceRepository records;
  private final PersonRepository people;
  private final Clock clock;

  AccountabilityDemo(AttendanceService attendance, AttendanceRepository records, PersonRepository people,
      Clock clock) {
    this.attendance = attendance;
    this.records = records;
    this.people = people;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!records.findBySessionKindAndSessionId(SessionKind.EVENT, EVENT).isEmpty()) {
      return;
    }
    Instant yesterday = clock.instant().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
    record(SessionKind.EVENT, EVENT, "grace.adeyemi@mentra.example", ParticipantRole.HOST, AttendanceStatus.ATTENDED,
        yesterday);
    record(SessionKind.EVENT, EVENT, "mary.johnson@mentra.example", ParticipantRole.PARTICIPANT,
        AttendanceStatus.ATTENDED, yesterday);
    record(SessionKind.EVENT, EVENT, "ines.moreau@mentra.example", ParticipantRole.PARTICIPANT, AttendanceStatus.LATE,
        yesterday);
    record(SessionKind.EVENT, EVENT, "bob.chen@mentra.example", ParticipantRole.PARTICIPANT, AttendanceStatus.NO_SHOW,
        yesterday);
    Instant chatStart = yesterday.plus(Duration.ofHours(3));
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
