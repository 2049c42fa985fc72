package org.mentra.sessions.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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

class PeopleApiTest extends IntegrationTest {

  @Autowired
  private TestRestTemplate http;

  @Autowired
  private PersonRepository people;

  @Autowired
  private ObjectMapper json;

  @Test
  void createsAPersonAndReadsItBack() throws Exception {
    String email = "ada." + UUID.randomUUID() + "@test.mentra.example";
    ResponseEntity<String> created = post("""
        {"displayName": "Ada Obi", "email": "%s", "timezone": "Africa/Lagos", "roles": ["MENTOR"],
         "plan": "PROFESSIONAL", "topics": [], "languages": ["en", "YO"], "expertise": [" Anxiety ", "career"],
         "seniority": 4}""".formatted(email));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(created.getBody());
    String id = body.get("id").asText();
    assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/people/" + id);
    assertThat(body.get("expertise")).hasToString("[\"anxiety\",\"career\"]");
    assertThat(body.get("languages")).hasToString("[\"en\",\"yo\"]");

    JsonNode read = json.readTree(coordinator().getForObject("/api/v1/people/" + id, String.class));
    assertThat(read.get("displayName").asText()).isEqualTo("Ada Obi");
    assertThat(read.get("timezone").asText()).isEqualTo("Africa/Lagos");
    assertThat(read.get("seniority").asInt()).isEqualTo(4);
    assertThat(read.get("reliability").asDouble()).isEqualTo(1.0);
  }

