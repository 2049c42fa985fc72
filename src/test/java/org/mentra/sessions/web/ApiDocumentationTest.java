package org.mentra.sessions.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The OpenAPI document names the API, carries the pom's version and says what the API is for. */
class ApiDocumentationTest extends IntegrationTest {

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private ObjectMapper json;

  @Test
  void theOpenApiDocumentSaysWhatTheApiIs() throws Exception {
    String pomVersion = XPathFactory.newInstance().newXPath().evaluate("/project/version",
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml")));

    JsonNode info = json.readTree(http.getForObject("/v3/api-docs", String.class)).get("info");

    assertThat(info.get("title").asText()).isEqualTo("Mentra Sessions API");
    assertThat(pomVersion).isNotBlank();
    assertThat(info.get("version").asText()).isEqualTo(pomVersion);
    assertThat(info.get("description").asText()).contains("council sessions", "paired support", "person id");
  }

  @Test
  void theReportsAndBlocksEndpointsAreDocumentedWithTheirProblemDetails() throws Exception {
    JsonNode paths = json.readTree(http.getForObject("/v3/api-docs", String.class)).get("paths");

    Map<String, Map<String, List<String>>> refusals = Map.of(
        "/api/v1/reports", Map.of("post", List.of("400", "401", "403")),
        "/api/v1/reports/{id}", Map.of("get", List.of("404")),
        "/api/v1/reports/{id}/audit", Map.of("get", List.of("403", "404")),
        "/api/v1/blocks", Map.of("post", List.of("400", "403")),
        "/api/v1/blocks/{id}", Map.of("delete", List.of("403", "404")),
        "/api/v1/people/{id}/blocks", Map.of("get", List.of("403")));
    refusals.forEach((path, operations) -> operations.forEach((method, statuses) -> {
      JsonNode operation = paths.path(path).path(method);
      assertThat(operation.isMissingNode()).as("%s %s is documented", method, path).isFalse();
      assertThat(operation.path("summary").asText()).as("%s %s", method, path).isNotBlank();
      for (String status : statuses) {
        assertThat(operation.path("responses").path(status).path("content").has("application/problem+json"))
            .as("%s %s answers %s as problem details", method, path, status).isTrue();
      }
    }));
    assertThat(paths.path("/api/v1/reports").path("post").path("description").asText())
        .contains("HARASSMENT", "SELF_HARM_RISK", "crisisResources", "never shown to the reported person");
  }
}
