package org.mentra.sessions.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.Http;
import org.mentra.sessions.support.TestUsers;
import org.mentra.sessions.accountability.mail.Letters;

/** The accountability API: reliability, lifting a pause, the attendance overview; problem details on errors. */
class AccountabilityApiTest extends AccountabilityTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Http coordinator() {
    return Http.as(baseUrl(), TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }

  private Http member() {
    return Http.as(baseUrl(), TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD);
  }

  @Test
  void coordinatorsReadAPersonsRecord() throws Exception {
    Person bob = person("Bob Record", Role.PATIENT);
    attendance.record(report(bob, ParticipantRole.PATIENT, SessionKind.CHAT, UUID.randomUUID(), AttendanceStatus.ATTENDED));
    attendance.record(report(bob, ParticipantRole.PATIENT, SessionKind.CHAT, UUID.randomUUID(), AttendanceStatus.LATE));
    handledNoShow(bob, ParticipantRole.PATIENT);

    HttpResponse<String> response = coordinator().get("/api/v1/people/" + bob.getId() + "/reliability");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode record = JSON.readTree(response.body());
    assertThat(record.get("activeStrikes").asInt()).isEqualTo(1);
    assertThat(record.get("attended").asInt()).isEqualTo(1);
    assertThat(record.get("late").asInt()).isEqualTo(1);
    assertThat(record.get("noShows").asInt()).isEqualTo(1);
    assertThat(record.get("reliability").asDouble()).isEqualTo(reload(bob).getReliability()).isBetween(0.0, 0.99);
    assertThat(record.has("pausedUntil")).isFalse();
  }

