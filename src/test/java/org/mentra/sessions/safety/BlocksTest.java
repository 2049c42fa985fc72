package org.mentra.sessions.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.council.CouncilProperties;
import org.mentra.sessions.council.CouncilRequest;
import org.mentra.sessions.council.CouncilService;
import org.mentra.sessions.council.MentorMatching;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventAudience;
import org.mentra.sessions.events.EventFormat;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventPrivacy;
import org.mentra.sessions.events.EventRequest;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.events.registration.EventRegistrationProperties;
import org.mentra.sessions.events.registration.EventRegistrationService;
import org.mentra.sessions.pairing.CompatibilityService;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.Refused;
import org.mentra.sessions.shared.TimeRange;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Blocks through the API, and what they keep apart: registration, private events, pairing, councils. */
class BlocksTest extends IntegrationTest {

  static final Instant NOW = Instant.parse("2031-06-01T09:00:00Z");

  @Autowired
  TestRestTemplate http;
  @Autowired
  ObjectMapper json;
  @Autowired
  PersonRepository people;
  @Autowired
  EventService events;
  @Autowired
  EventAudience audience;
  @Autowired
  EventRegistrationService registrations;
  @Autowired
  EventRegistrationProperties registrationProperties;
  @Autowired
  CompatibilityService compatibility;
  @Autowired
  CouncilService councils;
  @Autowired
  MentorMatching matching;
  @Autowired
  CouncilProperties councilProperties;
  @Autowired
  BlockService blocks;

