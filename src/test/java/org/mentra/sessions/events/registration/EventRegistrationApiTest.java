package org.mentra.sessions.events.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventAudience;
import org.mentra.sessions.events.EventPrivacy;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.support.TestUsers;
import org.mentra.sessions.web.ApiExceptionHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** POST/DELETE /api/v1/events/{id}/register and GET …/participants for group events, and their problems. */
class EventRegistrationApiTest extends RegistrationTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  ObjectMapper json;
  @Autowired
  EventAudience audience;

  @Test
  void seatsThenTheWaitlistWithPriorityPlansFirstAndTheHostsListOfParticipants() throws Exception {
    Person host = person("Hana Host", Plan.PROFESSIONAL);
    Event event = groupEvent(host, 1, false, null);
    Person ana = person("Ana First", Plan.FREE);
    Person ben = person("Ben Second", Plan.FREE);
    Person pia = person("Pia Premium", Plan.PREMIUM);

    ResponseEntity<String> first = register(event, ana, "2026-01");
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(first.getBody()).get("status").asText()).isEqualTo("CONFIRMED");
    assertThat(json.readTree(first.getBody()).has("waitlistPosition")).isFalse();
    ResponseEntity<String> again = register(event, ana, null);
    assertThat(again.getStatusCode()).as("a repeated registration answers where they stand").isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(again.getBody()).get("status").asText()).isEqualTo("CONFIRMED");

    JsonNode benAnswer = json.readTree(register(event, ben, "2026-01").getBody());
    assertThat(benAnswer.get("status").asText()).isEqualTo("WAITLISTED");
    assertThat(benAnswer.get("waitlistPosition").asInt()).isEqualTo(1);
    JsonNode piaAnswer = json.readTree(register(event, pia, "2026-01").getBody());
    assertThat(piaAnswer.get("status").asText()).isEqualTo("WAITLISTED");
    assertThat(piaAnswer.get("waitlistPosition").asInt()).as("premium, within the priority window").isEqualTo(1);

    JsonNode list = json.readTree(coordinator().getForObject(participants(event), String.class));
    assertThat(list.findValuesAsText("userId")).containsExactly(ana.getId().toString(), pia.getId().toString(),
        ben.getId().toString());
    assertThat(list.findValuesAsText("status")).containsExactly("CONFIRMED", "WAITLISTED", "WAITLISTED");
    assertThat(list.get(2).get("waitlistPosition").asInt()).isEqualTo(2);
    assertThat(list.get(0).get("displayName").asText()).isEqualTo("Ana First");

    assertThat(member().getForEntity(participants(event), String.class).getStatusCode())
        .as("neither host nor staff").isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void afterThePriorityWindowAPremiumPlanQueuesByArrival() throws Exception {
    Event event = groupEvent(person("Hana Host", Plan.PROFESSIONAL), 1, false, null);
    register(event, person("Ana First", Plan.FREE), "2026-01");
    Person ben = person("Ben Second", Plan.FREE);
    register(event, ben, "2026-01");
    advance(properties.priorityWindow().plusMinutes(1));

    JsonNode late = json.readTree(register(event, person("Pia Late", Plan.PREMIUM), "2026-01").getBody());

    assertThat(late.get("waitlistPosition").asInt()).isEqualTo(2);
  }

  @Test
  void eachRefusalIsA403NamingItsReason() throws Exception {
    Person host = person("Hana Host", Plan.PROFESSIONAL);
    Event premiumOnly = groupEvent(host, 10, false, Plan.PREMIUM);
    Event open = groupEvent(host, 10, false, null);

    assertRefused(register(premiumOnly, person("Fred Free", Plan.FREE), "2026-01"), "plan-required",
        "Premium plan or higher");
    assertThat(register(premiumOnly, person("Pro Fessional", Plan.PROFESSIONAL), "2026-01").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(register(premiumOnly, person("Cora Council", Plan.COUNCIL), "2026-01").getStatusCode())
        .as("council is no premium tier").isEqualTo(HttpStatus.FORBIDDEN);

    Person paused = person("Paula Paused", Plan.FREE);
    paused.pauseUntil(NOW.plus(Duration.ofDays(20)), "three missed sessions");
    people.save(paused);
    JsonNode pause = assertRefused(register(open, paused, "2026-01"), "paused", "paused until");
    assertThat(pause.get("pausedUntil").asText()).isEqualTo(NOW.plus(Duration.ofDays(20)).toString());

    Person newcomer = person("Nina New", Plan.FREE);
    JsonNode conduct = assertRefused(register(open, newcomer, null), "code-of-conduct-required",
        "first registration");
    assertThat(conduct.get("codeOfConductVersion").asText()).isEqualTo(properties.codeOfConductVersion());
    assertRefused(register(open, newcomer, "2025-old"), "code-of-conduct-required", "you sent \"2025-old\"");
    assertThat(register(open, newcomer, "2026-01").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(register(groupEvent(host, 10, false, null), newcomer, null).getStatusCode())
        .as("accepted once, it is stored").isEqualTo(HttpStatus.CREATED);

    Person blocked = person("Bert Blocked", Plan.FREE);
    assertThat(post(coordinator(), "/api/v1/blocks", "{\"blockerId\": \"%s\", \"blockedId\": \"%s\"}"
        .formatted(host.getId(), blocked.getId())).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode block = assertRefused(register(open, blocked, "2026-01"), "blocked-by-host", "asked not to have you");
    assertThat(block.toString()).as("no details of the block").doesNotContain(host.getId().toString());
    assertThat(registrationRepository.findByEventIdAndPersonId(open.getId(), blocked.getId())).isEmpty();
  }

  @Test
  void anInviteOnlyEventTakesItsInviteesAndARestrictedEventOneMayNotSeeIsNotFound() throws Exception {
    Person host = person("Hana Host", Plan.PROFESSIONAL);
    Event inviteOnly = groupEvent(host, 10, EventPrivacy.INVITE_ONLY);
    Event privateOne = groupEvent(host, 10, EventPrivacy.PRIVATE);
    Person fred = person("Fred Uninvited", Plan.FREE);

    JsonNode notInvited = assertRefused(register(inviteOnly, fred, "2026-01"), "not-invited", "is invite-only");
    assertThat(notInvited.get("eventId").asText()).isEqualTo(inviteOnly.getId().toString());
    assertThat(registrationRepository.findByEventIdAndPersonId(inviteOnly.getId(), fred.getId())).isEmpty();
    audience.invite(inviteOnly.getId(), List.of(fred.getId()), null);
    assertThat(register(inviteOnly, fred, "2026-01").getStatusCode()).as("once invited")
        .isEqualTo(HttpStatus.CREATED);

    Person me = memberPerson("Mia Outsider");
    String body = "{\"userId\": \"%s\", \"codeOfConductVersion\": \"2026-01\"}".formatted(me.getId());
    for (Event hidden : List.of(inviteOnly, privateOne)) {
      String path = "/api/v1/events/" + hidden.getId();
      assertThat(member().getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      ResponseEntity<String> answer = post(member(), path + "/register", body);
      assertThat(answer.getStatusCode()).as("register answers like GET: " + answer.getBody())
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
    audience.invite(privateOne.getId(), List.of(me.getId()), null);
    assertThat(post(member(), "/api/v1/events/" + privateOne.getId() + "/register", body).getStatusCode())
        .as("an invitee sees it and registers").isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void badInputIsA400NamingTheFieldAndOthersCannotActForYou() throws Exception {
    Event event = groupEvent(person("Hana Host", Plan.PROFESSIONAL), 10, false, null);
    String path = "/api/v1/events/" + event.getId() + "/register";

    assertThat(fields(post(coordinator(), path, "{}"))).containsExactly("userId");
    assertThat(fields(post(coordinator(), path, "{\"userId\": \"nobody\"}"))).containsExactly("userId");
    assertThat(fields(post(coordinator(), path, "[1, 2]"))).containsExactly("userId");
    assertThat(fields(post(coordinator(), path, "{\"userId\": \"%s\", \"codeOfConductVersion\": 42}"
        .formatted(person("Ana", Plan.FREE).getId())))).containsExactly("codeOfConductVersion");
    assertThat(post(coordinator(), path, "{\"userId\": \"%s\"}".formatted(UUID.randomUUID())).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post(coordinator(), "/api/v1/events/" + UUID.randomUUID() + "/register",
        "{\"userId\": \"%s\", \"codeOfConductVersion\": \"2026-01\"}".formatted(person("Ana", Plan.FREE).getId()))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post(member(), path, "{\"userId\": \"%s\", \"codeOfConductVersion\": \"2026-01\"}"
        .formatted(person("Someone Else", Plan.FREE).getId())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(coordinator().exchange(path, HttpMethod.DELETE, null, String.class).getStatusCode())
        .as("DELETE without userId").isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aMemberRegistersAndCancelsForThemselvesAndTheSeatGoesToTheNextInLine() throws Exception {
    Event event = groupEvent(person("Hana Host", Plan.PROFESSIONAL), 1, false, null);
    Person me = memberPerson("Mia Member");
    Person next = person("Ned Next", Plan.FREE);
    String path = "/api/v1/events/" + event.getId() + "/register";

    assertThat(post(member(), path, "{\"userId\": \"%s\", \"codeOfConductVersion\": \"2026-01\"}"
        .formatted(me.getId())).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    register(event, next, "2026-01");
    assertThat(member().exchange(path + "?userId=" + me.getId(), HttpMethod.DELETE, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(member().exchange(path + "?userId=" + me.getId(), HttpMethod.DELETE, null, String.class)
        .getStatusCode()).as("nothing left to cancel").isEqualTo(HttpStatus.NOT_FOUND);

    JsonNode list = json.readTree(coordinator().getForObject(participants(event), String.class));
    assertThat(list.findValuesAsText("status")).containsExactly("OFFERED", "CANCELLED");
  }

  @Test
  void theOpenApiDocumentDescribesRegistration() throws Exception {
    JsonNode paths = json.readTree(http.getForObject("/v3/api-docs", String.class)).get("paths");

    JsonNode register = paths.get("/api/v1/events/{eventId}/register");
    assertThat(register.get("post").get("summary").asText()).contains("Register for an event");
    assertThat(register.get("post").get("description").asText()).contains("plan-required", "not-invited", "code-of-conduct-required",
        "blocked-by-host", "availability");
    assertThat(register.get("delete").get("parameters").findValuesAsText("name")).contains("userId");
    assertThat(paths.get("/api/v1/events/{eventId}/participants").get("get").get("summary").asText())
        .contains("host and coordinators");
  }

  /** The member login belongs to one person at a time: binds it to a fresh one for this test. */
  private Person memberPerson(String name) {
    people.findByUserId(TestUsers.MEMBER).ifPresent(holder -> {
      holder.setUserId(null);
      people.saveAndFlush(holder);
    });
    return personWithLogin(name, Plan.FREE, TestUsers.MEMBER);
  }

  private JsonNode assertRefused(ResponseEntity<String> response, String type, String detail) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = json.readTree(response.getBody());
    assertThat(problem.get("type").asText()).isEqualTo(ApiExceptionHandler.PROBLEM_TYPES + type);
    assertThat(problem.get("detail").asText()).contains(detail);
    return problem;
  }

  private List<String> fields(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    return json.readTree(response.getBody()).get("errors").findValuesAsText("field");
  }

  private ResponseEntity<String> register(Event event, Person person, String codeOfConduct) {
    String body = codeOfConduct == null ? "{\"userId\": \"%s\"}".formatted(person.getId())
        : "{\"userId\": \"%s\", \"codeOfConductVersion\": \"%s\"}".formatted(person.getId(), codeOfConduct);
    return post(coordinator(), "/api/v1/events/" + event.getId() + "/register", body);
  }

  private static ResponseEntity<String> post(TestRestTemplate as, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as.postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  private static String participants(Event event) {
    return "/api/v1/events/" + event.getId() + "/participants";
  }

  private void advance(Duration duration) {
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(clock.instant().plus(duration)));
  }

  private TestRestTemplate coordinator() {
    return http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }

  private TestRestTemplate member() {
    return http.withBasicAuth(TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD);
  }
}
