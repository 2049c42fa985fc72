package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The coordination dashboard: every council with its answers so far and the time left; coordinators only. */
class CouncilDashboardTest extends CouncilIntegrationTest {

  @Autowired
  private TestRestTemplate http;

  @Test
  void coordinatorsSeeTheAnswersSoFarTheTimeLeftAndWhyEachMentorWasAsked() {
    Person mentee = mentee();
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee, mentors, 3);
    runJobs(process(council));
    answer(council, mentors.get(0), Map.of(0, Availability.AVAILABLE));
    answer(council, mentors.get(1), Map.of(1, Availability.TENTATIVE));

    ResponseEntity<String> list = coordinator().getForEntity("/coordination/councils", String.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).contains(mentee.getDisplayName()).contains("COLLECTING_AVAILABILITY")
        .contains("2 of 3 answered: 1 available, 1 tentative").contains("(72 h 0 min left)");

    String detail = coordinator().getForObject("/coordination/councils/" + council.getId(), String.class);
    assertThat(detail).contains(mentors.get(2).getDisplayName()).contains("picked by the mentee")
        .contains("expertise matches the topic: burnout, career").contains("Mon 11 May 2026, 14:00: I can make it");

    assertThat(http.getForEntity("/coordination/councils", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth(TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD)
        .getForEntity("/coordination/councils", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private TestRestTemplate coordinator() {
    return http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }
}
