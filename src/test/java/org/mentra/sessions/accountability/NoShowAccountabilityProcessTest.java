package org.mentra.sessions.accountability;

import org.mentra.sessions.shared.Refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.attendance.Attendance;
import org.mentra.sessions.attendance.AttendanceReport;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.mail.OutboundMessage;
import org.mentra.sessions.people.PeopleService;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.EngineRest;
import org.mentra.sessions.support.LoggedErrors;
import org.mentra.sessions.support.VisibleText;
import org.mentra.sessions.shared.Refused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.mentra.sessions.accountability.domain.Strike;
import org.mentra.sessions.accountability.domain.StrikeDecision;
import org.mentra.sessions.accountability.domain.StrikeStatus;
import org.mentra.sessions.accountability.mail.Letters;

/** The no-show-accountability diagram, branch by branch, with the real services behind it. */
class NoShowAccountabilityProcessTest extends AccountabilityTest {

  @Autowired
  StrikeService strikeService;
  @Autowired
  PeopleService peopleService;
  @Autowired
  PauseService pauses;
  @Autowired
  TestRestTemplate http;

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
    OutboundMessage mail = mail(bob, Letters.Letter.CARING_CHECK_IN);
    assertThat(mail.getSubject()).isEqualTo("We missed you — how are you doing?");
    assertThat(mail.getTextBody())
        .contains("Hi Bob,", "are you all right?", "(Europe/Berlin)", properties.rebookingUrl(), "/r/")
        .doesNotContainIgnoringCase("strike").doesNotContainIgnoringCase("failed");
    assertThat(crisis.forPerson(bob)).as("the lines of Bob's region (Berlin)").extracting(r -> r.name())
        .containsExactly("TelefonSeelsorge (Germany)");
    assertThat(crisis.forPerson(bob)).allSatisfy(resource -> {
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
    handledNoShow(mary, ParticipantRole.PATIENT);

    ProcessInstance second = caseOf(noShow(mary, ParticipantRole.PATIENT));
    runDueJobs(second);

    assertThat(second).hasPassed("Task_SendCommitmentReminder").hasNotPassed("Task_SendCaringCheckIn", "Task_PauseSignUps")
        .variables().containsEntry("activeStrikes", 2);
    OutboundMessage mail = mail(mary, Letters.Letter.COMMITMENT_REMINDER);
    assertThat(mail.getSubject()).isEqualTo("A gentle note about your missed sessions");
    assertThat(mail.getTextBody()).contains("That makes 2 sessions in the last 90 days",
        "when 3 sessions are missed without notice within 90 days, new sign-ups pause for 30 days",
        "Sessions you have already booked are never affected", "/r/");
    assertThat(reload(mary).getPausedUntil()).isEmpty();
  }

  @Test
  void aThirdNoShowPausesNewSignUpsUntilTheTimerLiftsThePauseAndSaysSo() {
    Person ines = person("Ines Third", Role.PATIENT);

    AttendanceReport thirdNoShow = thirdNoShow(ines);

    ProcessInstance third = caseOf(thirdNoShow);
    Instant until = reload(ines).getPausedUntil().orElseThrow();
    assertThat(until).isEqualTo(strikeOf(thirdNoShow).getPauseUntil().orElseThrow());
    assertThat(Duration.between(clock.instant(), until)).isEqualTo(properties.signUpPause());
    assertThat(third).hasPassed("Task_PauseSignUps", "Task_SendPauseNotice")
        .isWaitingAt("Gateway_ExplanationOrDeadline", "Gateway_PauseEndsOrLifted");
    OutboundMessage notice = mail(ines, Letters.Letter.SIGN_UPS_PAUSED);
    assertThat(notice.getSubject()).isEqualTo("Your new sign-ups are paused for a while");
    assertThat(notice.getTextBody()).contains("new sign-ups are paused until", "(Europe/Berlin)",
        "This isn't a punishment", "/r/");
    assertThatThrownBy(() -> peopleService.ensureNotPaused(reload(ines))).isInstanceOfSatisfying(Refused.class,
        e -> {
          assertThat(e.problemType()).isEqualTo("paused");
          assertThat(e.properties()).containsEntry("pausedUntil", until);
          assertThat(e.detail()).contains(until.toString(), "3 sessions were missed");
        });

    fireNextTimer(third); // the time to explain is over: the pause runs on
    assertThat(third).isWaitingAt("Gateway_PauseEndsOrLifted");
    Instant fired = fireNextTimer(third);

    assertThat(fired).isEqualTo(until);
    assertThat(third).hasPassed("Timer_PauseEnds", "Task_EndPause", "Task_SendPauseEnded").isEnded();
    assertThat(reload(ines).getPausedUntil()).isEmpty();
    assertThat(mail(ines, Letters.Letter.PAUSE_ENDED).getSubject()).isEqualTo("Welcome back: your pause has ended");
    peopleService.ensureNotPaused(reload(ines));
  }

  @Test
  void strikesForSessionsOlderThanTheWindowNoLongerCount() {
    Person joe = person("Joe Window", Role.PATIENT);
    handledNoShow(joe, ParticipantRole.PATIENT);
    handledNoShow(joe, ParticipantRole.PATIENT);

    advance(properties.strikeWindow().plusDays(1));
    ProcessInstance later = caseOf(noShow(joe, ParticipantRole.PATIENT));
    runDueJobs(later);

    assertThat(later).hasPassed("Task_SendCaringCheckIn").hasNotPassed("Task_PauseSignUps")
        .variables().containsEntry("activeStrikes", 1);
    assertThat(reload(joe).getPausedUntil()).isEmpty();
    assertThat(mailTo(joe)).extracting(OutboundMessage::getPurpose)
        .containsExactlyInAnyOrder("caring-check-in", "commitment-reminder", "caring-check-in");
  }

  @Test
  void theSameNoShowReportedAgainOpensNoSecondCase() {
    Person ana = person("Ana Twice", Role.PATIENT);
    AttendanceReport noShow = noShow(ana, ParticipantRole.PATIENT);
    runDueJobs(caseOf(noShow));

    attendance.record(noShow);
    attendance.record(new AttendanceReport(noShow.sessionKind(), noShow.sessionId(), noShow.personId(),
        noShow.role(), AttendanceStatus.NO_SHOW, noShow.sessionStart(), "host"));

    assertThat(casesOf(noShow)).isEqualTo(1);
    assertThat(strikes.findByPersonIdOrderByMissedAtDesc(ana.getId())).hasSize(1);
    assertThat(mailTo(ana)).hasSize(1);
  }

  @Test
  void aNoShowReportedAgainAfterACorrectionCountsAgainInANewCase() {
    Person flo = person("Flo Flip", Role.PATIENT);
    AttendanceReport noShow = noShow(flo, ParticipantRole.PATIENT);
    ProcessInstance first = caseOf(noShow);
    runDueJobs(first);
    attendance.record(corrected(noShow, AttendanceStatus.ATTENDED));

    attendance.record(noShow);

    assertThat(first).isEnded();
    ProcessInstance second = caseOf(noShow);
    assertThat(second.getId()).isNotEqualTo(first.getId());
    runDueJobs(second);
    assertThat(second).hasPassed("Task_SendCaringCheckIn").isWaitingAt("Gateway_ExplanationOrDeadline");
    assertThat(strikes.findByPersonIdOrderByMissedAtDesc(flo.getId())).singleElement()
        .satisfies(strike -> assertThat(strike.getStatus()).isEqualTo(StrikeStatus.ACTIVE));
  }

  @Test
  void twoReportsOfOneNoShowRacingEachOtherOpenOneCase() throws Exception {
    Person leo = person("Leo Race", Role.PATIENT);
    AttendanceReport fromTimer = report(leo, ParticipantRole.PATIENT, SessionKind.CHAT, java.util.UUID.randomUUID(),
        AttendanceStatus.NO_SHOW);
    AttendanceReport fromHost = new AttendanceReport(fromTimer.sessionKind(), fromTimer.sessionId(),
        fromTimer.personId(), fromTimer.role(), AttendanceStatus.NO_SHOW, fromTimer.sessionStart(), "host");
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.List<java.util.concurrent.Future<Attendance>> results = threads.invokeAll(java.util.List.of(
          () -> { start.await(); return attendance.record(fromTimer); },
          () -> { start.await(); return attendance.record(fromHost); }));
      for (java.util.concurrent.Future<Attendance> result : results) {
        assertThat(result.get().getStatus()).isEqualTo(AttendanceStatus.NO_SHOW);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(casesOf(fromTimer)).isEqualTo(1);
    runDueJobs(caseOf(fromTimer));
    assertThat(strikes.findByPersonIdOrderByMissedAtDesc(leo.getId())).hasSize(1);
    assertThat(mailTo(leo)).hasSize(1);
  }

  @Test
  void anAcceptedExplanationRemovesTheStrikeAndSaysThankYou() {
    Person kim = person("Kim Explains", Role.PATIENT);
    AttendanceReport noShow = noShow(kim, ParticipantRole.PATIENT);
    ProcessInstance instance = caseOf(noShow);
    runDueJobs(instance);
    double reliabilityWithStrike = reload(kim).getReliability();

    strikeService.explain(strikeOf(noShow).getId(), kim.getId(), "My bus broke down and my phone was dead.");

    assertThat(instance).hasPassed("Event_ExplanationReceived").isWaitingAt("Task_ReviewExplanation");
    Task review = taskOf(instance);
    assertThat(tasks.createTaskQuery().taskId(review.getId()).initializeFormKeys().singleResult()
        .getCamundaFormRef().getKey()).isEqualTo("review-no-show-explanation");
    assertThat(tasks.getVariablesLocal(review.getId())).containsEntry("personName", "Kim Explains")
        .containsEntry("explanation", "My bus broke down and my phone was dead.")
        .containsEntry("activeStrikes", "1").containsKeys("sessionName", "missedAt", "attendanceRecord");
    assertThat(tasks.getIdentityLinksForTask(review.getId())).anySatisfy(link ->
        assertThat(link.getGroupId()).isEqualTo("coordinators"));

    complete(review, withVariables("explanationDecision", "ACCEPT", "noteToPerson", "Glad you are safe."));
    runDueJobs(instance);

    assertThat(instance).hasPassed("Task_RemoveStrike", "Task_SendExplanationAccepted", "End_CaseClosed").isEnded();
    Strike strike = strikeOf(noShow);
    assertThat(strike.getStatus()).isEqualTo(StrikeStatus.EXCUSED);
    assertThat(strike.getDecision()).contains(StrikeDecision.EXCUSED);
    assertThat(attendance.find(noShow.sessionKind(), noShow.sessionId(),
        kim.getId()).orElseThrow().getStatus()).isEqualTo(AttendanceStatus.EXCUSED);
    assertThat(reload(kim).getReliability()).isGreaterThan(reliabilityWithStrike).isEqualTo(1.0);
    OutboundMessage thanks = mail(kim, Letters.Letter.EXPLANATION_ACCEPTED);
    assertThat(thanks.getSubject()).isEqualTo("Thank you for letting us know");
    assertThat(thanks.getTextBody()).contains("no longer counts", "Glad you are safe.");
  }

  @Test
  void theSameNoShowReportedAgainAfterItWasExcusedStaysExcused() {
    Person ines = person("Ines Excused", Role.PATIENT);
    AttendanceReport noShow = noShow(ines, ParticipantRole.PATIENT);
    ProcessInstance instance = caseOf(noShow);
    runDueJobs(instance);
    strikeService.explain(strikeOf(noShow).getId(), ines.getId(), "I was in hospital.");
    complete(taskOf(instance), withVariables("explanationDecision", "ACCEPT"));
    runDueJobs(instance);

    // The host sends the event's whole list again, this no-show included.
    attendance.record(noShow);

    assertThat(attendance.find(noShow.sessionKind(), noShow.sessionId(),
        ines.getId()).orElseThrow().getStatus()).isEqualTo(AttendanceStatus.EXCUSED);
    assertThat(strikeOf(noShow).getStatus()).isEqualTo(StrikeStatus.EXCUSED);
    assertThat(reload(ines).getReliability()).isEqualTo(1.0);
    assertThat(casesOf(noShow)).isZero();
  }

  @Test
  void aRefusedExplanationLeavesTheStrikeAndSaysSoKindly() {
    Person sam = person("Sam Refused", Role.PATIENT);
    AttendanceReport noShow = noShow(sam, ParticipantRole.PATIENT);
    ProcessInstance instance = caseOf(noShow);
    runDueJobs(instance);
    strikeService.explain(strikeOf(noShow).getId(), sam.getId(), "Forgot.");

    complete(taskOf(instance), withVariables("explanationDecision", "REFUSE"));
    runDueJobs(instance);

    assertThat(instance).hasPassed("Task_KeepStrike", "Task_SendExplanationNotAccepted", "End_StrikeStays").isEnded();
    Strike strike = strikeOf(noShow);
    assertThat(strike.getStatus()).isEqualTo(StrikeStatus.ACTIVE);
    assertThat(strike.getDecision()).contains(StrikeDecision.UPHELD);
    OutboundMessage mail = mail(sam, Letters.Letter.EXPLANATION_NOT_ACCEPTED);
    assertThat(mail.getSubject()).isEqualTo("About your note on the missed session");
    assertThat(mail.getTextBody()).contains("read your note carefully", "still counts until",
        "doesn't change how welcome you are", crisis.forPerson(sam).get(0).name());
  }

  @Test
  void anAcceptedExplanationForThePausingStrikeLiftsThePauseAndClosesTheCase() {
    Person eve = person("Eve Paused", Role.PATIENT);
    AttendanceReport third = thirdNoShow(eve);
    ProcessInstance instance = caseOf(third);
    assertThat(reload(eve).getPausedUntil()).isPresent();

    strikeService.explain(strikeOf(third).getId(), eve.getId(), "I was in hospital.");
    complete(taskOf(instance), withVariables("explanationDecision", "ACCEPT"));
    runDueJobs(instance);

    assertThat(instance).hasPassed("End_CaseClosed").hasNotPassed("Task_EndPause").isEnded();
    assertThat(reload(eve).getPausedUntil()).isEmpty();
    assertThat(mail(eve, Letters.Letter.EXPLANATION_ACCEPTED).getTextBody()).contains("Your sign-ups are open again");
  }

  @Test
  void aLaterPauseRunsOnWhenAnEarlierOneEndsAndAnExcuseLeavesAPauseOtherStrikesCallFor() {
    Person gus = person("Gus Four", Role.PATIENT);
    ProcessInstance third = caseOf(thirdNoShow(gus));
    Instant thirdPauseEnds = reload(gus).getPausedUntil().orElseThrow();
    advance(Duration.ofDays(1));
    AttendanceReport fourth = noShow(gus, ParticipantRole.PATIENT);
    ProcessInstance fourthCase = caseOf(fourth);
    runDueJobs(fourthCase);
    Instant fourthPauseEnds = reload(gus).getPausedUntil().orElseThrow();
    assertThat(fourthPauseEnds).isAfter(thirdPauseEnds);

    strikeService.explain(strikeOf(fourth).getId(), gus.getId(), "My train was cancelled.");
    complete(taskOf(fourthCase), withVariables("explanationDecision", "ACCEPT"));
    runDueJobs(fourthCase);

    assertThat(fourthCase).hasPassed("Task_RemoveStrike", "End_StrikeRemoved").hasNotPassed("End_CaseClosed")
        .isWaitingAt("Gateway_PauseEndsOrLifted");
    assertThat(reload(gus).getPausedUntil()).contains(fourthPauseEnds);
    assertThat(mail(gus, Letters.Letter.EXPLANATION_ACCEPTED).getTextBody())
        .contains("Your sign-ups stay paused until", "because of other missed sessions");

    fireNextTimer(third); // its time to explain
    fireNextTimer(third); // its pause: but the fourth runs longer

    assertThat(third).hasPassed("Task_EndPause", "End_PausedLonger").hasNotPassed("Task_SendPauseEnded").isEnded();
    assertThat(reload(gus).getPausedUntil()).contains(fourthPauseEnds);

    fireNextTimer(fourthCase);

    assertThat(fourthCase).hasPassed("Task_SendPauseEnded").isEnded();
    assertThat(reload(gus).getPausedUntil()).isEmpty();
  }

  @Test
  void aVolunteerWhoDoesNotExplainIsReviewedAfterTheWindowAndCanBeExcused() {
    Person susan = person("Susan Volunteer", Role.COUNSELOR);
    AttendanceReport noShow = noShow(susan, ParticipantRole.COUNSELOR);
    ProcessInstance instance = caseOf(noShow);
    runDueJobs(instance);

    assertThat(instance).hasPassed("Task_SendVolunteerNotice").isWaitingAt("Gateway_VolunteerExplanationOrDeadline");
    OutboundMessage notice = mail(susan, Letters.Letter.VOLUNTEER_MISSED);
    assertThat(notice.getSubject()).isEqualTo("We missed you at your session");
    assertThat(notice.getTextBody()).contains("You were expected as a counselor in a support chat on", "(Europe/Berlin)",
        "We'd like to hear your side", "/r/");
    assertThat(reload(susan).getReliability()).isLessThan(1.0);

    fireNextTimer(instance);
    assertThat(instance).isWaitingAt("Task_ReviewVolunteerNoShow");
    assertThat(tasks.getVariablesLocal(taskOf(instance).getId()))
        .containsEntry("roleName", "Counselor").containsEntry("explanation", "(No explanation was sent within 48 hours.)");
    assertThat(VisibleText.codesIn(tasks.getVariablesLocal(taskOf(instance).getId()).values().toString())).isEmpty();

    complete(taskOf(instance), withVariables("reviewDecision", "EXCUSE"));
    runDueJobs(instance);

    assertThat(instance).hasPassed("Task_ExcuseVolunteer", "Task_SendVolunteerExcused", "End_VolunteerExcused")
        .isEnded();
    assertThat(strikeOf(noShow).getStatus()).isEqualTo(StrikeStatus.EXCUSED);
    assertThat(reload(susan).getReliability()).isEqualTo(1.0);
    assertThat(mail(susan, Letters.Letter.VOLUNTEER_EXCUSED).getSubject()).isEqualTo("About the missed session: all clear");
  }

  @Test
  void aVolunteerWhoExplainsIsReviewedAtOnceAndCanBeRemindedOfTheCommitment() {
    Person tom = person("Tom Mentor", Role.MENTOR);
    AttendanceReport noShow = noShow(tom, ParticipantRole.MENTOR);
    ProcessInstance instance = caseOf(noShow);
    runDueJobs(instance);

    strikeService.explain(strikeOf(noShow).getId(), tom.getId(), "My child was ill.");

    assertThat(instance).hasPassed("Event_VolunteerExplanationReceived").isWaitingAt("Task_ReviewVolunteerNoShow");
    assertThat(tasks.getVariablesLocal(taskOf(instance).getId())).containsEntry("explanation", "My child was ill.");
    complete(taskOf(instance), withVariables("reviewDecision", "WARN", "noteToPerson", "Next time a quick text helps."));
    runDueJobs(instance);

    assertThat(instance).hasPassed("Task_RecordReminder", "Task_SendVolunteerReminder", "End_VolunteerReminded")
        .isEnded();
    assertThat(strikeOf(noShow).getDecision()).contains(StrikeDecision.WARNED);
    assertThat(strikeOf(noShow).getStatus()).isEqualTo(StrikeStatus.ACTIVE);
    OutboundMessage mail = mail(tom, Letters.Letter.VOLUNTEER_REMINDED);
    assertThat(mail.getSubject()).isEqualTo("About the session you missed");
    assertThat(mail.getTextBody()).contains("they count on you being there", "Next time a quick text helps.");
  }

  @Test
  void aVolunteerCanBePausedForAPeriodThatATimerEnds() {
    Person nadia = person("Nadia Paused", Role.COUNSELOR);
    AttendanceReport noShow = noShow(nadia, ParticipantRole.COUNSELOR);
    ProcessInstance instance = caseOf(noShow);
    runDueJobs(instance);
    fireNextTimer(instance);

    complete(taskOf(instance), withVariables("reviewDecision", "PAUSE", "pauseDays", 14));
    runDueJobs(instance);

    Instant until = reload(nadia).getPausedUntil().orElseThrow();
    assertThat(Duration.between(clock.instant(), until)).isEqualTo(Duration.ofDays(14));
    assertThat(strikeOf(noShow).getDecision()).contains(StrikeDecision.PAUSED);
    assertThat(instance).hasPassed("Task_PauseVolunteering", "Task_SendVolunteeringPaused")
        .isWaitingAt("Gateway_PauseEndsOrLifted");
    assertThat(mail(nadia, Letters.Letter.VOLUNTEERING_PAUSED).getSubject()).isEqualTo("A pause from volunteering");
    assertThat(mail(nadia, Letters.Letter.VOLUNTEERING_PAUSED).getTextBody()).contains("paused your volunteering until", "(Europe/Berlin)");

    fireNextTimer(instance);

    assertThat(instance).hasPassed("Task_EndPause", "Task_SendPauseEnded").isEnded();
    assertThat(reload(nadia).getPausedUntil()).isEmpty();
    assertThat(mail(nadia, Letters.Letter.PAUSE_ENDED).getTextBody()).contains("Your pause from volunteering has ended");
  }

  @Test
  void aPauseLiftedEarlyEndsTheCaseWaitingForIt() {
    Person ola = person("Ola Lifted", Role.PATIENT);
    ProcessInstance third = caseOf(thirdNoShow(ola));
    fireNextTimer(third);

    assertThat(pauses.liftEarly(ola.getId(), "testcoordinator", "We talked on the phone.")).isTrue();

    assertThat(third).hasPassed("Event_PauseLiftedEarly", "End_PauseLiftedEarly").isEnded();
    assertThat(reload(ola).getPausedUntil()).isEmpty();
    OutboundMessage mail = mail(ola, Letters.PAUSE_LIFTED_EARLY);
    assertThat(mail.getSubject()).isEqualTo("Your pause has been lifted");
    assertThat(mail.getTextBody()).contains("You can book sessions again", "We talked on the phone.");
    assertThat(pauses.liftEarly(ola.getId(), "testcoordinator", null)).isFalse();
  }

  @Test
  void coordinatorsLiftAPauseFromTasklistByTheStartForm() {
    Person ray = person("Ray Tasklist", Role.PATIENT);
    ProcessInstance third = caseOf(thirdNoShow(ray));

    ProcessInstance lift = runtime.startProcessInstanceByKey("lift-sign-up-pause",
        Map.of("personEmail", ray.getEmail().toUpperCase(), "liftedBy", "testcoordinator"));

    assertThat(lift).hasPassed("Task_LiftPause", "End_PauseLifted").isEnded();
    assertThat(reload(ray).getPausedUntil()).isEmpty();
    assertThat(third).hasPassed("End_PauseLiftedEarly");

    assertThat(mailTo(ray)).filteredOn(m -> m.getPurpose().equals(Letters.PAUSE_LIFTED_EARLY)).hasSize(1);
  }

  @Test
  void liftingThePauseOfAnUnknownEmailOrOfSomeoneNotPausedIsRefusedInTheStartFormWithA400AndNoErrorLogged() {
    Person sam = person("Sam Notpaused", Role.PATIENT);
    String nobody = "nobody+" + java.util.UUID.randomUUID() + "@test.example";
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("lift-sign-up-pause").count();

    ResponseEntity<String> unknown;
    ResponseEntity<String> notPaused;
    List<String> errors;
    try (LoggedErrors logged = LoggedErrors.capture()) {
      unknown = EngineRest.asCoordinator(http).submitStartForm("lift-sign-up-pause", Map.of("personEmail", nobody));
      notPaused = EngineRest.asCoordinator(http).submitStartForm("lift-sign-up-pause",
          Map.of("personEmail", sam.getEmail()));
      errors = logged.lines();
    }

    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(EngineRest.message(unknown)).contains("Nobody has the email " + nobody + ". Please check the address");
    assertThat(notPaused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(EngineRest.message(notPaused)).contains("has no running pause, so there is nothing to lift");
    assertThat(errors).isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("lift-sign-up-pause").count())
        .isEqualTo(before);
  }

  @Test
  void aNoShowCorrectedByTheHostWithdrawsTheStrikeClosesTheCaseAndApologises() {
    Person una = person("Una Corrected", Role.PATIENT);
    AttendanceReport noShow = noShow(una, ParticipantRole.PATIENT);
    ProcessInstance instance = caseOf(noShow);
    runDueJobs(instance);

    attendance.record(corrected(noShow, AttendanceStatus.ATTENDED));

    assertThat(instance).hasPassed("Start_NoShowCorrected", "End_CaseClosedByCorrection").isEnded();
    assertThat(strikeOf(noShow).getStatus()).isEqualTo(StrikeStatus.WITHDRAWN);
    assertThat(reload(una).getReliability()).isEqualTo(1.0);
    assertThat(mail(una, Letters.NO_SHOW_CORRECTED).getTextBody())
        .contains("Our records were wrong", "does not count against you").doesNotContain("pause");
  }

  @Test
  void correctingThePausingNoShowLiftsThePause() {
    Person vic = person("Vic Corrected", Role.PATIENT);
    AttendanceReport third = thirdNoShow(vic);
    ProcessInstance instance = caseOf(third);

    attendance.record(corrected(third, AttendanceStatus.EXCUSED));

    assertThat(instance).isEnded();
    assertThat(reload(vic).getPausedUntil()).isEmpty();
    assertThat(mail(vic, Letters.NO_SHOW_CORRECTED).getTextBody()).contains("The pause on your sign-ups is lifted too");
  }

  @Test
  void aNoShowCorrectedBeforeItsStrikeWasRecordedLeavesNoTrace() {
    Person wes = person("Wes Quick Fix", Role.COUNSELOR);
    AttendanceReport noShow = noShow(wes, ParticipantRole.COUNSELOR);
    ProcessInstance instance = caseOf(noShow);

    attendance.record(corrected(noShow, AttendanceStatus.LATE));

    assertThat(instance).hasNotPassed("Task_RecordStrike").isEnded();
    assertThat(strikes.findByPersonIdOrderByMissedAtDesc(wes.getId())).isEmpty();
    assertThat(mailTo(wes)).isEmpty();
  }

  @Test
  void aNoShowCorrectedAfterItsCaseEndedStillStopsCounting() {
    Person xia = person("Xia Late Fix", Role.PATIENT);
    AttendanceReport noShow = noShow(xia, ParticipantRole.PATIENT);
    ProcessInstance instance = caseOf(noShow);
    runDueJobs(instance);
    fireNextTimer(instance);
    assertThat(instance).isEnded();

    attendance.record(corrected(noShow, AttendanceStatus.ATTENDED));

    assertThat(strikeOf(noShow).getStatus()).isEqualTo(StrikeStatus.WITHDRAWN);
    assertThat(mail(xia, Letters.NO_SHOW_CORRECTED)).isNotNull();
    assertThat(casesOf(noShow)).isZero();
  }

  private static AttendanceReport corrected(AttendanceReport noShow, AttendanceStatus status) {
    return new AttendanceReport(noShow.sessionKind(), noShow.sessionId(), noShow.personId(), noShow.role(), status,
        noShow.sessionStart(), "host");
  }
}
