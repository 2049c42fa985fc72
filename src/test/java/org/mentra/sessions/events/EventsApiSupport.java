package org.mentra.sessions.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.mentra.sessions.mail.OutboundMessage;
import org.mentra.sessions.mail.OutboxRepository;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.safety.HostVerificationService;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The events API as coordinators and members call it, with members of their own (a login and a person). */
abstract class EventsApiSupport extends IntegrationTest {

  @Autowired
  protected TestRestTemplate http;
  @Autowired
  protected ObjectMapper json;
  @Autowired
  protected PersonRepository people;
  @Autowired
  protected IdentityService identity;
  @Autowired
  protected OutboxRepository outbox;
  @Autowired
  protected TestEventParticipants participants;
  @Autowired
  private HostVerificationService hostVerification;

  /** A member: an engine login without groups and the person it belongs to. */
  protected record Member(String login, Person person) {
    UUID id() {
      return person.getId();
    }
  }

  protected Member member(String name, Plan plan, String zone) {
    String login = "ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    User user = identity.newUser(login);
    user.setFirstName(login);
    user.setLastName("Test");
    user.setEmail(login + "@events.test");
    user.setPassword(login);
    identity.saveUser(user);
    Person person = TestPeople.person(name, zone, Role.PATIENT, plan);
    person.setUserId(login);
    return new Member(login, people.save(person));
  }

  /** A member the coordinators verified as host: they may create professional events of their own. */
  protected Member verifiedHost(String name, Plan plan, String zone) {
    Member host = member(name, plan, zone);
    hostVerification.recordVerified(host.id(), "Registered counsellor", List.of("anxiety"), "the test's setup");
    return host;
  }

  protected Person person(String name) {
    return people.save(TestPeople.person(name, "Europe/London", Role.PATIENT, Plan.FREE));
  }

  protected ResponseEntity<String> asCoordinator(HttpMethod method, String path, String body) {
    return http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD)
        .exchange(path, method, entity(body), String.class);
  }

  protected ResponseEntity<String> as(Member member, HttpMethod method, String path, String body) {
    return http.withBasicAuth(member.login(), member.login()).exchange(path, method, entity(body), String.class);
  }

  protected JsonNode read(ResponseEntity<String> response, HttpStatus expected) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
    return response.getBody() == null ? json.nullNode() : json.readTree(response.getBody());
  }

  /** The problem's fields (400) after checking it is problem details. */
  protected List<String> fieldsOf(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    return json.readTree(response.getBody()).get("errors").findValuesAsText("field");
  }

  /** The problem's type (the last part of its URI), after checking the status and that it is problem details. */
  protected JsonNode problem(ResponseEntity<String> response, HttpStatus status) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    return json.readTree(response.getBody());
  }

  protected List<OutboundMessage> mailTo(Person person) {
    return outbox.findByRecipientPersonIdOrderByCreatedAt(person.getId());
  }

  protected static HttpEntity<String> entity(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
