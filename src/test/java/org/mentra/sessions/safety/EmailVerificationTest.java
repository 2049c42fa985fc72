package org.mentra.sessions.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventFormat;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventRequest;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.events.registration.EventRegistrationProperties;
import org.mentra.sessions.mail.OutboundMessage;
import org.mentra.sessions.mail.OutboxRepository;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.Http;
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
 * A self-registered person confirms their address by the mailed link before a first registration: refused
 * with the mail sent once per window, the link's page changes nothing until its button is pressed, then the
 * registration goes through. People staff created are never asked.
 */
class EmailVerificationTest extends IntegrationTest {

  static final Instant NOW = Instant.parse("2031-11-03T10:00:00Z");
  private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+(/r/[A-Za-z0-9_\\-.]+)");

  @Autowired
  TestRestTemplate http;
  @Autowired
  ObjectMapper json;
  @Autowired
  PersonRepository people;
  @Autowired
  EventService events;
  @Autowired
  OutboxRepository outbox;
  @Autowired
  EventRegistrationProperties registration;
  @Autowired
  EmailVerificationProperties properties;

  Event event;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    Person host = people.save(TestPeople.person("Hal Host", "Europe/London", Role.HOST, Plan.PROFESSIONAL));
    var at = NOW.plus(Duration.ofDays(10)).atOffset(ZoneOffset.UTC);
    event = events.create(new EventRequest("Circle " + UUID.randomUUID().toString().substring(0, 6), "Together",
        null, null, EventKind.GROUP, EventFormat.VIRTUAL, at, at.plusHours(1), "Europe/London", host.getId(), 10,
        null, null, false, null, null, EventStatus.PUBLISHED));
  }

  @Test
  void aSelfRegisteredPersonConfirmsTheirAddressByTheLinkThenRegisters() throws Exception {
    UUID id = createPerson("Sally Selfmade", true);
    assertThat(people.getOrFail(id).isEmailVerified()).isFalse();

    JsonNode refused = problem(register(id), HttpStatus.FORBIDDEN);
    assertThat(refused.get("type").asText()).endsWith("/email-not-verified");
    assertThat(refused.get("detail").asText()).contains("we have sent a link to " + people.getOrFail(id).getEmail());
    problem(register(id), HttpStatus.FORBIDDEN);
    assertThat(verificationMails(id)).as("a retry at once sends no second mail").hasSize(1);
    ClockUtil.setCurrentTime(Date.from(NOW.plus(properties.resendAfter()).plusSeconds(1)));
    problem(register(id), HttpStatus.FORBIDDEN);
    assertThat(verificationMails(id)).as("after the window, a new link").hasSize(2);

    String link = link(verificationMails(id).get(1));
    Http anonymous = Http.anonymous(baseUrl());
    HttpResponse<String> page = anonymous.get(link);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Confirm your email address", "Confirm my address");
    assertThat(people.getOrFail(id).isEmailVerified()).as("opening the link changes nothing").isFalse();
    assertThat(register(id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    HttpResponse<String> confirmed = anonymous.postForm(link, Map.of("choice", "confirm"));
    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(confirmed.body()).contains("your address is confirmed");
    assertThat(people.getOrFail(id).isEmailVerified()).isTrue();
    HttpResponse<String> again = anonymous.postForm(link, Map.of("choice", "confirm"));
    assertThat(again.statusCode()).as("a used link reads kindly").isEqualTo(409);
    assertThat(again.body()).doesNotContain("Exception");

    assertThat(register(id).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(verificationMails(id)).hasSize(2);
  }

  @Test
  void anExpiredOrTamperedLinkIsAKindPageThatChangesNothing() {
    UUID id = createPerson("Tim Tardy", true);
    register(id);
    String link = link(verificationMails(id).get(0));
    Http anonymous = Http.anonymous(baseUrl());

    HttpResponse<String> tampered = anonymous.postForm(link.substring(0, link.length() - 2) + "xx",
        Map.of("choice", "confirm"));
    assertThat(tampered.statusCode()).isEqualTo(400);
    ClockUtil.setCurrentTime(Date.from(NOW.plus(properties.linkValidity()).plusSeconds(1)));
    HttpResponse<String> expired = anonymous.postForm(link, Map.of("choice", "confirm"));
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(people.getOrFail(id).isEmailVerified()).isFalse();
  }

  @Test
  void aPairedSupportSignUpWaitsForTheConfirmedAddressToo() throws Exception {
    var at = NOW.plus(Duration.ofDays(10)).atOffset(ZoneOffset.UTC);
    Event support = events.create(new EventRequest("Evening chats " + UUID.randomUUID().toString().substring(0, 6),
        null, null, "depression", EventKind.PAIRED_SUPPORT, null, at, at.plusHours(3), "Europe/London", null, null,
        null, null, null, 60, "AUTOMATIC", null));
    UUID id = createPerson("Pat Selfmade", true);
    String signUp = "{\"userId\": \"%s\", \"availability\": [{\"start\": \"%s\", \"end\": \"%s\"}]}"
        .formatted(id, at.toInstant(), at.plusHours(2).toInstant());

    JsonNode refused = problem(coordinator().postForEntity("/api/v1/events/" + support.getId() + "/register",
        entity(signUp), String.class), HttpStatus.FORBIDDEN);
    assertThat(refused.get("type").asText()).endsWith("/email-not-verified");
    assertThat(verificationMails(id)).hasSize(1);

    Http.anonymous(baseUrl()).postForm(link(verificationMails(id).get(0)), Map.of("choice", "confirm"));
    ResponseEntity<String> registered = coordinator().postForEntity("/api/v1/events/" + support.getId()
        + "/register", entity(signUp), String.class);
    assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aPersonStaffCreatedIsNeverAsked() throws Exception {
    UUID id = createPerson("Stef Staffmade", false);
    assertThat(people.getOrFail(id).isEmailVerified()).isTrue();

    assertThat(register(id).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(verificationMails(id)).isEmpty();
  }

  private UUID createPerson(String name, boolean selfRegistered) {
    String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8)
        + "@test.mentra.example";
    ResponseEntity<String> created = coordinator().postForEntity("/api/v1/people", entity("{\"displayName\": \""
        + name + "\", \"email\": \"" + email + "\", \"timezone\": \"Europe/London\", \"roles\": [\"PATIENT\"]"
        + (selfRegistered ? ", \"selfRegistered\": true" : "") + "}"), String.class);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    try {
      return UUID.fromString(json.readTree(created.getBody()).get("id").asText());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ResponseEntity<String> register(UUID personId) {
    return coordinator().postForEntity("/api/v1/events/" + event.getId() + "/register", entity(
        "{\"userId\": \"%s\", \"codeOfConductVersion\": \"%s\"}".formatted(personId,
            registration.codeOfConductVersion())), String.class);
  }

  private List<OutboundMessage> verificationMails(UUID personId) {
    return outbox.findByRecipientPersonIdOrderByCreatedAt(personId).stream()
        .filter(m -> m.getPurpose().equals("email-verification")).toList();
  }

  private static String link(OutboundMessage mail) {
    Matcher matcher = LINK.matcher(mail.getTextBody());
    assertThat(matcher.find()).as(mail.getTextBody()).isTrue();
    return matcher.group(1);
  }

  private JsonNode problem(ResponseEntity<String> response, HttpStatus status) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    return json.readTree(response.getBody());
  }

  private TestRestTemplate coordinator() {
    return http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }

  private static HttpEntity<String> entity(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
