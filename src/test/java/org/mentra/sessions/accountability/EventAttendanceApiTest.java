package org.mentra.sessions.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventRequest;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code PUT /api/v1/events/{id}/attendance}: the host or a coordinator reports who came. */
class EventAttendanceApiTest extends AccountabilityTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  EventService events;

  private Http coordinator() {
    return Http.as(baseUrl(), TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }

  private Http member() {
    return Http.as(baseUrl(), TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD);
  }

  @Test
  void theHostReportsWhoCameAndANoShowOpensItsCase() throws Exception {
    Person host = people.findByUserId(TestUsers.MEMBER).orElseGet(() -> person("Test Member", Role.HOST,
        TestUsers.MEMBER));
    Person came = person("Cara Event", Role.PATIENT);
    Person missed = person("Milo Event", Role.PATIENT);
    Event event = pastEvent(host, EventStatus.PUBLISHED);

    HttpResponse<String> response = member().putJson(attendance(event), body(
        entry(host, "ATTENDED"), entry(came, "LATE"), entry(missed, "NO_SHOW")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("attendance")).hasSize(3);
    Attendance hostRecord = record(event, host);
    assertThat(hostRecord.getRole()).isEqualTo(ParticipantRole.HOST);
    assertThat(hostRecord.getSessionStart()).isEqualTo(event.getStartsAt());
    assertThat(hostRecord.getSource()).isEqualTo("host:" + TestUsers.MEMBER);
    assertThat(record(event, came).getStatus()).isEqualTo(AttendanceStatus.LATE);
    assertThat(record(event, came).getRole()).isEqualTo(ParticipantRole.PARTICIPANT);
    AttendanceReport noShow = new AttendanceReport(SessionKind.EVENT, event.getId(), missed.getId(),
        ParticipantRole.PARTICIPANT, AttendanceStatus.NO_SHOW, event.getStartsAt(), "host");
    ProcessInstance instance = caseOf(noShow);
    runDueJobs(instance);
    assertThat(instance).hasPassed("Task_SendCaringCheckIn");
    assertThat(mail(missed, Letters.Letter.CARING_CHECK_IN).getTextBody()).as("the event by its name")
        .contains("We had a place saved for you in the event \"" + event.getTitle() + "\" on");

    // The host got it wrong: the correction withdraws the strike and closes the case.
    HttpResponse<String> corrected = member().putJson(attendance(event), body(entry(missed, "ATTENDED")));

    assertThat(corrected.statusCode()).isEqualTo(200);
    assertThat(instance).isEnded();
    assertThat(strikeOf(noShow).getStatus()).isEqualTo(StrikeStatus.WITHDRAWN);

    JsonNode overview = JSON.readTree(coordinator().get("/api/v1/attendance/overview?months=2").body());
    JsonNode row = null;
    for (JsonNode session : overview.get("bySession")) {
      row = event.getTitle().equals(session.get("label").asText()) ? session : row;
    }
    assertThat(row).as("the event by its title").isNotNull();
    assertThat(row.get("rates").get("expected").asInt()).isEqualTo(2);
    assertThat(row.get("rates").get("late").asInt()).isEqualTo(1);
    assertThat(row.get("detail").asText()).contains("hosted by " + host.getDisplayName());
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
    Event future = events.create(request(host, EventStatus.PUBLISHED, Duration.ofDays(2)));
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
    Event event = events.create(request(host, status, Duration.ofHours(1)));
    advance(Duration.ofHours(2));
    return event;
  }

  private EventRequest request(Person host, EventStatus status, Duration startsIn) {
    var start = clock.instant().plus(startsIn).atOffset(ZoneOffset.UTC);
    return new EventRequest("Mindful evening " + UUID.randomUUID().toString().substring(0, 6), null, null, null,
        EventKind.GROUP, null, start, start.plusHours(1), "Europe/Berlin", host.getId(), 20, null, null, null, null,
        null, status);
  }

  private Attendance record(Event event, Person person) {
    return attendanceRecords.findBySessionKindAndSessionIdAndPersonId(SessionKind.EVENT, event.getId(),
        person.getId()).orElse(null);
  }

  private static String attendance(Event event) {
    return "/api/v1/events/" + event.getId() + "/attendance";
  }

  private static String entry(Person person, String status) {
    return "{\"userId\": \"" + person.getId() + "\", \"status\": \"" + status + "\"}";
  }

  private static String body(String... entries) {
    return "{\"attendance\": [" + String.join(", ", entries) + "]}";
  }
}
