package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.mentra.sessions.council.domain.CouncilSession;

/** The council API as the platform calls it: the contract's shapes, and problem details for everything wrong. */
class CouncilApiTest extends CouncilIntegrationTest {

  @Autowired
  private TestRestTemplate http;

  @Autowired
  private ObjectMapper json;

  @Test
  void requestsACouncilReadsItAnswersForAMentorAndCancelsIt() throws Exception {
    Person mentee = mentee();
    List<Person> mentors = mentors(3);

    ResponseEntity<String> created = send(HttpMethod.POST, "/api/v1/councils", body(mentee.getId(), "Burnout", SLOTS,
        mentors.stream().map(Person::getId).toList(), mentors.get(1).getId(), 3, 3));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode council = json.readTree(created.getBody());
    String id = council.get("id").asText();
    assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/councils/" + id);
    assertThat(council.get("status").asText()).isEqualTo("COLLECTING_AVAILABILITY");
    assertThat(Instant.parse(council.get("responseDeadline").asText())).isEqualTo(NOW.plusSeconds(72 * 3600));
    assertThat(council.get("mentors").findValuesAsText("mentorId"))
        .containsExactlyElementsOf(mentors.stream().map(m -> m.getId().toString()).toList());
    assertThat(council.get("mentors").get(1).get("lead").asBoolean()).isTrue();
    assertThat(council.get("mentors").get(0).get("response").asText()).isEqualTo("PENDING");
    runJobs(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult());

    ResponseEntity<String> answered = send(HttpMethod.PUT, "/api/v1/councils/" + id + "/mentors/"
        + mentors.get(0).getId() + "/response", """
        {"answers": [{"slotStart": "%s", "answer": "AVAILABLE"}, {"slotStart": "%s", "answer": "TENTATIVE"}],
         "conflictNote": "Wednesdays are tight", "alternativeProposals": [{"start": "2026-05-15T09:00:00+02:00",
         "end": "2026-05-15T10:00:00+02:00"}]}""".formatted(SLOTS.get(0), SLOTS.get(1)));
    assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);

    JsonNode read = json.readTree(send(HttpMethod.GET, "/api/v1/councils/" + id, null).getBody());
    JsonNode mentor = read.get("mentors").get(0);
    assertThat(mentor.get("response").asText()).isEqualTo("AVAILABLE");
    assertThat(mentor.get("availableSlots")).hasSize(1);
    assertThat(Instant.parse(mentor.get("availableSlots").get(0).asText())).isEqualTo(SLOTS.get(0));
    assertThat(mentor.get("conflictNote").asText()).isEqualTo("Wednesdays are tight");
    assertThat(Instant.parse(mentor.get("alternativeProposals").get(0).get("start").asText()))
        .isEqualTo(Instant.parse("2026-05-15T07:00:00Z"));
    assertThat(mentor.get("scoreReasons").toString()).contains("picked by the mentee");
    assertThat(read.get("proposedSlots")).hasSize(3);
    assertThat(read.has("confirmedSlot")).isFalse();

