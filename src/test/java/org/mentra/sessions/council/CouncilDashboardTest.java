package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.support.PhoneLayout;
import org.mentra.sessions.support.TestUsers;
import org.mentra.sessions.support.VisibleText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilStatus;

/**
 * The coordination dashboard: every council with its answers so far and the time left, in words;
 * coordinators only.
 */
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
    assertThat(list.getBody()).contains(mentee.getDisplayName()).contains("Asking mentors")
        .contains("2 of 3 answered: 1 can come, 1 maybe").contains("(72 h 0 min left)");

    String detail = coordinator().getForObject("/coordination/councils/" + council.getId(), String.class);
    assertThat(detail).contains(mentors.get(2).getDisplayName()).contains("picked by the mentee")
        .contains("expertise matches the topic: burnout, career").contains("Mon 11 May 2026, 14:00: I can make it");

    assertThat(http.getForEntity("/coordination/councils", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth(TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD)
        .getForEntity("/coordination/councils", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theListOfCouncilsAndACouncilsMentorsBecomeCardsOnAPhone() {
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee(), mentors, 3);
    runJobs(process(council));
    mentors.forEach(m -> answer(council, m, Map.of(0, Availability.AVAILABLE)));
    runJobs(process(council));
    assertThat(status(council)).isEqualTo(CouncilStatus.CONFIRMED);

    String list = coordinator().getForObject("/coordination/councils", String.class);
    String detail = coordinator().getForObject("/coordination/councils/" + council.getId(), String.class);

    assertThat(PhoneLayout.assertEveryWideTableFits(list)).isEqualTo(1);
    assertThat(PhoneLayout.assertEveryWideTableFits(detail)).isEqualTo(1);
    assertThat(detail).contains("data-label=\"Per proposed slot\"", ": no answer", "https://");
    PhoneLayout.assertShownAddressesWrap(detail);
  }

  @Test
  void theCoordinatorsPagesSayEveryStatusAnswerAndSourceInWordsNeverAsACode() {
    Person mentee = mentee();
    List<Person> mentors = mentors(4);
    CouncilSession stuck = request(mentee, mentors, 3);
    runJobs(process(stuck));
    answer(stuck, mentors.get(0), Map.of(0, Availability.AVAILABLE));
    answer(stuck, mentors.get(1), Map.of(0, Availability.TENTATIVE, 1, Availability.UNAVAILABLE));
    answer(stuck, mentors.get(2), all(Availability.UNAVAILABLE));
    fireTimer(process(stuck), "Timer_ResponseDeadline");
    assertThat(status(stuck)).isEqualTo(CouncilStatus.NEEDS_COORDINATOR);
    List<Person> others = mentors(4);
    CouncilSession confirmed = request(mentee(), others, 3);
    runJobs(process(confirmed));
    others.forEach(m -> answer(confirmed, m, Map.of(0, Availability.AVAILABLE)));
    runJobs(process(confirmed));
    councils.dropOut(confirmed.getId(), others.get(3).getId(), "Sorry");
    runJobs(process(confirmed));

    String list = VisibleText.of(coordinator().getForObject("/coordination/councils", String.class));
    String stuckPage = VisibleText.of(coordinator().getForObject("/coordination/councils/" + stuck.getId(),
        String.class));
    String confirmedPage = VisibleText.of(coordinator().getForObject("/coordination/councils/" + confirmed.getId(),
        String.class));

    assertThat(list).contains("Waiting for a coordinator", "Confirmed");
    assertThat(stuckPage).contains("Can come", "Maybe", "Can't come", "No answer by the deadline",
        "Picked by the mentee");
    assertThat(confirmedPage).contains("Picked by the mentee, dropped out");
    for (String page : List.of(list, stuckPage, confirmedPage)) {
      assertThat(VisibleText.codesIn(page)).as(page).isEmpty();
    }
  }

  private TestRestTemplate coordinator() {
    return http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }
}
