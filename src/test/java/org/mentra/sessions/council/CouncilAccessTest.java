package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilStatus;
import org.mentra.sessions.council.domain.MentorResponse;
import org.mentra.sessions.shared.TimeRange;

/**
 * Who may call which council endpoint: staff everything; a mentee only their own councils; a mentor
 * only the councils they are asked for, and only their own answer. The member login is bound to the
 * person each test plays.
 */
class CouncilAccessTest extends CouncilIntegrationTest {

  @Autowired
  private TestRestTemplate http;

  @Autowired
  private ObjectMapper json;

  @Test
  void aMenteeBooksReadsAndCancelsOnlyTheirOwnCouncils() {
    List<Person> mentors = mentors(3);
    Person someoneElse = mentee();
    CouncilSession othersCouncil = request(someoneElse, mentors, 3);
    Person me = playedByMember(mentee());

    assertForbidden(send(HttpMethod.POST, "/api/v1/councils", body(someoneElse, mentors)));
    assertForbidden(send(HttpMethod.GET, "/api/v1/councils/" + othersCouncil.getId(), null));
    assertForbidden(send(HttpMethod.POST, "/api/v1/councils/" + othersCouncil.getId() + "/cancel", null));
    assertThat(councilRepository.findById(othersCouncil.getId()).orElseThrow().getStatus())
        .isEqualTo(CouncilStatus.COLLECTING_AVAILABILITY);

    ResponseEntity<String> created = send(HttpMethod.POST, "/api/v1/councils", body(me, mentors));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    String mine = read(created).get("id").asText();
    JsonNode read = read(send(HttpMethod.GET, "/api/v1/councils/" + mine, null));
    assertThat(read.get("mentors")).hasSize(3);
    assertThat(read.get("mentors").get(0).has("priorityScore")).as("scores are for staff").isFalse();
    assertThat(read.get("mentors").get(0).has("scoreReasons")).isFalse();

    assertForbidden(send(HttpMethod.PUT, "/api/v1/councils/" + mine + "/mentors/" + mentors.get(0).getId()
        + "/response", answer()));
    ResponseEntity<String> cancelled = send(HttpMethod.POST, "/api/v1/councils/" + mine + "/cancel", null);
    assertThat(cancelled.getStatusCode()).as(cancelled.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(read(cancelled).get("status").asText()).isEqualTo("CANCELLED");
  }

  @Test
  void aMentorReadsTheCouncilAndAnswersForThemselvesOnly() {
    List<Person> mentors = mentors(3);
    Person me = playedByMember(mentors.get(1));
    Person mentee = mentee();
    CouncilSession council = request(mentee, mentors, 3);
    CouncilSession notMine = request(mentee(), mentors(3), 3);
    runJobs(process(council));
    String path = "/api/v1/councils/" + council.getId();

    assertThat(send(HttpMethod.GET, path, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertForbidden(send(HttpMethod.GET, "/api/v1/councils/" + notMine.getId(), null));
    assertForbidden(send(HttpMethod.PUT, path + "/mentors/" + mentors.get(0).getId() + "/response", answer()));
    assertForbidden(send(HttpMethod.POST, path + "/cancel", null));
    assertForbidden(send(HttpMethod.POST, "/api/v1/councils", body(mentee, mentors(3))));

    ResponseEntity<String> answered = send(HttpMethod.PUT, path + "/mentors/" + me.getId() + "/response",
        answer().replace("}]}", "}], \"conflictNote\": \"Only mornings\"}"));
    assertThat(answered.getStatusCode()).as(answered.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(read(answered).get("conflictNote").asText()).isEqualTo("Only mornings");
    availability.answer(council.getId(), mentors.get(2).getId(), new MentorAnswer(
        List.of(new MentorAnswer.SlotAnswer(SLOTS.get(0), Availability.TENTATIVE)), "A private reason",
        List.of(TimeRange.starting(SLOTS.get(2).plusSeconds(7200), Duration.ofHours(1)))));
    JsonNode read = read(send(HttpMethod.GET, path, null));
    assertThat(read.get("mentors").get(1).get("conflictNote").asText()).as("their own note").isEqualTo("Only mornings");
    JsonNode other = read.get("mentors").get(2);
    assertThat(other.get("response").asText()).isEqualTo("TENTATIVE");
    assertThat(other.has("conflictNote")).as("another mentor's note is theirs and the coordinators'").isFalse();
    assertThat(other.has("alternativeProposals")).isFalse();
    CouncilSession stored = councilRepository.findById(council.getId()).orElseThrow();
    assertThat(stored.activeMentor(me.getId()).orElseThrow().getResponse()).isEqualTo(MentorResponse.AVAILABLE);
    assertThat(stored.activeMentor(mentors.get(0).getId()).orElseThrow().getResponse())
        .isEqualTo(MentorResponse.PENDING);
    assertThat(stored.getStatus()).isEqualTo(CouncilStatus.COLLECTING_AVAILABILITY);
  }

  /** Binds the member login to this person (the login belongs to one person at a time). */
  private Person playedByMember(Person person) {
    people.findByUserId(TestUsers.MEMBER).ifPresent(holder -> {
      holder.setUserId(null);
      people.saveAndFlush(holder);
    });
    person.setUserId(TestUsers.MEMBER);
    return people.save(person);
  }

  private ResponseEntity<String> send(HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD)
        .exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private void assertForbidden(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody()).doesNotContain("Exception");
  }

  private JsonNode read(ResponseEntity<String> response) {
    try {
      return json.readTree(response.getBody());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String body(Person mentee, List<Person> mentors) {
    String slots = SLOTS.stream().map(s -> "{\"start\": \"%s\", \"end\": \"%s\"}".formatted(s, s.plusSeconds(3600)))
        .collect(Collectors.joining(", "));
    String mentorIds = mentors.stream().map(m -> "\"" + m.getId() + "\"").collect(Collectors.joining(", "));
    return """
        {"menteeId": "%s", "topic": "Burnout", "proposedSlots": [%s], "mentorIds": [%s],
         "mentorMinimum": 3, "mentorMaximum": 3}""".formatted(mentee.getId(), slots, mentorIds);
  }

  private static String answer() {
    return "{\"answers\": [{\"slotStart\": \"%s\", \"answer\": \"AVAILABLE\"}]}".formatted(SLOTS.get(0));
  }
}
