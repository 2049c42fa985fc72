package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import static org.mentra.sessions.support.ConcernLinkAssertions.assertConcernLink;
import org.springframework.beans.factory.annotation.Autowired;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.links.ConcernContext;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.calendar.InviteAssertions;
import org.mentra.sessions.mail.OutboundMessage;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilStatus;
import org.mentra.sessions.council.domain.MentorResponse;
import org.mentra.sessions.council.mail.CouncilMail;

/** The council-session diagram, path by path, driven by its jobs and timers. */
class CouncilProcessTest extends CouncilIntegrationTest {
  @Autowired
  OneClickLinks links;


  @Test
  void everyoneAnswersEarlySoTheTimeIsChosenAtOnceAndTheCouncilIsConfirmed() {
    Person mentee = mentee();
    List<Person> mentors = mentors(4);
    CouncilSession council = request(mentee, mentors, 3);
    ProcessInstance instance = process(council);
    runJobs(instance);
    assertThat(instance).isWaitingAt("Task_WaitForAnswer");
    mentors.forEach(m -> assertThat(mails(m, "availability-request#1")).hasSize(1));

    answer(council, mentors.get(0), Map.of(0, Availability.AVAILABLE, 1, Availability.AVAILABLE));
    answer(council, mentors.get(1), Map.of(1, Availability.AVAILABLE, 2, Availability.TENTATIVE));
    answer(council, mentors.get(2), Map.of(1, Availability.TENTATIVE));
    answer(council, mentors.get(3), all(Availability.UNAVAILABLE));

    assertThat(instance).isWaitingAt("Task_SelectTime");
    runJobs(instance);

    assertThat(status(council)).isEqualTo(CouncilStatus.CONFIRMED);
    assertThat(confirmedStart(council)).isEqualTo(SLOTS.get(1));
    assertThat(selectedMentors(council)).containsExactlyInAnyOrder(mentors.get(0).getId(), mentors.get(1).getId(), mentors.get(2).getId());
    assertThat(instance).isWaitingAt("Timer_FirstSessionReminder");

    OutboundMessage menteeConfirmation = mails(mentee, "confirmation").get(0);
    String ics = menteeConfirmation.getAttachments().get(0).getContent();
    InviteAssertions.assertValidRequest(ics);
    assertThat(InviteAssertions.uid(ics)).isEqualTo(CouncilMail.inviteUid(council.getId()));
    ConcernContext aboutTheCouncil = ConcernContext.council(council.getId());
    assertConcernLink(menteeConfirmation, links, aboutTheCouncil);
    assertThat(InviteAssertions.start(ics)).isEqualTo(SLOTS.get(1));
    for (Person mentor : mentors.subList(0, 3)) {
      assertThat(mails(mentor, "confirmation")).singleElement()
          .satisfies(m -> assertThat(InviteAssertions.uid(m.getAttachments().get(0).getContent()))
              .isEqualTo(CouncilMail.inviteUid(council.getId())));
      assertConcernLink(mails(mentor, "confirmation").get(0), links, aboutTheCouncil);
      assertThat(mails(mentor, "preparation")).singleElement()
          .satisfies(m -> assertThat(m.getTextBody()).contains("How did you recover?"));
      assertThat(mails(mentor, "reminder")).isEmpty();
    }
    assertThat(mails(mentors.get(3), "thank-you")).hasSize(1);
    assertThat(mails(mentors.get(3), "confirmation")).isEmpty();

    fireTimer(instance, "Timer_FirstSessionReminder");
    fireTimer(instance, "Timer_LastSessionReminder");
    assertThat(mails(mentee, "session-reminder")).hasSize(2)
        .allSatisfy(m -> assertThat(m.getTextBody()).contains("/r/"))
        .allSatisfy(m -> assertConcernLink(m, links, aboutTheCouncil));
    fireTimer(instance, "Timer_SessionOver");

    assertThat(instance).isEnded();
    assertThat(status(council)).isEqualTo(CouncilStatus.COMPLETED);
  }

  @Test
  void aMentorWhoNeverAnswersGetsThreeFirmerRemindersAndIsCutOffAtTheDeadline() {
    Person mentee = mentee();
    List<Person> mentors = mentors(4);
    Person silent = mentors.get(3);
    CouncilSession council = request(mentee, mentors, 3);
    ProcessInstance instance = process(council);
    runJobs(instance);
    mentors.subList(0, 3).forEach(m -> answer(council, m, Map.of(0, Availability.AVAILABLE)));

    assertThat(timers(instance, "Timer_FirstReminder", null)).as("only the silent mentor's branch waits").hasSize(1);
    fireTimer(instance, "Timer_FirstReminder", silent);
    fireTimer(instance, "Timer_SecondReminder", silent);
    fireTimer(instance, "Timer_FinalReminder", silent);

    assertThat(mails(silent, "reminder-first#1")).hasSize(1);
    assertThat(mails(silent, "reminder-second#1")).singleElement()
        .satisfies(m -> assertThat(m.getTextBody()).contains("about 24 hours left to answer"));
    assertThat(mails(silent, "reminder-final#1")).singleElement()
        .satisfies(m -> assertThat(m.getSubject()).startsWith("Last call"))
        .satisfies(m -> assertThat(m.getTextBody()).contains("close in about 6 hours."));
    assertThat(coordinatorMails(council, "final-reminder-copy")).isNotEmpty()
        .allSatisfy(m -> assertThat(m.getTextBody()).contains(silent.getDisplayName()));
    mentors.subList(0, 3).forEach(m -> assertThat(mails(m, "reminder")).isEmpty());

    fireTimer(instance, "Timer_ResponseDeadline", silent);

    assertThat(response(council, silent)).isEqualTo(MentorResponse.NO_RESPONSE);
    assertThat(status(council)).isEqualTo(CouncilStatus.CONFIRMED);
    assertThat(confirmedStart(council)).isEqualTo(SLOTS.get(0));
    assertThat(selectedMentors(council)).hasSize(3).doesNotContain(silent.getId());
    assertThat(mails(silent, "thank-you")).isEmpty();
  }
}
