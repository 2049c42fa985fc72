package org.mentra.sessions.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
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
}
