package org.mentra.sessions.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The OpenAPI document describes the calendar endpoints of a person. */
class CalendarApiDocumentationTest extends IntegrationTest {

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private ObjectMapper json;

  @Test
  void thePersonsCalendarEndpointsAreDocumented() throws Exception {
    JsonNode paths = json.readTree(http.getForObject("/v3/api-docs", String.class)).get("paths");

    assertThat(paths.get("/api/v1/people/{id}/calendar-feed").get("get").get("summary").asText())
        .contains("calendar feed");
    assertThat(paths.get("/api/v1/people/{id}/calendar-feed/rotate").get("post").get("summary").asText())
        .contains("404");
    JsonNode busy = paths.get("/api/v1/people/{id}/busy-calendar");
    assertThat(busy.has("get") && busy.has("put") && busy.has("delete")).isTrue();
    assertThat(busy.get("put").get("description").asText()).contains("calendarFeedUrl");
    assertThat(busy.get("put").get("tags").get(0).asText()).isEqualTo("Calendars");
  }
}
