package org.mentra.sessions.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.Http;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;

/** Join links: GET shows "Join now" and records nothing; POST records the check-in and opens the room. */
class CheckInLinkTest extends IntegrationTest {

  private static final String ROOM = "https://meet.example/mentra-test-room";

  @Autowired
  PersonRepository people;
  @Autowired
  AttendanceRepository attendanceRecords;
  @Autowired
  Clock clock;
  @Autowired
  CheckIns checkIns;
  @Autowired
  ScriptedSessions sessions;
  @Autowired
  CheckedInRecorder checkedIn;

  /** Time stands still unless a test moves it. */
  @BeforeEach
  void freezeClock() {
    ClockUtil.setCurrentTime(new Date());
  }

  @Test
  void joiningOnTimeRecordsAttendanceAndForwardsToTheRoom() {
    Person ana = person("Ana Joins", Role.PATIENT);
    UUID session = session(ana, clock.instant().plus(Duration.ofMinutes(5)));
    String link = link(session, ana);
    Http browser = Http.anonymous(baseUrl());

    HttpResponse<String> page = browser.get(link);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Join Anxiety circle", "Join now");
    assertThat(record(session, ana)).isNull();

    HttpResponse<String> joined = browser.postForm(link, Map.of("choice", "join"));

    assertThat(joined.statusCode()).isEqualTo(302);
    assertThat(joined.headers().firstValue("Location")).contains(ROOM);
    Attendance record = record(session, ana);
    assertThat(record.getStatus()).isEqualTo(AttendanceStatus.ATTENDED);
    assertThat(record.getSource()).isEqualTo(CheckIns.SOURCE);

    assertThat(browser.postForm(link, Map.of("choice", "join")).statusCode()).isEqualTo(302); // rejoining is fine
    assertThat(record(session, ana).getStatus()).isEqualTo(AttendanceStatus.ATTENDED);
  }

  @Test
  void aDoubleClickRecordsOneCheckIn() throws Exception {
    Person eli = person("Eli Double", Role.PATIENT);
    UUID session = session(eli, clock.instant());
    String link = link(session, eli);
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
    java.util.concurrent.ExecutorService clicks = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.Callable<Integer> click = () -> {
        together.await();
        return Http.anonymous(baseUrl()).postForm(link, Map.of("choice", "join")).statusCode();
      };
      for (java.util.concurrent.Future<Integer> status : clicks.invokeAll(java.util.List.of(click, click))) {
        assertThat(status.get()).isEqualTo(302);
      }
    } finally {
      clicks.shutdownNow();
    }

    assertThat(record(session, eli).getStatus()).isEqualTo(AttendanceStatus.ATTENDED);
    assertThat(checkedIn.count(session, eli.getId())).isEqualTo(1);
  }

  @Test
  void joiningAfterTheGracePeriodRecordsLate() {
    Person leo = person("Leo Late", Role.PATIENT);
    UUID session = session(leo, clock.instant().minus(Duration.ofMinutes(20)));

    HttpResponse<String> joined = Http.anonymous(baseUrl()).postForm(link(session, leo), Map.of("choice", "join"));

    assertThat(joined.statusCode()).isEqualTo(302);
    assertThat(record(session, leo).getStatus()).isEqualTo(AttendanceStatus.LATE);
  }

  @Test
  void tooEarlyTheRoomIsNotOpenAndNothingIsRecorded() {
    Person ida = person("Ida Early", Role.PATIENT);
    UUID session = session(ida, clock.instant().plus(Duration.ofHours(2)));

    HttpResponse<String> joined = Http.anonymous(baseUrl()).postForm(link(session, ida), Map.of("choice", "join"));

    assertThat(joined.statusCode()).isEqualTo(425);
    assertThat(joined.body()).contains("The room is not open yet");
    assertThat(record(session, ida)).isNull();
  }

  @Test
  void aLinkForSomeoneNoLongerInTheSessionIsNotForThem() {
    Person guest = person("Guest Gone", Role.PATIENT);
    UUID session = UUID.randomUUID(); // the directory does not list this person in it

    HttpResponse<String> page = Http.anonymous(baseUrl()).get(link(session, guest));

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("This link is not for you");
    assertThat(Http.anonymous(baseUrl()).postForm(link(session, guest), Map.of("choice", "join")).statusCode())
        .isEqualTo(403);
    assertThat(record(session, guest)).isNull();
  }

  private Person person(String name, Role role) {
    return people.save(TestPeople.person(name, "Europe/Berlin", role, Plan.FREE));
  }

  private UUID session(Person person, Instant start) {
    UUID id = UUID.randomUUID();
    sessions.add(id, person.getId(), new AttendedSession("Anxiety circle", start, start.plus(Duration.ofHours(1)),
        ROOM, ParticipantRole.PARTICIPANT));
    return id;
  }

  private String link(UUID session, Person person) {
    String url = checkIns.joinUrl(SessionKind.EVENT, session, person.getId(), clock.instant().plus(Duration.ofHours(3)));
    return url.substring(url.indexOf("/r/"));
  }

  private Attendance record(UUID session, Person person) {
    return attendanceRecords.findBySessionKindAndSessionIdAndPersonId(SessionKind.EVENT, session, person.getId())
        .orElse(null);
  }
}
