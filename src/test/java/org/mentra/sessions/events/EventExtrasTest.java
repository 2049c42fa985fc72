package org.mentra.sessions.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.mentra.sessions.attendance.AttendanceReport;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the tests of an event's resources, feedback and analytics share: people with logins of their
 * own (so no test takes another's), events that are over, and attendance as the host reports it.
 * Attendance is what makes someone a participant until registration exists.
 */
public abstract class EventExtrasTest extends IntegrationTest {

  protected static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  protected EventService events;
  @Autowired
  protected AttendanceService attendance;
  @Autowired
  protected PersonRepository people;
  @Autowired
  protected IdentityService identity;
  @Autowired
  protected TestRestTemplate http;
  @Autowired
  protected Clock clock;
  @Autowired
  protected TestEventParticipants participants;

  /** Time stands still unless a test moves it. */
  @BeforeEach
  void freezeClock() {
    ClockUtil.setCurrentTime(new Date());
  }

  /** A person with a login of their own: its name is also its password. */
  protected Person member(String name, Role role, Plan plan, String zone) {
    String login = "extras" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    User user = identity.newUser(login);
    user.setFirstName(login);
    user.setLastName("Test");
    user.setEmail(login + "@extras.test");
    user.setPassword(login);
    identity.saveUser(user);
    Person person = TestPeople.person(name, zone, role, plan);
    person.setUserId(login);
    return people.save(person);
  }

  protected Person member(String name, Role role, Plan plan) {
    return member(name, role, plan, "Europe/Berlin");
  }

  /** A person without a login (others report and rate for them). */
  protected Person person(String name, Plan plan) {
    return people.save(TestPeople.person(name, "Europe/Berlin", Role.PATIENT, plan));
  }

  /** A published group event of an hour that started an hour ago (the clock is moved past its start). */
  protected Event pastEvent(Person host, EventPrivacy privacy) {
    Event event = upcomingEvent(host, privacy, clock.instant().plus(Duration.ofHours(1)));
    ClockUtil.setCurrentTime(Date.from(clock.instant().plus(Duration.ofHours(2))));
    return event;
  }

  /** A published group event of an hour that started at {@code start}; the clock stands an hour after it. */
  protected Event heldAt(Person host, Instant start) {
    ClockUtil.setCurrentTime(Date.from(start.minus(Duration.ofHours(1))));
    Event event = upcomingEvent(host, EventPrivacy.PUBLIC, start);
    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(1))));
    return event;
  }

  protected Event upcomingEvent(Person host, EventPrivacy privacy, Instant start) {
    var at = start.atOffset(ZoneOffset.UTC);
    return events.create(new EventRequest("Evening circle " + UUID.randomUUID().toString().substring(0, 6), null,
        null, null, EventKind.GROUP, null, at, at.plusHours(1), "Europe/Berlin", host.getId(), 20, privacy, null,
        null, null, null, EventStatus.PUBLISHED));
  }

  /** The host's report of how the person kept the event. */
  /** A participant who had a seat (registrations stand in as {@link TestEventParticipants}) and came or not. */
  protected void attended(Event event, Person person, AttendanceStatus status) {
    if (event.getHostId().filter(person.getId()::equals).isEmpty()) {
      participants.confirm(event.getId(), person.getId());
    }
    attendance.record(new AttendanceReport(SessionKind.EVENT, event.getId(), person.getId(),
        event.getHostId().filter(person.getId()::equals).isPresent() ? ParticipantRole.HOST
            : ParticipantRole.PARTICIPANT, status, event.getStartsAt(), "test"));
  }

  protected TestRestTemplate as(Person person) {
    String login = person.getUserId().orElseThrow();
    return http.withBasicAuth(login, login);
  }

  protected TestRestTemplate coordinator() {
    return http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }

  protected static ResponseEntity<String> send(TestRestTemplate client, HttpMethod method, String path,
      String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  protected static ResponseEntity<String> post(TestRestTemplate client, String path, String body) {
    return send(client, HttpMethod.POST, path, body);
  }

  protected static JsonNode json(ResponseEntity<String> response) {
    try {
      return JSON.readTree(response.getBody());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(response.getBody(), e);
    }
  }

  /** A 403 problem detail of this type ({@code forbidden}, {@code plan-required}, …). */
  protected static void assertRefused(ResponseEntity<String> response, String type) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(json(response).get("type").asText()).endsWith("/" + type);
  }

  /** A 400 problem detail naming just this field. */
  protected static void assertBadField(ResponseEntity<String> response, String field) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(json(response).get("errors").findValuesAsText("field")).containsExactly(field);
  }
}