  @BeforeEach
  void freezeClock() {
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @Test
  void aPersonBlocksForThemselvesAndSeesOnlyTheBlocksTheyMade() throws Exception {
    Person me = memberPerson("Mia Member");
    Person other = person("Otto Other", Role.PATIENT, Plan.FREE);

    ResponseEntity<String> created = post(member(), "/api/v1/blocks", body(me, other, "kept staring"));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = json.readTree(created.getBody()).get("id").asText();
    assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/blocks/" + id);
    ResponseEntity<String> again = post(member(), "/api/v1/blocks", body(me, other, null));
    assertThat(again.getStatusCode()).as("blocking twice keeps the one block").isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(again.getBody()).get("id").asText()).isEqualTo(id);

    JsonNode mine = json.readTree(member().getForObject("/api/v1/people/{id}/blocks", String.class, me.getId()));
    assertThat(mine.findValuesAsText("blockedId")).containsExactly(other.getId().toString());
    assertThat(mine.get(0).get("reason").asText()).isEqualTo("kept staring");
    assertThat(mine.get(0).get("origin").asText()).isEqualTo("PERSON");
    assertThat(json.readTree(coordinator().getForObject("/api/v1/people/{id}/blocks", String.class,
        other.getId()))).as("the blocks against someone are not theirs to list").isEmpty();
    assertProblem(member().getForEntity("/api/v1/people/{id}/blocks", String.class, other.getId()),
        HttpStatus.FORBIDDEN, "forbidden");
    assertProblem(post(member(), "/api/v1/blocks", body(other, me, null)), HttpStatus.FORBIDDEN, "forbidden");

    assertProblem(member().exchange("/api/v1/blocks/{id}", HttpMethod.DELETE, null, String.class, UUID.randomUUID()),
        HttpStatus.NOT_FOUND, "not-found");
    assertThat(member().exchange("/api/v1/blocks/{id}", HttpMethod.DELETE, null, String.class, id).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(blocks.blocks(me.getId(), other.getId())).isFalse();
  }

  @Test
  void badInputIsAProblemNamingTheField() throws Exception {
    Person me = person("Mia Self", Role.PATIENT, Plan.FREE);
    assertThat(fields(post(coordinator(), "/api/v1/blocks", body(me, me, null)))).containsExactly("blockedId");
    assertThat(fields(post(coordinator(), "/api/v1/blocks", "{\"blockerId\": \"%s\", \"blockedId\": \"%s\"}"
        .formatted(UUID.randomUUID(), me.getId())))).containsExactly("blockerId");
    assertThat(fields(post(coordinator(), "/api/v1/blocks", "{\"blockerId\": \"%s\"}".formatted(me.getId()))))
        .containsExactly("blockedId");
    assertThat(fields(post(coordinator(), "/api/v1/blocks",
        body(me, person("Bo Other", Role.PATIENT, Plan.FREE), "x".repeat(501))))).containsExactly("reason");
    assertProblem(coordinator().getForEntity("/api/v1/people/{id}/blocks", String.class, UUID.randomUUID()),
        HttpStatus.NOT_FOUND, "not-found");
    assertThat(post(coordinator(), "/api/v1/blocks", "{\"blockerId\": \"not-a-uuid\"}").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aModeratorsBlockIsLiftedByStaffOnly() throws Exception {
    Person me = memberPerson("Hana Host");
    Person other = person("Otto Reported", Role.PATIENT, Plan.FREE);
    Block block = blocks.blockByModeration(me.getId(), other.getId(), UUID.randomUUID(), "report upheld", "mod");

    assertProblem(member().exchange("/api/v1/blocks/{id}", HttpMethod.DELETE, null, String.class, block.id()),
        HttpStatus.FORBIDDEN, "forbidden");
    assertThat(coordinator().exchange("/api/v1/blocks/{id}", HttpMethod.DELETE, null, String.class, block.id())
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void aBlockedPersonCannotRegisterForTheHostsEventsNorSeeTheirPrivateOnes() {
    Person host = person("Hana Host", Role.HOST, Plan.PROFESSIONAL);
    Person blocked = person("Bert Blocked", Role.PATIENT, Plan.FREE);
    Person someone = person("Sam Someone", Role.PATIENT, Plan.FREE);
    Event open = event(host, EventPrivacy.PUBLIC);
    Event inviteOnly = event(host, EventPrivacy.INVITE_ONLY);
    Event privateOne = event(host, EventPrivacy.PRIVATE);
    audience.invite(inviteOnly.getId(), List.of(blocked.getId(), someone.getId()), null);
    audience.invite(privateOne.getId(), List.of(blocked.getId(), someone.getId()), null);
    blocks.blockByModeration(host.getId(), blocked.getId(), null, "test", "test");

    assertThatThrownBy(() -> registrations.register(open.getId(), blocked.getId(),
        registrationProperties.codeOfConductVersion()))
        .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.problemType()).isEqualTo("blocked-by-host"));
    assertThat(registrations.register(open.getId(), someone.getId(), registrationProperties.codeOfConductVersion())
        .created()).isTrue();

    EventAudience.Viewer blockedViewer = new EventAudience.Viewer(Optional.of(blocked), false);
    EventAudience.Viewer someoneViewer = new EventAudience.Viewer(Optional.of(someone), false);
    assertThat(audience.maySee(open, blockedViewer)).as("a public event stays visible").isTrue();
    assertThat(audience.maySee(inviteOnly, blockedViewer)).as("even though invited").isFalse();
    assertThat(audience.maySee(privateOne, blockedViewer)).isFalse();
    assertThat(audience.maySee(privateOne, someoneViewer)).isTrue();
    EventAudience.Filter byHost = new EventAudience.Filter(null, null, null, null, null, host.getId(), null, null,
        null);
    assertThat(audience.find(byHost, blockedViewer, Pageable.unpaged()).map(Event::getId))
        .containsExactly(open.getId());
    assertThat(audience.find(byHost, someoneViewer, Pageable.unpaged()).map(Event::getId))
        .containsExactlyInAnyOrder(open.getId(), inviteOnly.getId(), privateOne.getId());
  }

  @Test
  void aBlockedPairIsNeverPairedWhicheverOfThemBlocked() {
    Person patient = person("Pat Patient", Role.PATIENT, Plan.FREE);
    Person counselor = person("Cora Counselor", Role.COUNSELOR, Plan.FREE);
    Person other = person("Carl Counselor", Role.COUNSELOR, Plan.FREE);
    blocks.blockByModeration(counselor.getId(), patient.getId(), null, "test", "test");

    assertThat(compatibility.explain(patient.getId(), counselor.getId(), Optional.empty()).pairable()).isFalse();
    assertThat(compatibility.explain(patient.getId(), counselor.getId(), Optional.empty()).blocked()).isTrue();
    assertThat(compatibility.explain(patient.getId(), other.getId(), Optional.empty()).blocked()).isFalse();
    blocks.blockByModeration(patient.getId(), other.getId(), null, "test", "test");
    assertThat(compatibility.explain(patient.getId(), other.getId(), Optional.empty()).blocked())
        .as("the patient blocked this one").isTrue();
  }

  @Test
  void aCouncilNeverHoldsTwoWhoBlockedEachOther() {
    String topic = "blocks-" + UUID.randomUUID().toString().substring(0, 8);
    Person mentee = person("Mo Mentee", Role.PATIENT, Plan.COUNCIL);
    mentee.setTopics(List.of(topic));
    people.save(mentee);
    Person blockedTheMentee = mentor("Blocked the mentee", topic);
    Person twin = mentor("Twin of the blocked", topic);
    Person pick = mentor("Picked", topic);
    Person blockedByPick = mentor("Blocked by the pick", topic);
    blocks.blockByModeration(blockedTheMentee.getId(), mentee.getId(), null, "test", "test");
    blocks.blockByModeration(pick.getId(), blockedByPick.getId(), null, "test", "test");

    assertThatThrownBy(() -> councils.register(request(mentee, List.of(blockedTheMentee.getId())), "test"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> {
          assertThat(e.problems()).extracting(p -> p.field()).containsExactly("mentorIds[0]");
          assertThat(e.problems().get(0).message()).contains("cannot be asked for this council")
              .doesNotContain("block");
        });
    assertThatThrownBy(() -> councils.register(request(mentee, List.of(pick.getId(), blockedByPick.getId())),
        "test")).isInstanceOfSatisfying(InvalidInput.class, e ->
        assertThat(e.problems()).extracting(p -> p.field()).containsExactly("mentorIds[1]"));

    UUID councilId = councils.register(request(mentee, List.of(pick.getId())), "test").getId();
    matching.match(councilId);
    assertThat(councils.get(councilId).activeMentors()).extracting(m -> m.getMentorId())
        .contains(pick.getId(), twin.getId()).doesNotContain(blockedTheMentee.getId(), blockedByPick.getId());
  }

  private CouncilRequest request(Person mentee, List<UUID> picks) {
    Instant first = NOW.plus(councilProperties.responseDeadline()).plus(councilProperties.noticePeriod())
        .plus(Duration.ofDays(1));
    List<TimeRange> slots = List.of(0, 1, 2).stream()
        .map(d -> TimeRange.starting(first.plus(Duration.ofDays(d)), councilProperties.sessionLength())).toList();
    return new CouncilRequest(mentee.getId(), "Blocks", null, null, slots, picks, null, 3, 5);
  }

  private Person mentor(String name, String topic) {
    Person mentor = TestPeople.person(name, "UTC", Role.MENTOR, Plan.FREE);
    mentor.setExpertise(List.of(topic));
    mentor.setSeniority(50);
    return people.save(mentor);
  }

  private Event event(Person host, EventPrivacy privacy) {
    var at = NOW.plus(Duration.ofDays(10)).atOffset(ZoneOffset.UTC);
    return events.create(new EventRequest("Circle " + UUID.randomUUID().toString().substring(0, 6), "Together",
        null, null, EventKind.GROUP, EventFormat.VIRTUAL, at, at.plusHours(1), "Europe/Berlin", host.getId(), 10,
        privacy, null, false, null, null, EventStatus.PUBLISHED));
  }

  private Person person(String name, Role role, Plan plan) {
    return people.save(TestPeople.person(name, "Europe/Berlin", role, plan));
  }

  /** The member login belongs to one person at a time: binds it to a fresh one for this test. */
  private Person memberPerson(String name) {
    people.findByUserId(TestUsers.MEMBER).ifPresent(holder -> {
      holder.setUserId(null);
      people.saveAndFlush(holder);
    });
    Person person = TestPeople.person(name, "Europe/Berlin", Role.PATIENT, Plan.FREE);
    person.setUserId(TestUsers.MEMBER);
    return people.save(person);
  }

  private static String body(Person blocker, Person blocked, String reason) {
    return "{\"blockerId\": \"%s\", \"blockedId\": \"%s\"%s}".formatted(blocker.getId(), blocked.getId(),
        reason == null ? "" : ", \"reason\": \"" + reason + "\"");
  }

  private List<String> fields(ResponseEntity<String> response) throws Exception {
    assertProblem(response, HttpStatus.BAD_REQUEST, "invalid-request");
    return json.readTree(response.getBody()).get("errors").findValuesAsText("field");
  }

  private void assertProblem(ResponseEntity<String> response, HttpStatus status, String type) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(json.readTree(response.getBody()).get("type").asText()).endsWith("/" + type);
  }

  private static ResponseEntity<String> post(TestRestTemplate as, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as.postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  private TestRestTemplate coordinator() {
    return http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }

  private TestRestTemplate member() {
    return http.withBasicAuth(TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD);
  }
}