  @Test
  void aPersonReadsTheirOwnRecordButNobodyElses() throws Exception {
    Person self = people.findByUserId(TestUsers.MEMBER).orElseGet(() -> person("Test Member", Role.PATIENT,
        TestUsers.MEMBER));
    Person other = person("Someone Else", Role.PATIENT);

    assertThat(member().get("/api/v1/people/" + self.getId() + "/reliability").statusCode()).isEqualTo(200);
    HttpResponse<String> forbidden = member().get("/api/v1/people/" + other.getId() + "/reliability");
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(Http.anonymous(baseUrl()).get("/api/v1/people/" + other.getId() + "/reliability").statusCode())
        .isEqualTo(401);
    HttpResponse<String> unknown = coordinator().get("/api/v1/people/" + UUID.randomUUID() + "/reliability");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(unknown.body()).get("title").asText()).isEqualTo("Person not found");
  }

  @Test
  void coordinatorsLiftAPauseEarlyThroughTheApi() throws Exception {
    Person eva = person("Eva Api Pause", Role.PATIENT);
    ProcessInstance third = caseOf(thirdNoShow(eva));
    String pause = "/api/v1/people/" + eva.getId() + "/pause";
    assertThat(JSON.readTree(coordinator().get("/api/v1/people/" + eva.getId() + "/reliability").body())
        .get("pausedUntil").asText()).isNotBlank();

    assertThat(member().delete(pause).statusCode()).isEqualTo(403);
    HttpResponse<String> tooLong = coordinator().deleteJson(pause, "{\"note\": \"" + "x".repeat(1001) + "\"}");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("note");
    assertThat(reload(eva).getPausedUntil()).isPresent();

    HttpResponse<String> lifted = coordinator().deleteJson(pause, "{\"note\": \"Welcome back, Eva.\"}");

    assertThat(lifted.statusCode()).isEqualTo(204);
    assertThat(reload(eva).getPausedUntil()).isEmpty();
    assertThat(third).hasPassed("End_PauseLiftedEarly");
    assertThat(mail(eva, Letters.PAUSE_LIFTED_EARLY).getTextBody()).contains("Welcome back, Eva.");
    HttpResponse<String> again = coordinator().delete(pause);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(again.body()).get("detail").asText()).contains("no running pause");
  }

  @Test
  void theOverviewCountsAttendanceAndNoShowsPerSessionAndHost() throws Exception {
    Person host = person("Grace Host " + UUID.randomUUID().toString().substring(0, 6), Role.HOST);
    Person came = person("Cara Came", Role.PATIENT);
    Person missed = person("Milo Missed", Role.PATIENT);
    UUID event = UUID.randomUUID();
    attendance.record(report(host, ParticipantRole.HOST, SessionKind.EVENT, event, AttendanceStatus.ATTENDED));
    attendance.record(report(came, ParticipantRole.PARTICIPANT, SessionKind.EVENT, event, AttendanceStatus.ATTENDED));
    attendance.record(report(missed, ParticipantRole.PARTICIPANT, SessionKind.EVENT, event, AttendanceStatus.NO_SHOW));

    HttpResponse<String> response = coordinator().get("/api/v1/attendance/overview?months=2");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode overview = JSON.readTree(response.body());
    JsonNode session = null;
    for (JsonNode row : overview.get("bySession")) {
      session = row.get("detail").asText().contains("hosted by " + host.getDisplayName()) ? row : session;
    }
    assertThat(session).isNotNull();
    assertThat(session.get("label").asText()).as("an unknown session: by its kind").isEqualTo("Event");
    assertThat(session.get("rates").get("expected").asInt()).isEqualTo(2);
    assertThat(session.get("rates").get("noShows").asInt()).isEqualTo(1);
    assertThat(session.get("rates").get("noShowRate").asDouble()).isEqualTo(0.5);
    JsonNode byHost = find(overview.get("byHost"), "detail", host.getEmail());
    assertThat(byHost.get("rates").get("sessions").asInt()).isEqualTo(1);
    assertThat(byHost.get("rates").get("attendanceRate").asDouble()).isEqualTo(0.5);
    assertThat(overview.get("byMonth")).isNotEmpty();

    HttpResponse<String> invalid = coordinator().get("/api/v1/attendance/overview?months=0");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(invalid.body()).get("errors").get(0).get("field").asText()).isEqualTo("months");
    assertThat(member().get("/api/v1/attendance/overview").statusCode()).isEqualTo(403);
  }

  @Test
  void theCoordinationPageShowsRatesAndPausesToCoordinatorsOnly() {
    Person host = person("Page Host", Role.HOST);
    attendance.record(report(host, ParticipantRole.HOST, SessionKind.EVENT, UUID.randomUUID(), AttendanceStatus.NO_SHOW));

    HttpResponse<String> page = coordinator().get("/coordination/attendance");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Attendance and no-shows", "By month", "By host", "By session", "Paused now",
        "/mentra.css");
    assertThat(member().get("/coordination/attendance").statusCode()).isEqualTo(403);
  }

  @Test
  void aCoordinatorLiftsAPauseWithTheButtonOnThePage() {
    Person pia = person("Pia Page Pause", Role.PATIENT);
    thirdNoShow(pia);
    Http browser = coordinator();
    HttpResponse<String> page = browser.get("/coordination/attendance");
    assertThat(page.body()).contains("Pia Page Pause", "Lift now");
    java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
        .matcher(page.body());
    assertThat(csrf.find()).as("the form carries a CSRF token").isTrue();

    HttpResponse<String> lifted = browser.postForm("/coordination/attendance/paused/" + pia.getId() + "/lift",
        java.util.Map.of("_csrf", csrf.group(1), "note", "See you soon."));

    assertThat(lifted.statusCode()).isEqualTo(302);
    assertThat(reload(pia).getPausedUntil()).isEmpty();
    assertThat(mail(pia, Letters.PAUSE_LIFTED_EARLY).getTextBody()).contains("See you soon.");
    assertThat(browser.postForm("/coordination/attendance/paused/" + pia.getId() + "/lift",
        java.util.Map.of("note", "no token")).statusCode()).isEqualTo(403);
  }

  private static JsonNode find(JsonNode rows, String field, String value) {
    for (JsonNode row : rows) {
      if (value.equals(row.path(field).asText())) {
        return row;
      }
    }
    throw new AssertionError("No row with " + field + " = " + value + " in " + rows);
  }
}
