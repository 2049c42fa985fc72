package org.mentra.sessions.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes the resources, feedback and analytics endpoints, with what they answer. */
class EventExtrasApiDocumentationTest extends EventExtrasTest {

  @Test
  void everyEndpointIsDescribed() {
    JsonNode paths = json(http.getForEntity("/v3/api-docs", String.class)).get("paths");

    JsonNode resources = paths.get("/api/v1/events/{id}/resources");
    assertThat(resources.get("get").get("description").asText()).contains("locked", "Premium");
    assertThat(resources.get("post").get("description").asText()).contains("http or https");
    assertThat(paths.get("/api/v1/events/{id}/resources/{resourceId}").has("delete")).isTrue();
    assertThat(paths.get("/api/v1/events/{id}/resources/{resourceId}").get("get").get("description").asText())
        .contains("plan-required");
    JsonNode feedback = paths.get("/api/v1/events/{id}/feedback").get("post");
    assertThat(feedback.get("description").asText()).contains("a second POST replaces");
    assertThat(feedback.get("responses").has("201")).isTrue();
    assertThat(feedback.get("responses").has("200")).isTrue();
    assertThat(paths.get("/api/v1/events/{id}/feedback/summary").get("get").get("description").asText())
        .contains("distribution");
    assertThat(paths.get("/api/v1/hosts/{id}/analytics").get("get").get("description").asText())
        .contains("Professional", "months");
  }
}
