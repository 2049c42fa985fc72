package org.mentra.sessions.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Events through the API: create (published or draft), read, change, delete or cancel, and the problems. */
class EventApiTest extends IntegrationTest {

  private static final Instant NOW = Instant.parse("2031-06-01T09:00:00Z");
  private static final Instant START = NOW.plus(Duration.ofDays(10));

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private ObjectMapper json;
  @Autowired
  private RuntimeService runtime;

  @BeforeEach
  void now() {
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @Test
  void aPublishedPairedSupportEventStartsItsProcessAndADraftDoesNotUntilPublished() throws Exception {
    ResponseEntity<String> created = send(HttpMethod.POST, "/api/v1/events", pairedSupport("Anxiety chats", null));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode event = json.readTree(created.getBody());
    assertThat(event.get("status").asText()).isEqualTo("PUBLISHED");
    assertThat(event.get("slotMinutes").asInt()).isEqualTo(45);
    assertThat(event.get("pairingMode").asText()).isEqualTo("SELF_SELECT");
    assertThat(event.get("theme").asText()).isEqualTo("anxiety");
    assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/events/" + event.get("id").asText());
    assertThat(supportEvents(event.get("id").asText())).isEqualTo(1);

    JsonNode draft = json.readTree(send(HttpMethod.POST, "/api/v1/events", pairedSupport("Draft chats", "DRAFT"))
        .getBody());
    String draftId = draft.get("id").asText();
    assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
    assertThat(supportEvents(draftId)).isZero();

    ResponseEntity<String> published = send(HttpMethod.PUT, "/api/v1/events/" + draftId,
        pairedSupport("Draft chats, now public", "PUBLISHED"));
    assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(published.getBody()).get("title").asText()).isEqualTo("Draft chats, now public");
    assertThat(supportEvents(draftId)).isEqualTo(1);

    JsonNode read = json.readTree(coordinator().getForObject("/api/v1/events/" + draftId, String.class));
    assertThat(read.get("status").asText()).isEqualTo("PUBLISHED");
    JsonNode list = json.readTree(coordinator().getForObject("/api/v1/events?kind=PAIRED_SUPPORT&size=500",
        String.class));
    assertThat(list.get("content").findValuesAsText("id")).contains(draftId, event.get("id").asText());
    // a page reads the settings of all its paired support events at once
    for (JsonNode listed : list.get("content")) {
      if (listed.get("id").asText().equals(event.get("id").asText()) || listed.get("id").asText().equals(draftId)) {
        assertThat(listed.get("slotMinutes").asInt()).as(listed.get("title").asText()).isEqualTo(45);
        assertThat(listed.get("pairingMode").asText()).isEqualTo("SELF_SELECT");
      }
    }
    assertThat(list.get("content").findValues("slotMinutes")).hasSize(list.get("content").size());
  }

