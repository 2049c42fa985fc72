package org.mentra.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.DemoApplicationTest;
import org.mentra.sessions.support.WebappLogin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The application as `mvn spring-boot:run` starts it: no profile chosen, so the demo profile, on an
 * embedded H2 file database (here under target/) with the demo users and community.
 */
@DemoApplicationTest
class DemoProfileIT {

  @Autowired
  private TestRestTemplate http;

  @Autowired
  private Environment environment;

  @Autowired
  private ProcessEngine engine;

  @Autowired
  private ObjectMapper json;

  @Test
  void theDemoProfileIsTheDefault() {
    assertThat(environment.getActiveProfiles()).isEmpty();
    assertThat(environment.getDefaultProfiles()).containsExactly("demo");
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
  }

  @Test
  void theRunningJobExecutorHoldsAJobNinetySeconds() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getJobExecutor().isActive()).isTrue();
    assertThat(configuration.getJobExecutor().getLockTimeInMillis()).isEqualTo(90_000);
  }

  @Test
  void theCoordinatorUsesTheApiOnTheDemoCommunity() throws IOException {
    ResponseEntity<String> mentors = http.withBasicAuth("coordinator", "coordinator")
        .getForEntity("/api/v1/people?role=MENTOR", String.class);

    assertThat(mentors.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode page = json.readTree(mentors.getBody());
    assertThat(page.get("content").findValuesAsText("displayName"))
        .contains("Amara Okafor", "Kenji Watanabe", "Priya Raman");
  }

  @Test
  void tasklistAcceptsTheCoordinatorAndAdminAcceptsTheAdmin() {
    assertThat(WebappLogin.login(http, "tasklist", "coordinator", "coordinator")).isEqualTo(HttpStatus.OK);
    assertThat(WebappLogin.login(http, "cockpit", "coordinator", "coordinator")).isEqualTo(HttpStatus.OK);
    assertThat(WebappLogin.login(http, "admin", "admin", "admin")).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theOutboxShowsMailWithoutAnSmtpServer() {
    ResponseEntity<String> outbox = http.withBasicAuth("coordinator", "coordinator").getForEntity("/outbox", String.class);

    assertThat(outbox.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(outbox.getBody()).contains("No SMTP server is configured");
  }

  @Test
  void everyDiagramInTheBpmnFolderIsDeployed() throws IOException {
    List<String> diagrams;
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      diagrams = files.map(p -> "bpmn/" + p.getFileName()).filter(n -> n.endsWith(".bpmn")).toList();
    }
    List<String> deployed = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()
        .stream().map(d -> d.getResourceName()).toList();

    assertThat(deployed).containsAll(diagrams);
  }

}
