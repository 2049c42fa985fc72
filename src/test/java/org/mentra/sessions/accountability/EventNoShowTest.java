package org.mentra.sessions.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mentra.sessions.events.TestEvents.attendance;
import static org.mentra.sessions.events.TestEvents.body;
import static org.mentra.sessions.events.TestEvents.entry;
import static org.mentra.sessions.events.TestEvents.groupEvent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.attendance.Attendance;
import org.mentra.sessions.attendance.AttendanceReport;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.Http;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.mentra.sessions.accountability.domain.StrikeStatus;
import org.mentra.sessions.accountability.mail.Letters;

/**
 * An event's no-show as its host reports it ({@code PUT /api/v1/events/{id}/attendance}): it opens the
 * person's case, a correction withdraws it, and the overview counts the event by its title.
 */
class EventNoShowTest extends AccountabilityTest {

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

  /** An event that started an hour ago (created while it was still ahead). */
  private Event pastEvent(Person host, EventStatus status) {
    Event event = events.create(groupEvent(host, status, clock.instant().plus(Duration.ofHours(1))));
    advance(Duration.ofHours(2));
    return event;
  }

  private Attendance record(Event event, Person person) {
    return attendance.find(SessionKind.EVENT, event.getId(), person.getId()).orElse(null);
  }
}