  @Test
  void aSecondPersonWithTheSameEmailIsAConflict() {
    String email = "twin." + UUID.randomUUID() + "@test.mentra.example";
    String person = """
        {"displayName": "Twin", "email": "%s", "timezone": "Europe/Rome", "roles": ["PATIENT"]}""";
    assertThat(post(person.formatted(email)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    ResponseEntity<String> again = post(person.formatted(email.toUpperCase()));

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(again.getBody()).contains("already exists");
  }

  @Test
  void manyRequestsAtOnceWithTheSameEmailCreateOnePersonAndAreAllConflictsOtherwise() throws Exception {
    int requests = 50;
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(requests);
    try {
      for (int round = 0; round < 3; round++) {
        String email = "rush." + UUID.randomUUID() + "@test.mentra.example";
        String body = """
            {"displayName": "Rush", "email": "%s", "timezone": "Europe/Rome", "roles": ["PATIENT"]}""".formatted(email);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<ResponseEntity<String>>> responses = new java.util.ArrayList<>();
        for (int i = 0; i < requests; i++) {
          responses.add(threads.submit(() -> {
            start.await();
            return post(body);
          }));
        }
        start.countDown();

        java.util.Map<HttpStatus, Integer> statuses = new java.util.EnumMap<>(HttpStatus.class);
        for (var response : responses) {
          ResponseEntity<String> answer = response.get(60, java.util.concurrent.TimeUnit.SECONDS);
          statuses.merge(HttpStatus.valueOf(answer.getStatusCode().value()), 1, Integer::sum);
          if (answer.getStatusCode() == HttpStatus.CONFLICT) {
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            // the same answer as the check before the insert gives, naming the person who has the email
            assertThat(answer.getBody()).contains("A person with email " + email + " already exists");
          }
        }
        assertThat(statuses).as("round " + round)
            .isEqualTo(java.util.Map.of(HttpStatus.CREATED, 1, HttpStatus.CONFLICT, requests - 1));
        assertThat(people.findByEmailIgnoreCase(email)).isPresent();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void badFieldsAreNamedInTheProblem() throws Exception {
    ResponseEntity<String> response = post("""
        {"displayName": "", "email": "not-an-email", "timezone": "EST", "roles": [], "seniority": 9}""");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = json.readTree(response.getBody());
    assertThat(problem.get("title").asText()).isEqualTo("Invalid request");
    assertThat(problem.get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("displayName", "email", "timezone", "roles", "seniority");
    assertThat(response.getBody()).doesNotContain("Exception");
  }

  @Test
  void anUnknownTimeZoneOrRoleAndBrokenJsonAreBadRequests() throws Exception {
    ResponseEntity<String> zone = post("""
        {"displayName": "X", "email": "x@test.mentra.example", "timezone": "Mars/Olympus", "roles": ["PATIENT"]}""");
    assertThat(json.readTree(zone.getBody()).get("errors").findValuesAsText("field")).containsExactly("timezone");

    ResponseEntity<String> role = post("""
        {"displayName": "X", "email": "x@test.mentra.example", "timezone": "Europe/Rome", "roles": ["WIZARD"]}""");
    assertThat(role.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(role.getBody()).get("errors").findValuesAsText("field")).containsExactly("roles[0]");

    ResponseEntity<String> broken = post("{\"displayName\": ");
    assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(broken.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void utcIsATimeZoneAnOffsetIsNot() throws Exception {
    for (String zone : java.util.List.of("UTC", "Etc/UTC")) {
      ResponseEntity<String> created = post("""
          {"displayName": "Zulu", "email": "zulu.%s@test.mentra.example", "timezone": "%s", "roles": ["HOST"]}"""
          .formatted(UUID.randomUUID(), zone));
      assertThat(created.getStatusCode()).as(zone).isEqualTo(HttpStatus.CREATED);
      assertThat(json.readTree(created.getBody()).get("timezone").asText()).isEqualTo(zone);
    }
    for (String zone : java.util.List.of("+02:00", "UTC+2", "nonsense")) {
      ResponseEntity<String> refused = post("""
          {"displayName": "Offset", "email": "offset.%s@test.mentra.example", "timezone": "%s", "roles": ["HOST"]}"""
          .formatted(UUID.randomUUID(), zone));
      assertThat(refused.getStatusCode()).as(zone).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(refused.getBody()).get("errors").findValuesAsText("field")).containsExactly("timezone");
    }
  }

  @Test
  void anUnknownOrMalformedIdIsAProblem() {
    ResponseEntity<String> unknown = coordinator().getForEntity("/api/v1/people/" + UUID.randomUUID(), String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

    ResponseEntity<String> malformed = coordinator().getForEntity("/api/v1/people/not-a-uuid", String.class);
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody()).contains("\"field\":\"id\"");
  }

  @Test
  void aMemberReadsTheirOwnProfileButNobodyElses() {
    Person me = TestPeople.person("Member Me", "Europe/Madrid", Role.PATIENT, Plan.FREE);
    me.setUserId(TestUsers.MEMBER + "-" + UUID.randomUUID());
    Person other = people.save(TestPeople.person("Someone Else", "Europe/Madrid", Role.PATIENT, Plan.FREE));
    // The member's login is "testmember": bind a fresh profile to it for this test.
    people.findByUserId(TestUsers.MEMBER).ifPresent(p -> {
      p.setUserId(null);
      people.save(p);
    });
    me.setUserId(TestUsers.MEMBER);
    me = people.save(me);

    TestRestTemplate member = http.withBasicAuth(TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD);
    assertThat(member.getForEntity("/api/v1/people/" + me.getId(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(member.getForEntity("/api/v1/people/" + other.getId(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String valid = """
        {"displayName": "Made Up", "email": "made.up@test.mentra.example", "timezone": "Europe/Rome", "roles": ["HOST"]}""";
    assertThat(member.postForEntity("/api/v1/people", new HttpEntity<>(valid, headers), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void anUnknownPathOrAMethodThePathDoesNotAllowIsAProblemToo() {
    ResponseEntity<String> unknown = coordinator().getForEntity("/api/v1/nothing-here", String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

    ResponseEntity<String> method = coordinator().exchange("/api/v1/people", org.springframework.http.HttpMethod.DELETE,
        null, String.class);
    assertThat(method.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(method.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void listsPeopleByRole() throws Exception {
    Person counselor = people.save(TestPeople.person("Listed Counselor", "Europe/Vienna", Role.COUNSELOR, Plan.FREE));

    JsonNode page = json.readTree(coordinator().getForObject("/api/v1/people?role=COUNSELOR&size=1000", String.class));

    assertThat(page.get("content").findValuesAsText("id")).contains(counselor.getId().toString());
    assertThat(page.get("content").findValues("roles")).allSatisfy(r -> assertThat(r.toString()).contains("COUNSELOR"));
    assertThat(page.get("page").get("size").asInt()).isEqualTo(1000);
  }

  private ResponseEntity<String> post(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return coordinator().postForEntity("/api/v1/people", new HttpEntity<>(body, headers), String.class);
  }

  private TestRestTemplate coordinator() {
    return http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }
}
