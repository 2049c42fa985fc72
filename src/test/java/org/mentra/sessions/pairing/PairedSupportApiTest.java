package org.mentra.sessions.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.PersonRequest;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.domain.ChatStatus;
import org.mentra.sessions.pairing.domain.PairingMode;

/** The paired-support API: offers and booking (with a real race), sign-up rules, compatibility, pairing now. */
class PairedSupportApiTest extends PairingIntegrationTest {

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private ObjectMapper json;
  @Autowired
  private PersonRepository people;
  @Autowired
  private IdentityService identity;

  private final Instant start = NOW.plus(Duration.ofDays(3)).plus(Duration.ofHours(5));  // 17:00 UTC

  @BeforeEach
  void now() {
    at(NOW);
  }

  @Test
  void selfSelectOffersAreListedBestFirstAndBookingOneConfirmsItAtOnce() throws Exception {
    Event event = event("Choose your counselor", start, Duration.ofHours(3), PairingMode.SELF_SELECT);
    Person bob = patient("Bob Chen");
    Person first = counselor("Counselor One");
    Person john = counselor("John Doe");
    Person third = counselor("Counselor Three");
    compatibility(bob, first, 90);
    compatibility(bob, john, 76);
    compatibility(bob, third, 35);
    available(event, first, start, start.plus(Duration.ofHours(1)));
    available(event, john, start.plus(Duration.ofHours(1)), start.plus(Duration.ofHours(2)));
    available(event, third, start.plus(Duration.ofMinutes(30)), start.plus(Duration.ofMinutes(90)));

    JsonNode offers = json.readTree(coordinator().getForObject(
        "/api/v1/events/{id}/offers?patientId={p}", String.class, event.getId(), bob.getId()));

    assertThat(offers.findValuesAsText("name")).containsExactly("Counselor One", "John Doe", "Counselor Three");
    assertThat(offers.findValuesAsText("compatibility")).containsExactly("90", "76", "35");
    assertThat(offers.get(2).get("start").asText()).isEqualTo(start.plus(Duration.ofMinutes(30)).toString());

    ResponseEntity<String> booked = postJson("/api/v1/events/" + event.getId() + "/register", """
        {"userId": "%s", "counselorId": "%s", "start": "%s"}""".formatted(bob.getId(), john.getId(),
        start.plus(Duration.ofHours(1))));

    assertThat(booked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode registration = json.readTree(booked.getBody());
    assertThat(registration.get("status").asText()).isEqualTo("PAIRED");
    assertThat(registration.at("/chat/volunteerId").asText()).isEqualTo(john.getId().toString());
    assertThat(registration.at("/chat/status").asText()).isEqualTo("SCHEDULED");
    runDueJobs(event);
    assertThat(chatSession(chatOf(event, bob))).isWaitingAt("Timer_ReminderDue");
    assertThat(subjectsTo(bob)).anyMatch(s -> s.startsWith("Your chat with John Doe"));
    assertThat(json.readTree(coordinator().getForObject("/api/v1/events/{id}/offers?patientId={p}", String.class,
        event.getId(), patient("Mary Johnson").getId())).findValuesAsText("name"))
        .as("John's hour is taken").doesNotContain("John Doe");
  }

  @Test
  void aCounselorWhoseVolunteeringIsPausedIsOfferedForNoNewChat() throws Exception {
    Event event = event("Paused counselor", start, Duration.ofHours(3), PairingMode.SELF_SELECT);
    Person bob = patient("Bob Chen");
    Person susan = counselor("Susan Park");
    Person joe = counselor("Joe Martinez");
    available(event, susan, start, start.plus(Duration.ofHours(1)));
    available(event, joe, start, start.plus(Duration.ofHours(1)));
    joe.pauseUntil(NOW.plus(Duration.ofDays(14)), "a coordinator paused volunteering after a missed session.");
    people.save(joe);

    JsonNode offers = json.readTree(coordinator().getForObject(
        "/api/v1/events/{id}/offers?patientId={p}", String.class, event.getId(), bob.getId()));

    assertThat(offers.findValuesAsText("name")).containsExactly("Susan Park");
    assertThat(postJson("/api/v1/events/" + event.getId() + "/register", """
        {"userId": "%s", "counselorId": "%s", "start": "%s"}""".formatted(bob.getId(), joe.getId(), start))
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void twoPatientsRacingForTheSameOfferOneWinsAndTheOtherGets409() throws Exception {
    Event event = event("Race", start, Duration.ofHours(3), PairingMode.SELF_SELECT);
    Person susan = counselor("Susan Park");
    available(event, susan, start, start.plus(Duration.ofHours(1)));
    List<Person> racers = List.of(patient("Bob Chen"), patient("Mary Johnson"));
    CyclicBarrier together = new CyclicBarrier(racers.size());
    ExecutorService pool = Executors.newFixedThreadPool(racers.size());
    try {
      List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
      for (Person racer : racers) {
        answers.add(pool.submit(() -> {
          together.await(10, TimeUnit.SECONDS);
          return postJson("/api/v1/events/" + event.getId() + "/register", """
              {"userId": "%s", "counselorId": "%s", "start": "%s"}""".formatted(racer.getId(), susan.getId(), start));
        }));
      }
      List<HttpStatus> statuses = new ArrayList<>();
      for (Future<ResponseEntity<String>> answer : answers) {
        statuses.add(HttpStatus.valueOf(answer.get(30, TimeUnit.SECONDS).getStatusCode().value()));
      }
      assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
    } finally {
      pool.shutdownNow();
    }
    assertThat(chats(event)).singleElement().satisfies(c -> assertThat(c.getCounselorId()).isEqualTo(susan.getId()));
  }

  @Test
  void aPatientBookingTwoOffersAtOnceGetsOneChatAndA409() throws Exception {
    Event event = event("Double click", start, Duration.ofHours(3), PairingMode.SELF_SELECT);
    Person bob = patient("Bob Chen");
    List<Person> counselors = List.of(counselor("Susan Park"), counselor("Joe Martinez"));
    counselors.forEach(c -> available(event, c, start, start.plus(Duration.ofHours(1))));
    register(event, bob, start, start.plus(Duration.ofHours(1)));
    CyclicBarrier together = new CyclicBarrier(counselors.size());
    ExecutorService pool = Executors.newFixedThreadPool(counselors.size());
    List<HttpStatus> statuses = new ArrayList<>();
    try {
      List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
      for (Person counselor : counselors) {
        answers.add(pool.submit(() -> {
          together.await(10, TimeUnit.SECONDS);
          return postJson("/api/v1/events/" + event.getId() + "/register", """
              {"userId": "%s", "counselorId": "%s", "start": "%s"}""".formatted(bob.getId(), counselor.getId(), start));
        }));
      }
      for (Future<ResponseEntity<String>> answer : answers) {
        statuses.add(HttpStatus.valueOf(answer.get(30, TimeUnit.SECONDS).getStatusCode().value()));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
    assertThat(chats(event)).singleElement().satisfies(c -> assertThat(c.getPatientId()).isEqualTo(bob.getId()));
  }

  @Test
  void signUpsNeedAPatientWhoIsNotPausedBeforeTheCutoffWithWindowsInsideTheEvent() throws Exception {
    Event event = event("Rules", start, Duration.ofHours(3), PairingMode.AUTOMATIC);
    String path = "/api/v1/events/" + event.getId() + "/register";
    String oneHour = """
        {"userId": "%s", "availability": [{"start": "%s", "end": "%s"}]}""";
    Person counselor = counselor("Not A Patient");
    assertThat(postJson(path, oneHour.formatted(counselor.getId(), start, start.plus(Duration.ofHours(1))))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    Person paused = patient("Paused Patient");
    paused.pauseUntil(NOW.plus(Duration.ofDays(30)), "three missed sessions");
    people.save(paused);
    ResponseEntity<String> refused = postJson(path, oneHour.formatted(paused.getId(), start,
        start.plus(Duration.ofHours(1))));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(refused.getBody()).get("pausedUntil").asText())
        .isEqualTo(NOW.plus(Duration.ofDays(30)).toString());

    Person bob = patient("Bob Chen");
    ResponseEntity<String> outside = postJson(path, oneHour.formatted(bob.getId(), start.minus(Duration.ofHours(2)),
        start.minus(Duration.ofHours(1))));
    assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(outside.getBody()).get("errors").findValuesAsText("field")).containsExactly("availability[0]");

    ResponseEntity<String> signedUp = postJson(path, oneHour.formatted(bob.getUserId().orElse(bob.getId().toString()),
        start, start.plus(Duration.ofHours(1))));
    assertThat(signedUp.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(subjectsTo(bob)).contains("You are signed up: Rules");

    at(start.minus(Duration.ofHours(23)));
    ResponseEntity<String> late = postJson(path, oneHour.formatted(patient("Late Comer").getId(), start,
        start.plus(Duration.ofHours(1))));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody()).contains("Sign-ups for");
  }

  @Test
  void onlyCounselorsGiveAvailabilityAndOnlyStaffActForOthers() {
    Event event = event("Availability", start, Duration.ofHours(3), PairingMode.AUTOMATIC);
    String path = "/api/v1/events/" + event.getId() + "/counselors";
    String body = """
        {"counselorId": "%s", "windows": [{"start": "%s", "end": "%s"}], "slotMinutes": 45}""";
    Person patient = patient("Not A Counselor");
    assertThat(postJson(path, body.formatted(patient.getId(), start, start.plus(Duration.ofHours(2))))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    Person susan = counselor("Susan Park");
    ResponseEntity<String> asMember = http.withBasicAuth(TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD)
        .postForEntity(path, jsonEntity(body.formatted(susan.getId(), start, start.plus(Duration.ofHours(2)))),
            String.class);
    assertThat(asMember.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> saved = postJson(path, body.formatted(susan.getId(), start, start.plus(Duration.ofHours(2))));
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(saved.getBody()).contains("\"slotMinutes\":45");
    assertThat(availabilityService.find(event.getId(), susan.getId()).orElseThrow().slots()).hasSize(2);
  }

  @Test
  void compatibilityIsExplainedAndACoordinatorsScoreReplacesIt() throws Exception {
    Event event = event("Depression support", start, Duration.ofHours(3), PairingMode.AUTOMATIC);
    Person susan = counselor("Susan Park", List.of("en", "ko"), List.of("depression", "anxiety"));
    Person mary = patient("Mary Johnson", List.of("en"), List.of("anxiety"));
    Person ines = patient("Ines Moreau", List.of("fr"), List.of());

    JsonNode explained = json.readTree(coordinator().getForObject("/api/v1/compatibility/{p}/{c}?eventId={e}",
        String.class, mary.getId(), susan.getId(), event.getId()));
    assertThat(explained.get("pairable").asBoolean()).isTrue();
    assertThat(explained.get("explicit").asBoolean()).isFalse();
    assertThat(explained.get("score").asInt()).isEqualTo(30 + 30 + 10 + 2 * 3);
    assertThat(explained.get("reasons").findValuesAsText("")).isEmpty();
    assertThat(explained.get("reasons").toString()).contains("Both speak English", "depression, the event's theme",
        "Also experienced with anxiety");

    JsonNode noLanguage = json.readTree(coordinator().getForObject("/api/v1/compatibility/{p}/{c}", String.class,
        ines.getId(), susan.getId()));
    assertThat(noLanguage.get("pairable").asBoolean()).isFalse();
    assertThat(noLanguage.get("reasons").toString()).contains("No shared language");

    ResponseEntity<String> set = coordinator().exchange("/api/v1/compatibility/{p}/{c}", HttpMethod.PUT,
        jsonEntity("{\"score\": 85}"), String.class, mary.getId(), susan.getId());
    assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(set.getBody()).get("score").asInt()).isEqualTo(85);
    assertThat(json.readTree(set.getBody()).get("explicit").asBoolean()).isTrue();

    ResponseEntity<String> tooHigh = coordinator().exchange("/api/v1/compatibility/{p}/{c}", HttpMethod.PUT,
        jsonEntity("{\"score\": 101}"), String.class, mary.getId(), susan.getId());
    assertThat(tooHigh.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(tooHigh.getBody()).get("errors").findValuesAsText("field")).containsExactly("score");

    String block = "{\"blockerId\": \"%s\", \"blockedId\": \"%s\"}".formatted(susan.getId(), mary.getId());
    assertThat(coordinator().postForEntity("/api/v1/blocks", jsonEntity(block), String.class).getStatusCode())
        .as("safety's block, asked by pairing").isEqualTo(HttpStatus.CREATED);
    JsonNode blocked = json.readTree(coordinator().getForObject("/api/v1/compatibility/{p}/{c}", String.class,
        mary.getId(), susan.getId()));
    assertThat(blocked.get("blocked").asBoolean()).isTrue();
    assertThat(blocked.get("pairable").asBoolean()).isFalse();
  }

  @Test
  void aCoordinatorRunsThePairingNowAndListsTheChats() throws Exception {
    Instant start = NOW.plus(Duration.ofDays(9));
    Event event = event("Pair now", start, Duration.ofHours(3), PairingMode.AUTOMATIC);
    String pairing = "/api/v1/events/" + event.getId() + "/pairing";
    assertThat(coordinator().postForEntity(pairing, null, String.class).getStatusCode())
        .as("before counselors are invited").isEqualTo(HttpStatus.CONFLICT);
    advanceTo(start.minus(Duration.ofDays(7)), event);
    Person susan = counselor("Susan Park");
    Person bob = patient("Bob Chen");
    compatibility(bob, susan, 64);
    available(event, susan, start, start.plus(Duration.ofHours(1)));
    register(event, bob, start, start.plus(Duration.ofHours(2)));

    ResponseEntity<String> accepted = coordinator().postForEntity(pairing, null, String.class);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    runDueJobs(event);

    JsonNode chats = json.readTree(coordinator().getForObject("/api/v1/events/{id}/chats", String.class,
        event.getId()));
    assertThat(chats).singleElement().satisfies(chat -> {
      assertThat(chat.get("patientId").asText()).isEqualTo(bob.getId().toString());
      assertThat(chat.get("patientName").asText()).isEqualTo(bob.getDisplayName());
      assertThat(chat.get("volunteerId").asText()).isEqualTo(susan.getId().toString());
      assertThat(chat.get("volunteerName").asText()).isEqualTo(susan.getDisplayName());
      assertThat(chat.get("compatibility").asInt()).isEqualTo(64);
      assertThat(chat.get("start").asText()).isEqualTo(start.toString());
      assertThat(chat.get("status").asText()).isEqualTo("SCHEDULED");
    });
    assertThat(http.withBasicAuth(TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD)
        .getForEntity("/api/v1/events/{id}/chats", String.class, event.getId()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aPatientIsNamedByTheirPersonIdAsEverywhereInTheApi() throws Exception {
    Event event = event("Person ids", start, Duration.ofHours(3), PairingMode.AUTOMATIC);
    String platformId = "platform-" + UUID.randomUUID();
    Person bob = peopleService.create(new PersonRequest("Bob Chen", "bob." + platformId + "@pairing.test",
        "Europe/London", Set.of(Role.PATIENT), null, null, List.of("en"), null, null, platformId));
    String signUp = """
        {"userId": "%s", "availability": [{"start": "%s", "end": "%s"}]}""";
    String register = "/api/v1/events/" + event.getId() + "/register";

    ResponseEntity<String> byPlatformId = postJson(register, signUp.formatted(platformId, start,
        start.plus(Duration.ofHours(1))));
    ResponseEntity<String> byPersonId = postJson(register, signUp.formatted(bob.getId(), start,
        start.plus(Duration.ofHours(1))));

    assertThat(byPlatformId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(byPlatformId.getBody()).get("errors").findValuesAsText("field"))
        .containsExactly("userId");
    assertThat(byPersonId.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(byPersonId.getBody()).get("patientId").asText()).isEqualTo(bob.getId().toString());
    assertThat(registrationRepository.findByEventIdAndPatientId(event.getId(), bob.getId())).isPresent();
  }

  @Test
  void aPatientOrCounselorActsOnlyForThemselves() throws Exception {
    Event event = event("Only for yourself", start, Duration.ofHours(3), PairingMode.SELF_SELECT);
    String bobLogin = login();
    String susanLogin = login();
    Person bob = personWithLogin("Bob Chen", Role.PATIENT, bobLogin);
    Person susan = personWithLogin("Susan Park", Role.COUNSELOR, susanLogin);
    Person mary = patient("Mary Johnson");
    Person joe = counselor("Joe Martinez");
    String base = "/api/v1/events/" + event.getId();
    String window = """
        {"counselorId": "%s", "windows": [{"start": "%s", "end": "%s"}]}""";
    String booking = """
        {"userId": "%s", "counselorId": "%s", "start": "%s"}""";
    TestRestTemplate asBob = as(bobLogin);
    TestRestTemplate asSusan = as(susanLogin);

    assertThat(asSusan.postForEntity(base + "/counselors", jsonEntity(window.formatted(joe.getId(), start,
        start.plus(Duration.ofHours(1)))), String.class).getStatusCode()).as("another counselor's time")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(asSusan.postForEntity(base + "/counselors", jsonEntity(window.formatted(susan.getId(), start,
        start.plus(Duration.ofHours(2)))), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    available(event, joe, start, start.plus(Duration.ofHours(1)));

    assertThat(asBob.getForEntity(base + "/offers?patientId={p}", String.class, mary.getId()).getStatusCode())
        .as("another patient's offers").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(asBob.postForEntity(base + "/register", jsonEntity(booking.formatted(mary.getId(), susan.getId(),
        start)), String.class).getStatusCode()).as("booking for another patient").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(asBob.getForEntity(base + "/offers?patientId={p}", String.class, bob.getId()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(asBob.postForEntity(base + "/register", jsonEntity(booking.formatted(bob.getId(), susan.getId(), start)),
        String.class).getStatusCode()).as("for himself").isEqualTo(HttpStatus.CREATED);
    assertThat(postJson(base + "/register", booking.formatted(mary.getId(), joe.getId(), start)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    Chat bobs = chatOf(event, bob);
    Chat marys = chatOf(event, mary);

    assertThat(asBob.exchange(base + "/register?userId={u}", HttpMethod.DELETE, null, String.class, mary.getId())
        .getStatusCode()).as("withdrawing another patient").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(asBob.postForEntity(base + "/chats/" + marys.getId() + "/cancel", jsonEntity("""
        {"personId": "%s"}""".formatted(mary.getId())), String.class).getStatusCode())
        .as("calling off another patient's chat in her name").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(asSusan.postForEntity(base + "/chats/" + marys.getId() + "/cancel", jsonEntity("""
        {"personId": "%s"}""".formatted(susan.getId())), String.class).getStatusCode())
        .as("calling off a chat she is not in").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(asBob.getForEntity(base + "/chats", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(asBob.postForEntity(base + "/pairing", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(asBob.getForEntity("/api/v1/compatibility/{p}/{c}", String.class, bob.getId(), susan.getId())
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(chatRepository.findById(marys.getId()).orElseThrow().isLive()).isTrue();

    assertThat(asSusan.postForEntity(base + "/chats/" + bobs.getId() + "/cancel", jsonEntity("""
        {"personId": "%s"}""".formatted(susan.getId())), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(chatRepository.findById(bobs.getId()).orElseThrow().getStatus()).isEqualTo(ChatStatus.CANCELLED);
  }

  /** A login of its own (an engine user without groups, so not staff). */
  private String login() {
    String id = "pairing" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    User user = identity.newUser(id);
    user.setFirstName(id);
    user.setLastName("Test");
    user.setEmail(id + "@pairing.test");
    user.setPassword(id);
    identity.saveUser(user);
    return id;
  }

  private Person personWithLogin(String name, Role role, String login) {
    return peopleService.create(new PersonRequest(name, login + ".person@pairing.test", "Europe/London", Set.of(role),
        null, null, List.of("en"), null, null, login));
  }

  private TestRestTemplate as(String login) {
    return http.withBasicAuth(login, login);
  }

  private TestRestTemplate coordinator() {
    return http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }

  private ResponseEntity<String> postJson(String path, String body) {
    return coordinator().postForEntity(path, jsonEntity(body), String.class);
  }

  private static HttpEntity<String> jsonEntity(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
