package org.mentra.sessions.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.LoopbackClient;
import org.mentra.sessions.support.LoopbackClient.Response;
import org.mentra.sessions.support.TestProcesses;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Requests a hostile or unlucky client sends: every refusal is a problem detail with the right status,
 * nothing answers 500, nothing tells more than the caller may know.
 */
class RequestHardeningTest extends IntegrationTest {

  private static final String COORDINATOR =
      "Authorization: " + LoopbackClient.basic(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  private static final String MEMBER =
      "Authorization: " + LoopbackClient.basic(TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD);

  @Autowired
  private RepositoryService repository;

  @Autowired
  private RuntimeService runtime;

  @Test
  void aPathParameterIsA400ProblemBeforeAnythingRuns() {
    for (String path : new String[] {"/engine-rest;x/user", "/engine-rest/user;x", "/api;x/v1/people", "/outbox;x",
        "/camunda;x/app/tasklist/"}) {
      assertProblem(client().get(path), 400, path);
      assertProblem(client().get(path, COORDINATOR), 400, path + " with a login");
    }
  }

  @Test
  void anEncodedSlashOrNulThatTomcatRefusesIsA400Problem() {
    for (String path : new String[] {"/api/v1/people%2Fx", "/foo%2Fbar", "/foo%00", "/engine-rest/user%00"}) {
      assertProblem(client().get(path), 400, path);
    }
  }

  @Test
  void theCoordinatorPagesRefuseWithProblems() {
    for (String path : new String[] {"/outbox", "/coordination/councils", "/coordination/attendance"}) {
      Response anonymous = client().get(path);
      assertProblem(anonymous, 401, path);
      assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
      assertProblem(client().get(path, MEMBER), 403, path);
    }
  }

  @Test
  void anAnonymousChangeIsRefusedAsUnauthenticatedAndAForgedOneAsForbidden() {
    assertProblem(client().send("POST", "/outbox/retry-failed", ""), 401, "anonymous");

    Response forged = client().send("POST", "/outbox/retry-failed", "", COORDINATOR);
    assertProblem(forged, 403, "a coordinator's browser without the page's CSRF token");
    assertThat(forged.body()).contains("reload the page");
  }

  @Test
  void onlyHealthAndItsProbesAnswerWithoutLoginAndNothingIsListed() {
    assertThat(client().get("/actuator/health").status()).isEqualTo(200);
    assertThat(client().get("/actuator/health/liveness").status()).isEqualTo(200);
    assertThat(client().get("/actuator/health/readiness").status()).isEqualTo(200);
    for (String path : new String[] {"/actuator", "/actuator/", "/actuator/env", "/actuator/beans", "/actuator/info"}) {
      Response response = client().get(path);
      assertThat(response.status()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).doesNotContain("_links", "health");
    }
  }

  @Test
  void aFailedMessageCorrelationDoesNotNameTheInstanceToAUserWithoutRights() {
    String key = TestProcesses.deploy(repository, "hidden", k -> TestProcesses.waitForMessage(k, "HiddenAnswered"));
    String businessKey = UUID.randomUUID().toString();
    ProcessInstance instance = runtime.startProcessInstanceByKey(key, businessKey);
    execute(job(instance));

    Response refused = client().send("POST", "/engine-rest/message",
        "{\"messageName\": \"HiddenAnswered\", \"businessKey\": \"" + businessKey + "\"}",
        MEMBER, "Content-Type: application/json");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("AuthorizationException", "ProcessInstance")
        .doesNotContain(instance.getId(), instance.getProcessDefinitionId(), key);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
  }

  private LoopbackClient client() {
    return LoopbackClient.ofItsOwn(port);
  }

  private static void assertProblem(Response response, int status, String what) {
    assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(status);
    assertThat(response.header("Content-Type")).as(what).startsWith("application/problem+json");
    assertThat(response.body()).as(what).contains("\"status\":" + status).doesNotContain("<html", "Exception");
  }
}