  @Test
  void badFieldsAreNamedAndMembersMayNotCreate() throws Exception {
    ResponseEntity<String> bad = send(HttpMethod.POST, "/api/v1/events", """
        {"title": "", "kind": "GROUP", "start": "%s", "end": "%s", "timezone": "CET", "slotMinutes": 30}"""
        .formatted(START, START.minus(Duration.ofHours(1))));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(bad.getBody()).get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("title", "timezone");

    ResponseEntity<String> badSchedule = send(HttpMethod.POST, "/api/v1/events", """
        {"title": "Walk", "kind": "GROUP", "start": "%s", "end": "%s", "timezone": "Europe/Paris", "slotMinutes": 30}"""
        .formatted(START, START.minus(Duration.ofHours(1))));
    assertThat(json.readTree(badSchedule.getBody()).get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("end", "slotMinutes");

    ResponseEntity<String> tooSoon = send(HttpMethod.POST, "/api/v1/events", """
        {"title": "Tonight", "kind": "PAIRED_SUPPORT", "start": "%s", "end": "%s", "timezone": "Europe/Paris"}"""
        .formatted(NOW.plus(Duration.ofHours(5)), NOW.plus(Duration.ofHours(8))));
    assertThat(tooSoon.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(tooSoon.getBody()).get("errors").findValuesAsText("field")).containsExactly("start");

    ResponseEntity<String> member = http.withBasicAuth(TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD)
        .postForEntity("/api/v1/events", entity(pairedSupport("Not mine", null)), String.class);
    assertThat(member.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void anEventLastsBetweenItsLimitsAndStartsWithinTheHorizon() throws Exception {
    String draft = json.readTree(send(HttpMethod.POST, "/api/v1/events", pairedSupport("Bounded", "DRAFT")).getBody())
        .get("id").asText();
    String group = """
        {"title": "Walk", "kind": "%s", "start": "%s", "end": "%s", "timezone": "UTC"}""";
    for (String kind : List.of("GROUP", "PAIRED_SUPPORT")) {
      // an event keeps its kind: the draft to PUT is a paired support event
      for (HttpMethod method : kind.equals("GROUP") ? List.of(HttpMethod.POST) : List.of(HttpMethod.POST, HttpMethod.PUT)) {
        String path = method == HttpMethod.POST ? "/api/v1/events" : "/api/v1/events/" + draft;
        String what = kind + " " + method;
        assertThat(fieldsOf(send(method, path, group.formatted(kind, START, "+99999-01-01T00:00:00Z"))))
            .as(what).containsExactly("end");
        assertThat(fieldsOf(send(method, path, group.formatted(kind, START, START.plusSeconds(1)))))
            .as(what).contains("end");
        assertThat(fieldsOf(send(method, path, group.formatted(kind, START, START.plus(Duration.ofHours(25))))))
            .as(what).containsExactly("end");
        Instant inThreeYears = NOW.plus(Duration.ofDays(3 * 365));
        assertThat(fieldsOf(send(method, path, group.formatted(kind, inThreeYears, inThreeYears.plus(
            Duration.ofHours(2)))))).as(what).containsExactly("start");
        assertThat(fieldsOf(send(method, path, group.formatted(kind, "+99999-01-01T00:00:00Z",
            "+99999-01-01T02:00:00Z")))).as(what).containsExactly("start");
      }
    }
    ResponseEntity<String> longest = send(HttpMethod.POST, "/api/v1/events", group.formatted("GROUP",
        NOW.plus(Duration.ofDays(700)), NOW.plus(Duration.ofDays(700)).plus(Duration.ofHours(24))));
    assertThat(longest.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  private List<String> fieldsOf(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    return json.readTree(response.getBody()).get("errors").findValuesAsText("field");
  }

  @Test
  void aPublishedPairedSupportEventKeepsItsTimeADraftIsDeletedAPublishedOneCancelled() throws Exception {
    String id = json.readTree(send(HttpMethod.POST, "/api/v1/events", pairedSupport("Fixed time", null)).getBody())
        .get("id").asText();
    ResponseEntity<String> moved = send(HttpMethod.PUT, "/api/v1/events/" + id, pairedSupport("Fixed time", null)
        .replace(START.toString(), START.plus(Duration.ofHours(1)).toString()));
    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    assertThat(coordinator().exchange("/api/v1/events/" + id, HttpMethod.DELETE, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(json.readTree(coordinator().getForObject("/api/v1/events/" + id, String.class)).get("status").asText())
        .isEqualTo("CANCELLED");

    String draft = json.readTree(send(HttpMethod.POST, "/api/v1/events", pairedSupport("Gone", "DRAFT")).getBody())
        .get("id").asText();
    coordinator().delete("/api/v1/events/" + draft);
    assertThat(coordinator().getForEntity("/api/v1/events/" + draft, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aPairedSupportEventsSlotLengthAndModeAreCheckedShownAndKeptOncePublished() throws Exception {
    assertThat(fieldsOf(send(HttpMethod.POST, "/api/v1/events", pairedSupport("Odd mode", null)
        .replace("SELF_SELECT", "SOMETIMES")))).containsExactly("pairingMode");
    String id = json.readTree(send(HttpMethod.POST, "/api/v1/events", pairedSupport("Kept", null)).getBody())
        .get("id").asText();
    String path = "/api/v1/events/" + id;

    assertThat(send(HttpMethod.PUT, path, pairedSupport("Kept", null).replace("\"slotMinutes\": 45",
        "\"slotMinutes\": 30")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(send(HttpMethod.PUT, path, pairedSupport("Kept", null).replace("SELF_SELECT", "AUTOMATIC"))
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    ResponseEntity<String> renamed = send(HttpMethod.PUT, path, pairedSupport("Kept, renamed", null));
    assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode read = json.readTree(coordinator().getForObject(path, String.class));
    assertThat(read.get("title").asText()).isEqualTo("Kept, renamed");
    assertThat(read.get("slotMinutes").asInt()).isEqualTo(45);
    assertThat(read.get("pairingMode").asText()).isEqualTo("SELF_SELECT");

    String draft = json.readTree(send(HttpMethod.POST, "/api/v1/events", pairedSupport("Undecided", "DRAFT"))
        .getBody()).get("id").asText();
    String otherSettings = pairedSupport("Undecided", "DRAFT").replace(", \"pairingMode\": \"SELF_SELECT\"", "")
        .replace("\"slotMinutes\": 45", "\"slotMinutes\": 30");
    JsonNode changed = json.readTree(send(HttpMethod.PUT, "/api/v1/events/" + draft, otherSettings).getBody());
    assertThat(changed.get("slotMinutes").asInt()).isEqualTo(30);
    assertThat(changed.get("pairingMode").asText()).as("the default").isEqualTo("AUTOMATIC");
    assertThat(coordinator().exchange("/api/v1/events/" + draft, HttpMethod.DELETE, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode group = json.readTree(send(HttpMethod.POST, "/api/v1/events", """
        {"title": "Walk", "kind": "GROUP", "start": "%s", "end": "%s", "timezone": "UTC"}"""
        .formatted(START, START.plus(Duration.ofHours(2)))).getBody());
    assertThat(group.has("slotMinutes") || group.has("pairingMode")).as("a group event has neither").isFalse();
  }

  @Test
  void membersNeitherSeeDraftsAndPrivateEventsNorChangeAnyEvent() throws Exception {
    String draft = json.readTree(send(HttpMethod.POST, "/api/v1/events", pairedSupport("Not yet", "DRAFT")).getBody())
        .get("id").asText();
    String hidden = json.readTree(send(HttpMethod.POST, "/api/v1/events", pairedSupport("Invited only", null)
        .replace("\"kind\"", "\"privacy\": \"PRIVATE\", \"kind\"")).getBody()).get("id").asText();
    String open = json.readTree(send(HttpMethod.POST, "/api/v1/events", pairedSupport("Open to all", null)).getBody())
        .get("id").asText();
    TestRestTemplate member = http.withBasicAuth(TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD);

    assertThat(member.getForEntity("/api/v1/events/" + draft, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(member.getForEntity("/api/v1/events/" + hidden, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(member.getForEntity("/api/v1/events/" + open, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(member.getForObject("/api/v1/events?size=2000", String.class)).get("content")
        .findValuesAsText("id")).contains(open).doesNotContain(draft, hidden);
    assertThat(json.readTree(member.getForObject("/api/v1/events?status=DRAFT", String.class)).get("content"))
        .isEmpty();
    assertThat(json.readTree(coordinator().getForObject("/api/v1/events?size=2000", String.class)).get("content")
        .findValuesAsText("id")).contains(open, draft, hidden);

    assertThat(member.exchange("/api/v1/events/" + open, HttpMethod.PUT, entity(pairedSupport("Mine now", null)),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(member.exchange("/api/v1/events/" + open, HttpMethod.DELETE, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(coordinator().getForObject("/api/v1/events/" + open, String.class)).get("status")
        .asText()).isEqualTo("PUBLISHED");
  }

  private long supportEvents(String eventId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("support-event").processInstanceBusinessKey(eventId)
        .count();
  }

  private static String pairedSupport(String title, String status) {
    return """
        {"title": "%s", "kind": "PAIRED_SUPPORT", "theme": " Anxiety ", "start": "%s", "end": "%s",
         "timezone": "Europe/Paris", "slotMinutes": 45, "pairingMode": "SELF_SELECT"%s}"""
        .formatted(title, START, START.plus(Duration.ofHours(3)), status == null ? "" : ", \"status\": \"" + status + "\"");
  }

  private ResponseEntity<String> send(HttpMethod method, String path, String body) {
    return coordinator().exchange(path, method, entity(body), String.class);
  }

  private TestRestTemplate coordinator() {
    return http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }

  private static HttpEntity<String> entity(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
