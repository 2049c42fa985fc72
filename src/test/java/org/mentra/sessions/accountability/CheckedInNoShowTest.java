package org.mentra.sessions.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.attendance.Attendance;
import org.mentra.sessions.attendance.AttendanceReport;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.attendance.AttendedSession;
import org.mentra.sessions.attendance.CheckIns;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.ScriptedSessions;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.Http;
import org.springframework.beans.factory.annotation.Autowired;

/** A join-link check-in is proof of presence: no no-show case, strike or lost reliability follows it. */
class CheckedInNoShowTest extends AccountabilityTest {

  private static final String ROOM = "https://meet.example/mentra-test-room";

  @Autowired
  CheckIns checkIns;
  @Autowired
  ScriptedSessions sessions;

  @Test
  void aStandbyWhoCheckedInNeverGetsTheLateCounselorsNoShow() {
    Person late = person("Joe Late Counselor", Role.COUNSELOR);
    Person standby = person("Nadia Standby", Role.COUNSELOR);
    UUID chat = UUID.randomUUID();
    Instant start = clock.instant().minus(Duration.ofMinutes(12));
    sessions.add(chat, standby.getId(), new AttendedSession("Support chat", start, start.plus(Duration.ofHours(1)),
        ROOM, ParticipantRole.COUNSELOR));

    // The chat-session switches to the standby and reports only the late counselor.
    AttendanceReport lateNoShow = new AttendanceReport(SessionKind.EVENT, chat, late.getId(),
        ParticipantRole.COUNSELOR, AttendanceStatus.NO_SHOW, start, "chat-session");
    attendance.record(lateNoShow);
    Http.anonymous(baseUrl()).postForm(link(chat, standby), Map.of("choice", "join"));
    // A mistaken report against the standby, who checked in, changes nothing.
    AttendanceReport mistaken = new AttendanceReport(SessionKind.EVENT, chat, standby.getId(),
        ParticipantRole.COUNSELOR, AttendanceStatus.NO_SHOW, start, "chat-session");
    attendance.record(mistaken);

    assertThat(casesOf(lateNoShow)).isEqualTo(1);
    assertThat(casesOf(mistaken)).isZero();
    assertThat(record(chat, standby).getStatus()).isEqualTo(AttendanceStatus.LATE);
    assertThat(strikes.findByPersonIdOrderByMissedAtDesc(standby.getId())).isEmpty();
    assertThat(reload(standby).getReliability()).isEqualTo(1.0);
    assertThat(reload(late).getReliability()).isLessThan(1.0);
  }

  private String link(UUID session, Person person) {
    String url = checkIns.joinUrl(SessionKind.EVENT, session, person.getId(), clock.instant().plus(Duration.ofHours(3)));
    return url.substring(url.indexOf("/r/"));
  }

  private Attendance record(UUID session, Person person) {
    return attendance.find(SessionKind.EVENT, session, person.getId()).orElse(null);
  }
}