    ResponseEntity<String> cancelled = send(HttpMethod.POST, "/api/v1/councils/" + id + "/cancel",
        "{\"reason\": \"Plans changed\"}");
    assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(cancelled.getBody()).get("status").asText()).isEqualTo("CANCELLED");
    assertProblem(send(HttpMethod.POST, "/api/v1/councils/" + id + "/cancel", null), HttpStatus.CONFLICT, "conflict");
  }

  @Test
  void missingAndMalformedFieldsAreNamed() throws Exception {
    ResponseEntity<String> response = send(HttpMethod.POST, "/api/v1/councils", """
        {"topic": "", "proposedSlots": [{"start": "2026-05-11T14:00:00Z", "end": "2026-05-11T15:00:00Z"}],
         "mentorMinimum": 2, "mentorMaximum": 6}""");

    assertThat(fields(assertProblem(response, HttpStatus.BAD_REQUEST, "invalid-request")))
        .containsExactlyInAnyOrder("menteeId", "mentorMaximum", "mentorMinimum", "proposedSlots", "topic");
  }

  @Test
  void theRulesOfSlotsAndMentorsAreCheckedWithEveryProblemAtOnce() throws Exception {
    Person mentee = mentee();
    List<Person> mentors = mentors(3);
    Person paused = mentor("Paused Mentor", "Europe/Oslo");
    paused.pauseUntil(NOW.plusSeconds(30 * 86400), "resting");
    people.save(paused);
    Person notAMentor = people.save(org.mentra.sessions.support.TestPeople.person("Not Mentor", "Europe/Rome",
        org.mentra.sessions.people.Role.PATIENT, Plan.FREE));
    List<Instant> slots = List.of(Instant.parse("2026-05-05T10:00:00Z"), SLOTS.get(1), SLOTS.get(1).plusSeconds(1800));

    ResponseEntity<String> response = send(HttpMethod.POST, "/api/v1/councils", """
        {"menteeId": "%s", "topic": "Burnout",
         "proposedSlots": [{"start": "%s", "end": "%s"}, {"start": "%s", "end": "%s"}, {"start": "%s", "end": "%s"}],
         "mentorIds": ["%s", "%s", "%s", "%s"], "leadMentorId": "%s", "mentorMinimum": 5, "mentorMaximum": 4}"""
        .formatted(mentee.getId(), slots.get(0), slots.get(0).plusSeconds(5400), slots.get(1),
            slots.get(1).plusSeconds(3600), slots.get(2), slots.get(2).plusSeconds(3600), mentors.get(0).getId(),
            mentors.get(0).getId(), paused.getId(), notAMentor.getId(), mentors.get(2).getId()));

    JsonNode problem = assertProblem(response, HttpStatus.BAD_REQUEST, "invalid-request");
    assertThat(fields(problem)).contains("proposedSlots[0].end", "proposedSlots[0].start", "proposedSlots[2]",
        "mentorIds[1]", "mentorIds[2]", "mentorIds[3]", "mentorMaximum", "leadMentorId");
    assertThat(problem.toString()).contains("is paused until").contains("is not a mentor")
        .contains("lists the same mentor twice").contains("overlaps proposedSlots[1]");
  }

  @Test
  void onlyTheCouncilPlanBooksWithinItsMonthlyLimitAndNotWhilePaused() throws Exception {
    List<Person> mentors = mentors(3);
    Person premium = mentee();
    premium.setPlan(Plan.PREMIUM);
    people.save(premium);
    assertProblem(send(HttpMethod.POST, "/api/v1/councils", validBody(premium, mentors)), HttpStatus.FORBIDDEN,
        "plan-required");

    Person paused = mentee();
    paused.pauseUntil(NOW.plusSeconds(86400), "a break after missed sessions");
    people.save(paused);
    assertProblem(send(HttpMethod.POST, "/api/v1/councils", validBody(paused, mentors)), HttpStatus.FORBIDDEN,
        "paused");

    Person busy = mentee();
    for (int i = 0; i < 4; i++) {
      request(busy, mentors, 3);
    }
    JsonNode limit = assertProblem(send(HttpMethod.POST, "/api/v1/councils", validBody(busy, mentors)),
        HttpStatus.FORBIDDEN, "council-limit-reached");
    assertThat(limit.get("limit").asInt()).isEqualTo(4);
  }

  @Test
  void accessAndUnknownCouncils() {
    assertThat(http.getForEntity("/api/v1/councils/" + UUID.randomUUID(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertProblem(send(HttpMethod.GET, "/api/v1/councils/" + UUID.randomUUID(), null), HttpStatus.NOT_FOUND,
        "not-found");
    CouncilSession council = request(mentee(), mentors(3), 3);
    ResponseEntity<String> member = http.withBasicAuth(TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD)
        .getForEntity("/api/v1/councils/" + council.getId(), String.class);
    assertThat(member.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void anAnswerForAnUnknownSlotOrAfterTheDeadlineIsRefused() {
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee(), mentors, 3);
    String path = "/api/v1/councils/" + council.getId() + "/mentors/" + mentors.get(0).getId() + "/response";

    JsonNode problem = assertProblem(send(HttpMethod.PUT, path,
        "{\"answers\": [{\"slotStart\": \"2026-05-11T15:00:00Z\", \"answer\": \"AVAILABLE\"}]}"),
        HttpStatus.BAD_REQUEST, "invalid-request");
    assertThat(fields(problem)).containsExactly("answers[0].slotStart");
    assertProblem(send(HttpMethod.PUT, path, "{\"answers\": []}"), HttpStatus.BAD_REQUEST, "invalid-request");
    assertProblem(send(HttpMethod.PUT, "/api/v1/councils/" + council.getId() + "/mentors/" + UUID.randomUUID()
        + "/response", "{\"answers\": [{\"slotStart\": \"%s\", \"answer\": \"AVAILABLE\"}]}".formatted(SLOTS.get(0))),
        HttpStatus.NOT_FOUND, "not-found");

    ClockUtil.setCurrentTime(java.util.Date.from(NOW.plusSeconds(73 * 3600)));
    assertProblem(send(HttpMethod.PUT, path,
        "{\"answers\": [{\"slotStart\": \"%s\", \"answer\": \"AVAILABLE\"}]}".formatted(SLOTS.get(0))),
        HttpStatus.CONFLICT, "conflict");
  }

  @Test
  void slotsAndProposalsAreOneSessionLongAndWithinTheHorizon() throws Exception {
    Person mentee = mentee();
    List<Person> mentors = mentors(3);
    List<Instant> farAhead = List.of(SLOTS.get(0), SLOTS.get(1), Instant.parse("+99999-01-01T00:00:00Z"));
    JsonNode tooLate = assertProblem(send(HttpMethod.POST, "/api/v1/councils", body(mentee.getId(), "Burnout",
        farAhead, mentors.stream().map(Person::getId).toList(), null, 3, 3)), HttpStatus.BAD_REQUEST,
        "invalid-request");
    assertThat(fields(tooLate)).containsExactly("proposedSlots[2].start");
    assertThat(tooLate.toString()).contains("or earlier: councils are planned at most that far ahead");

    CouncilSession council = request(mentee, mentors, 3);
    String path = "/api/v1/councils/" + council.getId() + "/mentors/" + mentors.get(0).getId() + "/response";
    String answer = """
        {"answers": [{"slotStart": "%s", "answer": "AVAILABLE"}], "alternativeProposals": [%s]}""";
    JsonNode endless = assertProblem(send(HttpMethod.PUT, path, answer.formatted(SLOTS.get(0),
        "{\"start\": \"2026-05-15T07:00:00Z\", \"end\": \"+99999-01-01T00:00:00Z\"}")), HttpStatus.BAD_REQUEST,
        "invalid-request");
    assertThat(fields(endless)).containsExactly("alternativeProposals[0].end");
    JsonNode distant = assertProblem(send(HttpMethod.PUT, path, answer.formatted(SLOTS.get(0),
        "{\"start\": \"+99999-01-01T00:00:00Z\", \"end\": \"+99999-01-01T01:00:00Z\"}")), HttpStatus.BAD_REQUEST,
        "invalid-request");
    assertThat(fields(distant)).containsExactly("alternativeProposals[0].start");
    JsonNode brief = assertProblem(send(HttpMethod.PUT, path, answer.formatted(SLOTS.get(0),
        "{\"start\": \"2026-05-15T07:00:00Z\", \"end\": \"2026-05-15T07:00:01Z\"}")), HttpStatus.BAD_REQUEST,
        "invalid-request");
    assertThat(fields(brief)).containsExactly("alternativeProposals[0].end");

    assertThat(send(HttpMethod.PUT, path, answer.formatted(SLOTS.get(0),
        "{\"start\": \"2026-05-15T07:00:00Z\", \"end\": \"2026-05-15T08:00:00Z\"}")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private String validBody(Person mentee, List<Person> mentors) {
    return body(mentee.getId(), "Burnout", SLOTS, mentors.stream().map(Person::getId).toList(), null, 3, 3);
  }

  private static String body(UUID mentee, String topic, List<Instant> slots, List<UUID> mentors, UUID lead,
      int minimum, int maximum) {
    String slotJson = slots.stream().map(s -> "{\"start\": \"%s\", \"end\": \"%s\"}".formatted(s, s.plusSeconds(3600)))
        .collect(Collectors.joining(", "));
    String mentorJson = mentors.stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(", "));
    return """
        {"menteeId": "%s", "topic": "%s", "goals": "Find my footing", "questions": "How did you recover?",
         "proposedSlots": [%s], "mentorIds": [%s], %s "mentorMinimum": %d, "mentorMaximum": %d}"""
        .formatted(mentee, topic, slotJson, mentorJson, lead == null ? "" : "\"leadMentorId\": \"" + lead + "\",",
            minimum, maximum);
  }

  private ResponseEntity<String> send(HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD)
        .exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private JsonNode assertProblem(ResponseEntity<String> response, HttpStatus status, String type) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    try {
      JsonNode problem = json.readTree(response.getBody());
      assertThat(problem.get("type").asText()).endsWith("/" + type);
      assertThat(response.getBody()).doesNotContain("Exception");
      return problem;
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> fields(JsonNode problem) {
    return problem.get("errors").findValuesAsText("field");
  }
}
