package org.mentra.sessions.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestUsers;
import org.mentra.sessions.support.WebappLogin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Every surface needs a login, and a login without rights is refused. */
class SecurityTest extends IntegrationTest {

  @Autowired
  private TestRestTemplate http;

  @Autowired
  private IdentityService identity;

  @Test
  void theApiRefusesAnonymousCallsWithAProblem() {
    ResponseEntity<String> response = http.getForEntity("/api/v1/people", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(response.getBody()).contains("\"status\":401");
  }

  @Test
  void theApiRefusesUnknownCredentials() {
    // An unknown user, not a known one with a wrong password: each failure counts against 127.0.0.1 and
    // the user in the login throttle (LoginThrottlingTest uses client addresses of its own).
    assertThat(http.withBasicAuth("nobody", "guess").getForEntity("/api/v1/people", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aMemberWithoutRightsGetsA403Problem() {
    ResponseEntity<String> response = member().getForEntity("/api/v1/people", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody()).contains("\"status\":403");
  }

  @Test
  void aCoordinatorMayCallTheApi() {
    assertThat(coordinator().getForEntity("/api/v1/people", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theEngineRestApiNeedsALoginAndAppliesTheEnginesAuthorization() {
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(coordinator().getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> createGroup = member().exchange("/engine-rest/group/create", HttpMethod.POST,
        new HttpEntity<>("{\"id\":\"sneaky\",\"name\":\"Sneaky\",\"type\":\"WORKFLOW\"}", json), String.class);
    assertThat(createGroup.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identity.createGroupQuery().groupId("sneaky").count()).isZero();
  }

  @Test
  void tasklistAcceptsACoordinatorAndRefusesAMemberAndAStranger() {
    assertThat(WebappLogin.login(http, "tasklist", TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD))
        .isEqualTo(HttpStatus.OK);
    assertThat(WebappLogin.login(http, "tasklist", TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(WebappLogin.login(http, "tasklist", "nobody", "guess")).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theOutboxIsForCoordinatorsOnly() {
    assertThat(http.getForEntity("/outbox", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(member().getForEntity("/outbox", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> page = coordinator().getForEntity("/outbox", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<h1>Outbox</h1>");
  }

  @Test
  void outsideTheDemoProfileThereIsNoDefaultUser() {
    assertThat(identity.createUserQuery().userId("coordinator").count()).isZero();
    assertThat(identity.createUserQuery().userId("admin").count()).isZero();
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    ResponseEntity<String> document = http.getForEntity("/v3/api-docs", String.class);

    assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(document.getBody()).contains("/api/v1/people");
    assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private TestRestTemplate coordinator() {
    return http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }

  private TestRestTemplate member() {
    return http.withBasicAuth(TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD);
  }
}
