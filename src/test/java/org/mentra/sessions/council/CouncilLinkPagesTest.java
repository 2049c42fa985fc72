package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.support.VisibleText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.MentorResponse;
import org.mentra.sessions.shared.TimeRange;

/** The availability page behind the links of a request: what it shows, what a confirm does, and when it says no. */
class CouncilLinkPagesTest extends CouncilIntegrationTest {

  @Autowired
  private TestRestTemplate http;

  @Test
  void thePageShowsEverySlotInTheMentorsZoneWithTheClickedOnePreselectedAndGetChangesNothing() {
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee(), mentors, 3);
    runJobs(process(council));
    String link = link(council, mentors.get(0), 1);

    for (int prefetch = 0; prefetch < 2; prefetch++) {
      ResponseEntity<String> page = http.getForEntity(link, String.class);
      assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(page.getBody()).contains("Tuesday, 12 May 2026, 16:00–17:00 CEST (Europe/Berlin)")
          .containsPattern("name=\"slot-1\" value=\"AVAILABLE\"[^>]*checked")
          .doesNotContainPattern("name=\"slot-0\" value=\"[A-Z]+\"[^>]*checked")
          .contains("Send my answer").contains("Find my footing again");
    }
    assertThat(response(council, mentors.get(0))).isEqualTo(MentorResponse.PENDING);
  }

  @Test
  void aPerSlotLinkAddsToEarlierAnswersAndAnswersMayChangeUntilTheDeadline() {
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee(), mentors, 3);
    runJobs(process(council));
    Person mentor = mentors.get(0);

    assertThat(post(link(council, mentor, 0), Map.of("slot-0", "AVAILABLE", "alternative-0", "2026-05-14T18:30",
        "note", "Any evening works")).getBody()).contains("Your answer is saved");
    String second = http.getForEntity(link(council, mentor, 2), String.class).getBody();
    assertThat(second).containsPattern("name=\"slot-0\" value=\"AVAILABLE\"[^>]*checked")
        .containsPattern("name=\"slot-2\" value=\"AVAILABLE\"[^>]*checked")
        .contains("value=\"2026-05-14T18:30\"").contains("Any evening works");
    post(link(council, mentor, 2), Map.of("slot-0", "TENTATIVE", "slot-2", "AVAILABLE", "note", ""));

    Map<Instant, Availability> answers = this.<Map<Instant, Availability>>inTransaction(council, c -> c.mentor(mentor.getId()).orElseThrow().getAnswers());
    assertThat(answers).containsEntry(SLOTS.get(0), Availability.TENTATIVE).containsEntry(SLOTS.get(2),
        Availability.AVAILABLE).doesNotContainKey(SLOTS.get(1));
    java.util.Optional<String> note = inTransaction(council, c -> c.mentor(mentor.getId()).orElseThrow().getConflictNote());
    List<TimeRange> alternatives = inTransaction(council, c -> c.mentor(mentor.getId()).orElseThrow().getAlternatives());
    assertThat(note).isEmpty();
    assertThat(alternatives).isEmpty();

    ClockUtil.setCurrentTime(Date.from(NOW.plusSeconds(73 * 3600)));
    ResponseEntity<String> late = http.getForEntity(link(council, mentor, 0), String.class);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.GONE);
    assertThat(late.getBody()).contains("This link has expired");
  }

  @Test
  void noneOfTheseMarksEverySlotUnavailableAndBadLinksGetAFriendlyPage() {
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee(), mentors, 3);
    runJobs(process(council));
    String none = inTransaction(council, c -> links.noneOfThese(c, mentors.get(1).getId()));

    String page = http.getForEntity(none.substring(none.indexOf("/r/")), String.class).getBody();
    assertThat(page).containsPattern("name=\"slot-0\" value=\"UNAVAILABLE\"[^>]*checked")
        .containsPattern("name=\"slot-2\" value=\"UNAVAILABLE\"[^>]*checked").contains("none of these");

    ResponseEntity<String> tampered = http.getForEntity(link(council, mentors.get(1), 0) + "x", String.class);
    assertThat(tampered.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tampered.getBody()).contains("This link is not valid").doesNotContain("Exception");
    ResponseEntity<String> badTime = post(link(council, mentors.get(1), 0), Map.of("slot-0", "AVAILABLE",
        "alternative-0", "tomorrow-ish"));
    assertThat(badTime.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badTime.getBody()).contains("We could not take this answer", "is not a date and time");
    assertThat(response(council, mentors.get(1))).isEqualTo(MentorResponse.PENDING);
  }

  @Test
  void aValueThePageDidNotOfferIsAnAnswerWeCouldNotTakeAndTheLinkStillWorks() {
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee(), mentors, 3);
    runJobs(process(council));
    Person mentor = mentors.get(0);
    String link = link(council, mentor, 0);
    String huge = "x".repeat(100_000);

    for (Map<String, String> bad : List.of(Map.of("slot-0", "MAYBE"), Map.of("slot-0", huge),
        Map.of("slot-0", "AVAILABLE", "note", huge), Map.of("slot-0", "AVAILABLE", "alternative-0", huge),
        Map.of("slot-0", "AVAILABLE", "alternative-0", "99999-01-01T10:00"),
        Map.of("slot-0", "AVAILABLE", "alternative-0", "2030-01-01T10:00"))) {
      ResponseEntity<String> refused = post(link, bad);

      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).contains("We could not take this answer", "Nothing was saved", "Back to the form")
          .doesNotContain("This link is not valid", "Exception").hasSizeLessThan(20_000);
      assertThat(response(council, mentor)).isEqualTo(MentorResponse.PENDING);
    }
    assertThat(post(link, Map.of("slot-0", "AVAILABLE", "alternative-0", "2030-01-01T10:00")).getBody())
        .contains("Your proposed time 1 must be", "or earlier");
    ResponseEntity<String> noAnswer = post(link, Map.of("note", "Which one?"));
    assertThat(noAnswer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(VisibleText.of(noAnswer.getBody())).contains("Please choose an answer for at least one of the times.")
        .doesNotContain("answer answer");

    assertThat(post(link, Map.of("slot-0", "AVAILABLE")).getBody()).contains("Your answer is saved");
    assertThat(response(council, mentor)).isEqualTo(MentorResponse.AVAILABLE);
  }

  private String link(CouncilSession council, Person mentor, int slot) {
    String url = inTransaction(council, c -> links.slotAnswer(c, mentor.getId(), slot));
    return url.substring(url.indexOf("/r/"));
  }

  private ResponseEntity<String> post(String link, Map<String, String> fields) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    fields.forEach(form::add);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return http.postForEntity(link, new HttpEntity<>(form, headers), String.class);
  }
}
