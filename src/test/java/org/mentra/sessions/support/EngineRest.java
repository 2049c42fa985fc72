package org.mentra.sessions.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The engine REST API at /engine-rest as the test coordinator, posting forms the way Tasklist does
 * (each value with its type; a checklist's choices as a JSON array).
 */
public final class EngineRest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate http;

  private EngineRest(TestRestTemplate http) {
    this.http = http;
  }

  public static EngineRest asCoordinator(TestRestTemplate http) {
    return as(http, TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }

  public static EngineRest as(TestRestTemplate http, String user, String password) {
    return new EngineRest(http.withBasicAuth(user, password));
  }

  /** {@code POST /process-definition/key/{key}/submit-form}: Tasklist's "Start" of a start form. */
  public ResponseEntity<String> submitStartForm(String processKey, Map<String, Object> values) {
    return post("/engine-rest/process-definition/key/" + processKey + "/submit-form", values);
  }

  /** {@code POST /task/{id}/submit-form}: Tasklist's "Complete" of a task form. */
  public ResponseEntity<String> submitTaskForm(String taskId, Map<String, Object> values) {
    return post("/engine-rest/task/" + taskId + "/submit-form", values);
  }

  /** The {@code message} of an engine REST error answer. */
  public static String message(ResponseEntity<String> response) {
    try {
      return JSON.readTree(response.getBody()).path("message").asText();
    } catch (Exception e) {
      throw new IllegalStateException("Not an engine REST error: " + response.getBody(), e);
    }
  }

  private ResponseEntity<String> post(String path, Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, value instanceof java.util.List<?> list
        ? Map.of("value", json(list), "type", "Json") : Map.of("value", value, "type", type(value))));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    try {
      return http.postForEntity(path, new HttpEntity<>(JSON.writeValueAsString(Map.of("variables", variables)),
          headers), String.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String type(Object value) {
    if (value instanceof Integer || value instanceof Long) {
      return "Long";
    }
    if (value instanceof Boolean) {
      return "Boolean";
    }
    return "String";
  }
}
