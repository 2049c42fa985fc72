package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.calendar.InviteAssertions;
import org.mentra.sessions.mail.OutboundMessage;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.shared.Conflict;
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
import org.mentra.sessions.council.domain.CouncilStatus;

/** Cancelling a council (it ends every task and timer) and a confirmed mentor dropping out by link. */
class CouncilCancelAndDropOutTest extends CouncilIntegrationTest {

  @Autowired
  private TestRestTemplate http;

  @Test
  void cancellingWhileMentorsAreAskedEndsTheTimersAndTellsEveryone() {
    Person mentee = mentee();
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee, mentors, 3);
    ProcessInstance instance = process(council);
    runJobs(instance);
    answer(council, mentors.get(0), Map.of(0, Availability.AVAILABLE));

    councils.cancel(council.getId(), "Jordan's plans changed");
    runJobs(instance);

    assertThat(instance).isEnded();
    assertThat(management.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(status(council)).isEqualTo(CouncilStatus.CANCELLED);
    mentors.forEach(m -> assertThat(mails(m, "cancelled")).singleElement()
        .satisfies(mail -> assertThat(mail.getAttachments()).isEmpty()));
    assertThat(mails(mentee, "cancelled")).singleElement()
        .satisfies(mail -> assertThat(mail.getTextBody()).contains("Jordan's plans changed"));
    assertThatThrownBy(() -> councils.cancel(council.getId(), null)).isInstanceOf(Conflict.class);
  }

  @Test
  void cancellingAConfirmedCouncilSendsEveryoneInvitedACancelWithTheSameUidAndAHigherSequence() {
    Person mentee = mentee();
    List<Person> mentors = mentors(3);
    CouncilSession council = confirmed(mentee, mentors, 3);
    String invite = mails(mentee, "confirmation").get(0).getAttachments().get(0).getContent();

    councils.cancel(council.getId(), null);
    runJobs(process(council));

    assertThat(process(council)).isNull();
    for (Person person : List.of(mentee, mentors.get(0), mentors.get(1), mentors.get(2))) {
      OutboundMessage cancelled = mails(person, "cancelled").get(0);
      String cancel = cancelled.getAttachments().get(0).getContent();
      InviteAssertions.assertValidCancel(cancel);
      assertThat(InviteAssertions.uid(cancel)).isEqualTo(InviteAssertions.uid(invite));
      assertThat(InviteAssertions.sequence(cancel)).isGreaterThan(InviteAssertions.sequence(invite));
    }
  }

