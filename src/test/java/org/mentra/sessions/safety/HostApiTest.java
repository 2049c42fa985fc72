package org.mentra.sessions.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The hosts API: applying and the verification status with their problem details, and the gate on
 * professional events that members create (staff's are not gated).
 */
class HostApiTest extends IntegrationTest {

  static final Instant NOW = Instant.parse("2031-10-01T09:00:00Z");

  @Autowired
  TestRestTemplate http;
  @Autowired
  ObjectMapper json;
  @Autowired
  PersonRepository people;
  @Autowired
  IdentityService identity;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  HostVerificationService hosts;
  @Autowired
  HostVerificationProperties properties;

  @BeforeEach
  void freezeClock() {
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @Test
  void aMemberAppliesSeesTheStatusAndMayNotApplyTwiceNorBeforeTheReapplyDate() throws Exception {
    Member member = member("Mira Member");
    assertThat(read(get(member, member.person().getId()), HttpStatus.OK).get("status").asText()).isEqualTo("NONE");

    JsonNode filed = read(post(member, application(member.person().getId())), HttpStatus.CREATED);
    assertThat(filed.get("status").asText()).isEqualTo("IN_REVIEW");
    String id = filed.get("id").asText();
    JsonNode status = read(get(member, member.person().getId()), HttpStatus.OK);
    assertThat(status.get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(status.get("applicationId").asText()).isEqualTo(id);

    JsonNode open = problem(post(member, application(member.person().getId())), HttpStatus.CONFLICT);
    assertThat(open.get("detail").asText()).contains("already in review");
    assertThat(open.get("applicationId").asText()).isEqualTo(id);

    runJobs(id);
    Task credentials = tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult();
    tasks.complete(credentials.getId(), Map.of("credentialsDecision", "reject",
        "credentialsReason", "The licence number is not in the registry."));
    runJobs(id);

    JsonNode rejected = read(get(member, member.person().getId()), HttpStatus.OK);
    Instant reapplyAfter = NOW.plus(properties.reapplyAfter());
    assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
    assertThat(rejected.get("reason").asText()).isEqualTo("The licence number is not in the registry.");
    assertThat(Instant.parse(rejected.get("reapplyAfter").asText())).isEqualTo(reapplyAfter);
    JsonNode tooSoon = problem(post(member, application(member.person().getId())), HttpStatus.CONFLICT);
    assertThat(tooSoon.get("detail").asText()).contains("apply to host again from " + reapplyAfter);
    assertThat(tooSoon.get("reapplyAfter").asText()).isEqualTo(reapplyAfter.toString());

    ClockUtil.setCurrentTime(Date.from(reapplyAfter.plusSeconds(1)));
    assertThat(read(post(member, application(member.person().getId())), HttpStatus.CREATED).get("status").asText())
        .isEqualTo("IN_REVIEW");
  }

  @Test
  void badInputIsAProblemNamingEachFieldAndOthersMayNeitherApplyNorLook() throws Exception {
    Member member = member("Bea Bad");
    JsonNode bad = problem(post(member, "{\"personId\": \"" + UUID.randomUUID() + "\", \"credentials\": \" \", "
        + "\"expertise\": [], \"references\": [\"" + "x".repeat(301) + "\"]}"), HttpStatus.BAD_REQUEST);
    assertThat(bad.get("errors").findValuesAsText("field"))
        .containsExactly("personId", "credentials", "expertise", "references[0]");
    assertThat(problem(post(member, "{\"personId\": 42"), HttpStatus.BAD_REQUEST).get("status").asInt())
        .isEqualTo(400);
    assertThat(problem(post(member, "{\"credentials\": \"MSc\", \"expertise\": [\"grief\"], \"references\": "
        + "[\"Dr. Rao\"]}"), HttpStatus.BAD_REQUEST).get("errors").findValuesAsText("field"))
        .containsExactly("personId");

    Member other = member("Otto Other");
    assertThat(problem(post(other, application(member.person().getId())), HttpStatus.FORBIDDEN)
        .get("type").asText()).endsWith("/forbidden");
    problem(get(other, member.person().getId()), HttpStatus.FORBIDDEN);
    JsonNode unknown = problem(http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD)
        .getForEntity("/api/v1/hosts/" + UUID.randomUUID() + "/verification", String.class), HttpStatus.NOT_FOUND);
    assertThat(unknown.get("type").asText()).endsWith("/not-found");
    assertThat(problem(http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD)
        .getForEntity("/api/v1/hosts/not-a-uuid/verification", String.class), HttpStatus.BAD_REQUEST)
        .get("status").asInt()).isEqualTo(400);
  }

  @Test
  void onlyAVerifiedMemberCreatesProfessionalEventsOfTheirOwnAndStaffAreNotGated() throws Exception {
    Member member = member("Vera Verified");
    String workshop = event(member.person().getId(), "SKILL_BUILDING_WORKSHOP");
    JsonNode refused = problem(exchange(member, "/api/v1/events", workshop), HttpStatus.FORBIDDEN);
    assertThat(refused.get("type").asText()).endsWith("/host-not-verified");
    assertThat(refused.get("detail").asText()).contains("needs a verified host", "POST /api/v1/hosts/applications");
    assertThat(exchange(member, "/api/v1/events", event(member.person().getId(), "MEETUP")).getStatusCode())
        .as("other events need no verification").isEqualTo(HttpStatus.CREATED);
    assertThat(http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD)
        .postForEntity("/api/v1/events", entity(workshop), String.class).getStatusCode())
        .as("staff create professional events for any host").isEqualTo(HttpStatus.CREATED);

    hosts.recordVerified(member.person().getId(), "MSc Counselling", List.of("anxiety"), "a test");
    JsonNode verified = read(get(member, member.person().getId()), HttpStatus.OK);
    assertThat(verified.get("status").asText()).isEqualTo("VERIFIED");
    assertThat(Instant.parse(verified.get("expiresAt").asText())).isEqualTo(NOW.plus(properties.validFor()));
    assertThat(exchange(member, "/api/v1/events", workshop).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode notYet = problem(post(member, application(member.person().getId())), HttpStatus.CONFLICT);
    assertThat(notYet.get("renewableFrom").asText())
        .isEqualTo(NOW.plus(properties.validFor()).minus(properties.renewalNotice()).toString());

    ClockUtil.setCurrentTime(Date.from(NOW.plus(properties.validFor()).plus(Duration.ofMinutes(1))));
    assertThat(problem(exchange(member, "/api/v1/events", event(member.person().getId(), "GROUP_THERAPY")),
        HttpStatus.FORBIDDEN).get("type").asText()).as("run out, even before its timer fired")
        .endsWith("/host-not-verified");
  }

  @Test
  void bothEndpointsAreInTheOpenApiDocument() throws Exception {
    JsonNode paths = json.readTree(http.getForObject("/v3/api-docs", String.class)).get("paths");
    assertThat(paths.get("/api/v1/hosts/applications").get("post").get("summary").asText()).contains("Apply to host");
    assertThat(paths.get("/api/v1/hosts/{personId}/verification").get("get").get("summary").asText())
        .contains("host verification");
  }

  private record Member(String login, Person person) {}

  private Member member(String name) {
    String login = "hv" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    User user = identity.newUser(login);
    user.setFirstName(login);
    user.setLastName("Test");
    user.setEmail(login + "@hosts.test");
    user.setPassword(login);
    identity.saveUser(user);
    Person person = TestPeople.person(name, "Europe/London", Role.HOST, Plan.PROFESSIONAL);
    person.setUserId(login);
    return new Member(login, people.save(person));
  }

  private static String application(UUID personId) {
    return "{\"personId\": \"" + personId + "\", \"credentials\": \"MSc Counselling, BACP registered\", "
        + "\"expertise\": [\"anxiety\", \"grief\"], \"references\": [\"Dr. Rao, St Mary's, rao@example.org\"]}";
  }

  private static String event(UUID hostId, String type) {
    Instant start = NOW.plus(Duration.ofDays(20));
    return "{\"title\": \"Calm " + UUID.randomUUID().toString().substring(0, 6) + "\", \"kind\": \"GROUP\", "
        + "\"eventType\": \"" + type + "\", \"start\": \"" + start + "\", \"end\": \"" + start.plus(Duration.ofHours(1))
        + "\", \"timezone\": \"Europe/London\", \"hostId\": \"" + hostId + "\", \"maxParticipants\": 10}";
  }

  private ResponseEntity<String> post(Member member, String body) {
    return exchange(member, "/api/v1/hosts/applications", body);
  }

  private ResponseEntity<String> exchange(Member member, String path, String body) {
    return http.withBasicAuth(member.login(), member.login()).postForEntity(path, entity(body), String.class);
  }

  private ResponseEntity<String> get(Member member, UUID personId) {
    return http.withBasicAuth(member.login(), member.login())
        .getForEntity("/api/v1/hosts/" + personId + "/verification", String.class);
  }

  private JsonNode read(ResponseEntity<String> response, HttpStatus expected) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
    return json.readTree(response.getBody());
  }

  private JsonNode problem(ResponseEntity<String> response, HttpStatus status) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    return json.readTree(response.getBody());
  }

  private void runJobs(String businessKey) {
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult()
        .getId();
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(instance).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private static HttpEntity<String> entity(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
