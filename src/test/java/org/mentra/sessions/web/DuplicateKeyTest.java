package org.mentra.sessions.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
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

/** A key given twice in any body is a 400 naming it, on every operation that takes a body. */
class DuplicateKeyTest extends IntegrationTest {

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private ObjectMapper json;

  record Call(HttpMethod method, String path, String body, String key) {}

  @Test
  void aKeyGivenTwiceIsABadRequestNamingIt() throws Exception {
    String id = UUID.randomUUID().toString();
    String other = UUID.randomUUID().toString();
    List<Call> calls = List.of(
        new Call(HttpMethod.PUT, "/api/v1/compatibility/" + id + "/" + other, "{\"score\":50,\"score\":60}", "score"),
        new Call(HttpMethod.POST, "/api/v1/blocks", "{\"blockerId\":\"%s\",\"blockedId\":\"%s\",\"blockedId\":\"%s\"}"
            .formatted(id, other, id), "blockedId"),
        new Call(HttpMethod.POST, "/api/v1/people", """
            {"displayName": "Twice", "email": "a@test.mentra.example", "email": "b@test.mentra.example",
             "timezone": "UTC", "roles": ["HOST"]}""", "email"),
        new Call(HttpMethod.POST, "/api/v1/events/" + id + "/counselors", """
            {"counselorId": "%s", "windows": [{"start": "2031-01-01T10:00:00Z", "start": "2031-01-01T11:00:00Z",
             "end": "2031-01-01T12:00:00Z"}]}""".formatted(other), "windows[0].start"),
        new Call(HttpMethod.POST, "/api/v1/events/" + id + "/chats/" + other + "/cancel",
            "{\"personId\":\"%s\",\"personId\":\"%s\"}".formatted(id, other), "personId"),
        new Call(HttpMethod.POST, "/api/v1/councils", """
            {"menteeId": "%s", "topic": "x", "topic": "y", "proposedSlots": []}""".formatted(id), "topic"),
        new Call(HttpMethod.POST, "/api/v1/councils/" + id + "/cancel", "{\"reason\":\"a\",\"reason\":\"b\"}", "reason"),
        new Call(HttpMethod.DELETE, "/api/v1/people/" + id + "/pause", "{\"note\":\"a\",\"note\":\"b\"}", "note"),
        new Call(HttpMethod.PUT, "/api/v1/events/" + id + "/attendance", """
            {"attendance": [{"userId": "%s", "status": "NO_SHOW", "status": "ATTENDED"}]}""".formatted(other),
            "attendance[0].status"));

    for (Call call : calls) {
      ResponseEntity<String> response = http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD)
          .exchange(call.path(), call.method(), new HttpEntity<>(call.body(), jsonHeaders()), String.class);

      String what = call.method() + " " + call.path();
      assertThat(response.getStatusCode()).as(what).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getHeaders().getContentType()).as(what).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      JsonNode problem = json.readTree(response.getBody());
      assertThat(problem.get("errors").findValuesAsText("field")).as(what).containsExactly(call.key());
      assertThat(problem.get("detail").asText()).as(what).contains(call.key(), "more than once")
          .doesNotContain("org.mentra", "jackson");
    }
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
