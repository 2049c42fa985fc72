package org.mentra.sessions.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.engine.MessageCorrelator;
import org.mentra.sessions.mail.OutboundMessage;
import org.mentra.sessions.people.PeopleService;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.web.ApiException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** The no-show-accountability diagram, branch by branch, with the real services behind it. */
class NoShowAccountabilityProcessTest extends AccountabilityTest {

  @Autowired
  StrikeService strikeService;
  @Autowired
  PeopleService peopleService;
  @Autowired
  MessageCorrelator correlator;

  @Test
  void aFirstNoShowOfAPatientGetsACaringCheckInWithSupportAndAWayBack() {
    Person bob = person("Bob First", Role.PATIENT);

    AttendanceReport noShow = noShow(bob, ParticipantRole.PATIENT);
    ProcessInstance instance = caseOf(noShow);
    assertThat(instance).isWaitingAt("Task_RecordStrike");
    runDueJobs(instance);

    assertThat(instance).hasPassed("Task_RecordStrike", "Task_SendCaringCheckIn")
        .isWaitingAt("Gateway_ExplanationOrDeadline");
    assertThat(strikeOf(noShow).getStatus()).isEqualTo(StrikeStatus.ACTIVE);
    OutboundMessage mail = lastMailTo(bob);
    assertThat(mail.getSubject()).isEqualTo("We missed you — how are you doing?");
    assertThat(mail.getTextBody())
        .contains("Hi Bob,", "are you all right?", "(Europe/Berlin)", properties.rebookingUrl(), "/r/")
        .doesNotContainIgnoringCase("strike").doesNotContainIgnoringCase("failed");
    assertThat(properties.supportResources()).isNotEmpty().allSatisfy(resource -> {
      assertThat(mail.getTextBody()).contains(resource.name(), resource.text(), resource.url());
      assertThat(mail.getHtmlBody()).contains(resource.url());
    });

    fireNextTimer(instance);

    assertThat(instance).hasPassed("Timer_ExplanationWindowOver").isEnded();
    assertThat(strikeOf(noShow).getStatus()).isEqualTo(StrikeStatus.ACTIVE);
    assertThat(reload(bob).getReliability()).isLessThan(1.0);
  }

  @Test
  void aSecondNoShowBringsAClearKindReminderOfTheCommitment() {
    Person mary = person("Mary Second", Role.PATIENT);
    runDueJobs(caseOf(noShow(mary, ParticipantRole.PATIENT)));

    ProcessInstance second = caseOf(noShow(mary, ParticipantRole.PATIENT));
    runDueJobs(second);

    assertThat(second).hasPassed("Task_SendCommitmentReminder").hasNotPassed("Task_SendCaringCheckIn", "Task_PauseSignUps")
        .variables().containsEntry("activeStrikes", 2);
    OutboundMessage mail = lastMailTo(mary);
    assertThat(mail.getSubject()).isEqualTo("A gentle note about your missed sessions");
    assertThat(mail.getTextBody()).contains("That makes 2 sessions in the last 90 days",
        "when 3 sessions are missed without notice within 90 days, new sign-ups pause for 30 days",
        "Sessions you have already booked are never affected", "/r/");
    assertThat(reload(mary).getPausedUntil()).isEmpty();
  }

  @Test
  void aThirdNoShowPausesNewSignUpsUntilTheTimerLiftsThePauseAndSaysSo() {
    Person ines = person("Ines Third", Role.PATIENT);
    runDueJobs(caseOf(noShow(ines, ParticipantRole.PATIENT)));
    runDueJobs(caseOf(noShow(ines, ParticipantRole.PATIENT)));

    ProcessInstance third = caseOf(noShow(ines, ParticipantRole.PATIENT));
    runDueJobs(third);

    Instant until = reload(ines).getPausedUntil().orElseThrow();
    assertThat(until).isEqualTo(strikeOf(attendanceOf(third)).getPauseUntil().orElseThrow());
    assertThat(Duration.between(clock.instant(), until)).isEqualTo(properties.signUpPause());
    assertThat(third).hasPassed("Task_PauseSignUps", "Task_SendPauseNotice")
        .isWaitingAt("Gateway_ExplanationOrDeadline", "Gateway_PauseEndsOrLifted");
    OutboundMessage notice = lastMailTo(ines);
    assertThat(notice.getSubject()).isEqualTo("Your new sign-ups are paused for a while");
    assertThat(notice.getTextBody()).contains("new sign-ups are paused until", "(Europe/Berlin)",
        "This isn't a punishment", "/r/");
    assertThatThrownBy(() -> peopleService.ensureNotPaused(reload(ines))).isInstanceOfSatisfying(ApiException.class,
        e -> {
          assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
          assertThat(e.getBody().getProperties()).containsEntry("pausedUntil", until);
          assertThat(e.getBody().getDetail()).contains(until.toString(), "3 sessions were missed");
        });

    fireNextTimer(third); // the time to explain is over: the pause runs on
    assertThat(third).isWaitingAt("Gateway_PauseEndsOrLifted");
    Instant fired = fireNextTimer(third);

    assertThat(fired).isEqualTo(until);
    assertThat(third).hasPassed("Timer_PauseEnds", "Task_EndPause", "Task_SendPauseEnded").isEnded();
    assertThat(reload(ines).getPausedUntil()).isEmpty();
    assertThat(lastMailTo(ines).getSubject()).isEqualTo("Welcome back: your pause has ended");
    peopleService.ensureNotPaused(reload(ines));
  }

  private AttendanceReport attendanceOf(ProcessInstance instance) {
    String[] key = instance.getBusinessKey().split(":");
    Attendance record = attendanceRecords.findBySessionKindAndSessionIdAndPersonId(SessionKind.valueOf(key[0]),
        java.util.UUID.fromString(key[1]), java.util.UUID.fromString(key[2])).orElseThrow();
    return new AttendanceReport(record.getSessionKind(), record.getSessionId(), record.getPersonId(), record.getRole(),
        record.getStatus(), record.getSessionStart(), record.getSource());
  }
}
