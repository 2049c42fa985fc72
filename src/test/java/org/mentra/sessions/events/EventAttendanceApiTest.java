package org.mentra.sessions.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentra.sessions.events.TestEvents.attendance;
import static org.mentra.sessions.events.TestEvents.body;
import static org.mentra.sessions.events.TestEvents.entry;
import static org.mentra.sessions.events.TestEvents.groupEvent;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.attendance.Attendance;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.Http;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code PUT /api/v1/events/{id}/attendance}: the host or a coordinator reports who came, all or nothing. */
class EventAttendanceApiTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  EventService events;
  @Autowired
  AttendanceService attendanceService;
  @Autowired
  PersonRepository people;
  @Autowired
  Clock clock;

  /** Time stands still unless a test moves it. */
  @BeforeEach
  void freezeClock() {
    ClockUtil.setCurrentTime(new Date());
  }

  private Http coordinator() {
    return Http.as(baseUrl(), TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }

  private Http member() {
    return Http.as(baseUrl(), TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD);
  }

  @Test
  void onlyTheHostOrACoordinatorMayReport() throws Exception {
    Person host = person("Other Host", Role.HOST);
    Person guest = person("Gina Guest", Role.PATIENT);
    Event event = pastEvent(host, EventStatus.PUBLISHED);

    HttpResponse<String> forbidden = member().putJson(attendance(event), body(entry(guest, "ATTENDED")));
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(record(event, guest)).isNull();

    assertThat(coordinator().putJson(attendance(event), body(entry(guest, "ATTENDED"))).statusCode()).isEqualTo(200);
    assertThat(record(event, guest).getSource()).isEqualTo("coordinator:" + TestUsers.COORDINATOR);
    assertThat(Http.anonymous(baseUrl()).putJson(attendance(event), body(entry(guest, "ATTENDED"))).statusCode())
        .isEqualTo(401);
  }

  @Test
  void badInputIsNamedAndNothingIsRecorded() throws Exception {
    Person host = person("Strict Host", Role.HOST);
    Person known = person("Kai Known", Role.PATIENT);
    Event event = pastEvent(host, EventStatus.PUBLISHED);
    UUID nobody = UUID.randomUUID();

    HttpResponse<String> unknownPerson = coordinator().putJson(attendance(event),
        "{\"attendance\": [" + entry(known, "ATTENDED") + ", {\"userId\": \"" + nobody + "\", \"status\": \"LATE\"}]}");
    assertThat(unknownPerson.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(unknownPerson.body()).get("errors").findValuesAsText("field"))
        .containsExactly("attendance[1].userId");
    assertThat(record(event, known)).as("all or nothing").isNull();

    HttpResponse<String> noStatus = coordinator().putJson(attendance(event),
        "{\"attendance\": [{\"userId\": \"" + known.getId() + "\"}]}");
    assertThat(noStatus.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(noStatus.body()).get("errors").findValuesAsText("field"))
        .containsExactly("attendance[0].status");

    HttpResponse<String> badStatus = coordinator().putJson(attendance(event),
        "{\"attendance\": [{\"userId\": \"" + known.getId() + "\", \"status\": \"MAYBE\"}]}");
    assertThat(badStatus.statusCode()).isEqualTo(400);
    assertThat(badStatus.body()).contains("status");

    HttpResponse<String> empty = coordinator().putJson(attendance(event), "{\"attendance\": []}");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(empty.body()).get("errors").findValuesAsText("field")).containsExactly("attendance");

    HttpResponse<String> twice = coordinator().putJson(attendance(event),
        body(entry(known, "ATTENDED"), entry(known, "NO_SHOW")));
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(record(event, known)).isNull();

    HttpResponse<String> missing = coordinator().putJson("/api/v1/events/" + UUID.randomUUID() + "/attendance",
        body(entry(known, "ATTENDED")));
    assertThat(missing.statusCode()).isEqualTo(404);
  }

  @Test
  void anEventThatHasNotStartedOrIsADraftHasNoAttendanceYet() {
    Person host = person("Early Host", Role.HOST);
    Person guest = person("Eddie Early", Role.PATIENT);
    Event future = events.create(groupEvent(host, EventStatus.PUBLISHED, clock.instant().plus(Duration.ofDays(2))));
    Event draft = pastEvent(host, EventStatus.DRAFT);

    HttpResponse<String> early = coordinator().putJson(attendance(future), body(entry(guest, "ATTENDED")));
    HttpResponse<String> drafted = coordinator().putJson(attendance(draft), body(entry(guest, "ATTENDED")));

    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(early.body()).contains("attendance can be reported from then on");
    assertThat(drafted.statusCode()).isEqualTo(409);
    assertThat(record(future, guest)).isNull();
  }

  /** An event that started an hour ago (created while it was still ahead). */
  private Event pastEvent(Person host, EventStatus status) {
    Event event = events.create(groupEvent(host, status, clock.instant().plus(Duration.ofHours(1))));
    ClockUtil.setCurrentTime(Date.from(clock.instant().plus(Duration.ofHours(2))));
    return event;
  }

  private Person person(String name, Role role) {
    return people.save(TestPeople.person(name, "Europe/Berlin", role, Plan.FREE));
  }

  private Attendance record(Event event, Person person) {
    return attendanceService.find(SessionKind.EVENT, event.getId(), person.getId()).orElse(null);
  }
}