  @Test
  void aMentorDropsOutByLinkAndTheOthersGetTheUpdatedInvite() {
    Person mentee = mentee();
    List<Person> mentors = mentors(4);
    CouncilSession council = confirmed(mentee, mentors, 3);
    Person leaving = mentors.get(3);
    String dropOutLink = dropOutLink(council, leaving);

    assertThat(http.getForEntity(dropOutLink, String.class).getBody()).contains("Take me off the council");
    ResponseEntity<String> done = post(dropOutLink, "A family emergency");
    runJobs(process(council));

    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(done.getBody()).contains("Thank you for telling us");
    assertThat(status(council)).isEqualTo(CouncilStatus.CONFIRMED);
    assertThat(selectedMentors(council)).hasSize(3).doesNotContain(leaving.getId());
    assertThat(process(council)).isWaitingAt("Timer_FirstSessionReminder");
    for (Person staying : List.of(mentee, mentors.get(0), mentors.get(1), mentors.get(2))) {
      String updated = mails(staying, "invite-updated#1").get(0).getAttachments().get(0).getContent();
      InviteAssertions.assertValidRequest(updated);
      assertThat(InviteAssertions.sequence(updated)).isEqualTo(1);
      assertThat(InviteAssertions.attendees(updated)).doesNotContain(leaving.getEmail());
    }
    assertThat(process(council)).hasPassed("Task_SendDropOutCancellation", "Task_SendUpdatedInvites");
    assertCancelledFor(leaving);
    assertThat(post(dropOutLink, "again").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void aNoteTooLongToKeepIsAnAnswerWeCouldNotTakeAndTheLinkStillWorks() {
    List<Person> mentors = mentors(4);
    CouncilSession council = confirmed(mentee(), mentors, 3);
    Person leaving = mentors.get(3);
    String dropOutLink = dropOutLink(council, leaving);

    ResponseEntity<String> refused = post(dropOutLink, "x".repeat(100_000));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("We could not take this answer", "under 2000 characters", "Back to the form")
        .doesNotContain("Already done");
    assertThat(selectedMentors(council)).contains(leaving.getId());
    assertThat(post(dropOutLink, "A family emergency").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(selectedMentors(council)).doesNotContain(leaving.getId());
  }

  @Test
  void whenTooFewAreLeftAfterADropOutTheCoordinatorsStepInAndTheMentorStillGetsTheCancellation() {
    Person mentee = mentee();
    List<Person> mentors = mentors(3);
    CouncilSession council = confirmed(mentee, mentors, 3);
    Person leaving = mentors.get(1);

    ResponseEntity<String> done = post(dropOutLink(council, leaving), "");
    runJobs(process(council));

    assertThat(done.getBody()).contains("a cancellation for your calendar is on its way");
    assertThat(status(council)).isEqualTo(CouncilStatus.NEEDS_COORDINATOR);
    assertThat(process(council)).isWaitingAt("UserTask_ResolveCoordination")
        .hasPassed("Task_SendDropOutCancellation").hasNotPassed("Task_SendUpdatedInvites");
    assertCancelledFor(leaving);
    for (Person staying : List.of(mentee, mentors.get(0), mentors.get(2))) {
      assertThat(mails(staying, "invite-updated")).as("no update before the coordinators decide").isEmpty();
      assertThat(mails(staying, "drop-out-confirmed")).isEmpty();
    }
    assertThat(mails(mentee, "mentee-delay#1")).singleElement()
        .satisfies(m -> assertThat(m.getTextBody()).contains("can no longer take part"));
    assertThat(coordinatorMails(council, "coordination-needed#1")).isNotEmpty()
        .allSatisfy(m -> assertThat(m.getTextBody()).contains("dropped out"));
  }

  /** The mentor who dropped out has exactly one mail, with the CANCEL of the council's invite, for them alone. */
  private void assertCancelledFor(Person leaving) {
    String invite = mails(leaving, "confirmation").get(0).getAttachments().get(0).getContent();
    assertThat(mails(leaving, "drop-out-confirmed")).singleElement().satisfies(mail -> {
      String cancel = mail.getAttachments().get(0).getContent();
      InviteAssertions.assertValidCancel(cancel);
      assertThat(InviteAssertions.uid(cancel)).isEqualTo(InviteAssertions.uid(invite));
      assertThat(InviteAssertions.sequence(cancel)).isEqualTo(InviteAssertions.sequence(invite) + 1);
      assertThat(InviteAssertions.attendees(cancel)).containsExactly(leaving.getEmail());
    });
  }

  /** A council confirmed with every mentor, all available for the first slot. */
  private CouncilSession confirmed(Person mentee, List<Person> mentors, int minimum) {
    CouncilSession council = request(mentee, mentors, minimum);
    ProcessInstance instance = process(council);
    runJobs(instance);
    mentors.forEach(m -> answer(council, m, Map.of(0, Availability.AVAILABLE)));
    runJobs(instance);
    assertThat(status(council)).isEqualTo(CouncilStatus.CONFIRMED);
    return council;
  }

  private String dropOutLink(CouncilSession council, Person mentor) {
    String url = inTransaction(council, c -> links.dropOut(c, mentor.getId(), SLOTS.get(0)));
    return url.substring(url.indexOf("/r/"));
  }

  private ResponseEntity<String> post(String link, String comment) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("choice", "drop-out");
    form.add("comment", comment);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return http.postForEntity(link, new HttpEntity<>(form, headers), String.class);
  }
}
