package org.mentra.sessions.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes the events, series and invitee endpoints, each operation with a summary. */
class EventsApiDocumentationTest extends EventsApiSupport {

  @Test
  void everyEventsEndpointIsDocumented() throws Exception {
    JsonNode paths = json.readTree(http.getForObject("/v3/api-docs", String.class)).get("paths");
    assertThat(paths.get("/api/v1/events").has("get")).isTrue();
    assertThat(paths.get("/api/v1/events").has("post")).isTrue();
    assertThat(paths.get("/api/v1/events/{id}").has("put")).isTrue();
    assertThat(paths.get("/api/v1/events/{id}").has("delete")).isTrue();
    assertThat(paths.get("/api/v1/events/series").has("post")).isTrue();
    assertThat(paths.get("/api/v1/events/series").has("get")).isTrue();
    assertThat(paths.get("/api/v1/events/series/{id}").has("get")).isTrue();
    assertThat(paths.get("/api/v1/events/series/{id}").has("put")).isTrue();
    assertThat(paths.get("/api/v1/events/{id}/invitees").has("post")).isTrue();
    assertThat(paths.get("/api/v1/events/{id}/invitees/{userId}").has("delete")).isTrue();
    for (String path : java.util.List.of("/api/v1/events", "/api/v1/events/{id}", "/api/v1/events/series",
        "/api/v1/events/series/{id}", "/api/v1/events/{id}/invitees")) {
      paths.get(path).forEach(operation -> assertThat(operation.get("summary")).as(path).isNotNull());
    }
    assertThat(paths.get("/api/v1/events").get("get").get("parameters").findValuesAsText("name"))
        .contains("type", "format", "theme", "host", "from", "to", "q");
  }
}
