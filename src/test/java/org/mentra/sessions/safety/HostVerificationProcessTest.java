package org.mentra.sessions.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventFormat;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventRequest;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.mail.OutboundMessage;
import org.mentra.sessions.mail.OutboxRepository;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.shared.Refused;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * host-verification, branch by branch: each step rejecting, the late background check, the approval, the
 * renewal notice and a renewal, the expiry with and without professional events to hand over, and a removal as
 * host during the review and after it. Time moves by the engine clock and the timer jobs.
 */
class HostVerificationProcessTest extends IntegrationTest {

  static final Instant NOW = Instant.parse("2031-07-01T09:00:00Z");

  @Autowired
  HostVerificationService hosts;
  @Autowired
  HostVerificationProperties properties;
  @Autowired
  PersonRepository people;
  @Autowired
  EventService events;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  OutboxRepository outbox;
  @Autowired
  ApplicationEventPublisher publisher;
  @Autowired
  TransactionTemplate transactions;

  Person applicant;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    applicant = people.save(TestPeople.person("Hera Applicant", "Europe/Berlin", Role.HOST, Plan.PROFESSIONAL));
    SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
        TestUsers.COORDINATOR, null, List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"))));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @ParameterizedTest
  @EnumSource(HostVerificationStep.class)
  void eachStepMayRejectAndTheApplicantIsToldKindlyWithTheReapplyDate(HostVerificationStep rejecting) {
    ProcessInstance review = apply();
    for (HostVerificationStep step : HostVerificationStep.values()) {
      if (step == rejecting) {
        break;
      }
      complete(review, step, HostVerificationStep.APPROVE, null);
    }
    assertThat(review).isWaitingAt(rejecting.taskId());
    Task task = task(review);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(rejecting.taskId());
    assertThat(tasks.getVariable(task.getId(), "applicant").toString()).contains("Hera Applicant");
    assertThat(tasks.getVariable(task.getId(), "references").toString()).contains("Dr. Rao, St Mary's, 020 7946");
    assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of(rejecting.decisionVariable(), "reject")))
        .as("a rejection needs its reason").hasMessageContaining("reason");

    complete(review, rejecting, HostVerificationStep.REJECT, "We could not confirm this with the registry yet.");
    runJobs(review);

    assertThat(review).isEnded().hasPassed(rejecting.taskId(), "Task_RecordRejection", "End_Rejected")
        .hasNotPassed("Task_VerifyHost");
    HostVerification status = hosts.verification(applicant.getId());
    assertThat(status.status()).isEqualTo(HostVerificationStatus.REJECTED);
    assertThat(status.reapplyAfter()).isEqualTo(NOW.plus(properties.reapplyAfter()));
    assertThat(status.reason()).isEqualTo("We could not confirm this with the registry yet.");
    String letter = mail(applicant, "host-rejected").getTextBody();
    assertThat(letter).contains(rejecting.words(), "We could not confirm this with the registry yet.",
        "apply again from", "29 September 2031", properties.applyUrl());
    assertThat(hosts.isVerified(applicant.getId())).isFalse();
  }

  @Test
  void aLateBackgroundCheckRemindsTheCoordinatorsUntilItsResultIsRecorded() {
    ProcessInstance review = apply();
    complete(review, HostVerificationStep.CREDENTIALS, HostVerificationStep.APPROVE, null);
    assertThat(review).isWaitingAt(HostVerificationStep.BACKGROUND.taskId());

    fireTimer(review, NOW.plus(properties.backgroundCheckLate()));
    assertThat(reminders(1)).extracting(OutboundMessage::getSubject)
        .containsExactly("Background check still missing: Hera Applicant");
    assertThat(reminders(1).get(0).getTextBody()).contains("waiting about 120 hours", "/camunda/app/tasklist/");
    fireTimer(review, NOW.plus(properties.backgroundCheckLate().multipliedBy(2)));
    assertThat(reminders(2)).as("again, while the result is missing").hasSize(1);
    assertThat(review).isWaitingAt(HostVerificationStep.BACKGROUND.taskId());

    complete(review, HostVerificationStep.BACKGROUND, HostVerificationStep.APPROVE, "Clear, certificate on file.");
    assertThat(review).isWaitingAt(HostVerificationStep.HISTORY.taskId());
    assertThat(management.createJobQuery().processInstanceId(review.getId()).timers().count())
        .as("no more reminders once the result is in").isZero();
  }

  @Test
  void approvedTheHostIsVerifiedAskedToRenewAndAtTheExpiryTheirProfessionalEventsGoToTheCoordinators() {
    ProcessInstance review = apply();
    complete(review, HostVerificationStep.CREDENTIALS, HostVerificationStep.APPROVE, null);
    complete(review, HostVerificationStep.BACKGROUND, HostVerificationStep.APPROVE, null);
    Task history = task(review);
    assertThat(tasks.getVariableLocal(history.getId(), "activityHistory").toString())
        .contains("Attendance: 0 kept", "Reliability: 100 %", "Hosted: 0 events held", "0 active strikes", "Reports about them: none");
    complete(review, HostVerificationStep.HISTORY, HostVerificationStep.APPROVE, null);
    complete(review, HostVerificationStep.EXPERTISE, HostVerificationStep.APPROVE, null);
    assertThatThrownBy(() -> events.create(workshop("Too early", NOW.plus(Duration.ofDays(30))), applicant))
        .isInstanceOf(Refused.class).hasMessageContaining("POST /api/v1/hosts/applications");
    complete(review, HostVerificationStep.TRAINING, HostVerificationStep.APPROVE, null);
    runJobs(review);

    Instant expiresAt = NOW.plus(properties.validFor());
    assertThat(review).hasPassed("Task_VerifyHost", "Task_SendApproval").isWaitingAt("Timer_RenewalNotice");
    HostVerification verified = hosts.verification(applicant.getId());
    assertThat(verified.status()).isEqualTo(HostVerificationStatus.VERIFIED);
    assertThat(verified.expiresAt()).isEqualTo(expiresAt);
    assertThat(mail(applicant, "host-verified").getTextBody()).contains("verified you as a host", "30 June 2032");
    Event later = events.create(workshop("After the expiry", expiresAt.plus(Duration.ofDays(20))), applicant);
    events.create(workshop("Before the expiry", NOW.plus(Duration.ofDays(40))), applicant);

    fireTimer(review, expiresAt.minus(properties.renewalNotice()));
    assertThat(mail(applicant, "host-renewal").getTextBody()).contains("runs out on", properties.applyUrl());
    assertThat(review).isWaitingAt("Timer_VerificationExpires");

    fireTimer(review, expiresAt);
    assertThat(hosts.verification(applicant.getId()).status()).isEqualTo(HostVerificationStatus.EXPIRED);
    assertThat(hosts.isVerified(applicant.getId())).isFalse();
    assertThat(review).isWaitingAt("Task_HandOverEventsAtExpiry");
    Task handOver = task(review);
    assertThat(handOver.getName()).isEqualTo("Take over the expired host's events");
    assertThat(tasks.getVariableLocal(handOver.getId(), "futureEvents").toString())
        .contains("After the expiry", later.getId().toString()).doesNotContain("Before the expiry");
    assertThatThrownBy(() -> tasks.complete(handOver.getId(), Map.of())).hasMessageContaining("what happens");
    tasks.complete(handOver.getId(), Map.of("handoverNote", "Nadia hosts it instead."));

    assertThat(review).isEnded().hasPassed("End_EventsHandedOver");
  }

  @Test
  void anExpiryWithoutProfessionalEventsToComeJustEnds() {
    ProcessInstance verification = recordVerified();
    fireTimer(verification, NOW.plus(properties.validFor()).minus(properties.renewalNotice()));
    fireTimer(verification, NOW.plus(properties.validFor()));

    assertThat(verification).isEnded().hasPassed("Task_ExpireVerification", "End_Expired");
    assertThat(hosts.verification(applicant.getId()).status()).isEqualTo(HostVerificationStatus.EXPIRED);
  }

  @Test
  void aRenewalApprovedSupersedesTheRunningVerification() {
    ProcessInstance first = recordVerified();
    Instant renewFrom = NOW.plus(properties.validFor()).minus(properties.renewalNotice());
    ClockUtil.setCurrentTime(Date.from(renewFrom.plus(Duration.ofDays(1))));
    ProcessInstance renewal = apply();
    assertThat(hosts.isVerified(applicant.getId())).as("still verified while the renewal is reviewed").isTrue();
    for (HostVerificationStep step : HostVerificationStep.values()) {
      complete(renewal, step, HostVerificationStep.APPROVE, null);
    }
    runJobs(renewal);

    assertThat(first).isEnded().hasPassed("End_Renewed").hasNotPassed("Task_ExpireVerification");
    HostVerification renewed = hosts.verification(applicant.getId());
    assertThat(renewed.applicationId().toString()).isEqualTo(renewal.getBusinessKey());
    assertThat(renewed.expiresAt()).isEqualTo(renewFrom.plus(Duration.ofDays(1)).plus(properties.validFor()));
  }

  @Test
  void removedAsHostTheVerificationIsRevokedAndTheirProfessionalEventsGoToTheCoordinators() {
    ProcessInstance verification = recordVerified();
    Event coming = events.create(workshop("Breathing for beginners", NOW.plus(Duration.ofDays(12))), applicant);

    transactions.executeWithoutResult(s -> publisher.publishEvent(new HostRemoved(applicant.getId(),
        "Threatened a participant.", NOW)));

    HostVerification revoked = hosts.verification(applicant.getId());
    assertThat(revoked.status()).isEqualTo(HostVerificationStatus.REVOKED);
    assertThat(revoked.reapplyAfter()).isEqualTo(NOW.plus(properties.reapplyAfter()));
    assertThatThrownBy(() -> events.create(workshop("Another", NOW.plus(Duration.ofDays(14))), applicant))
        .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).problemType()).isEqualTo("host-not-verified");
    runJobs(verification);
    assertThat(verification).isWaitingAt("Task_HandOverEventsAfterRemoval");
    Task handOver = task(verification);
    assertThat(tasks.getVariableLocal(handOver.getId(), "futureEvents").toString())
        .contains("Breathing for beginners", coming.getId().toString());
    tasks.complete(handOver.getId(), Map.of("handoverNote", "Cancelled; registrants told."));

    assertThat(verification).isEnded().hasPassed("End_RemovedEventsHandedOver")
        .hasNotPassed("Task_SendRenewalNotice");
  }

  @Test
  void removedAsHostDuringTheReviewEndsIt() {
    ProcessInstance review = apply();
    complete(review, HostVerificationStep.CREDENTIALS, HostVerificationStep.APPROVE, null);

    transactions.executeWithoutResult(s -> publisher.publishEvent(new HostRemoved(applicant.getId(),
        "Harassed a participant.", NOW)));
    runJobs(review);

    assertThat(review).isEnded().hasPassed("End_Revoked").hasNotPassed("Task_VerifyHost");
    assertThat(hosts.verification(applicant.getId()).status()).isEqualTo(HostVerificationStatus.REVOKED);
    assertThat(tasks.createTaskQuery().processInstanceId(review.getId()).count()).isZero();
  }

  private ProcessInstance apply() {
    HostApplicationFiled filed = transactions.execute(s -> hosts.apply(new HostApplicationRequest(applicant.getId(),
        "Registered psychotherapist (HCPC PYL12345), MSc Counselling", List.of("anxiety", "group therapy"),
        List.of("Dr. Rao, St Mary's, 020 7946 0000"))));
    assertThat(filed.status()).isEqualTo(HostVerificationStatus.IN_REVIEW);
    ProcessInstance instance = instance(filed.id());
    runJobs(instance);
    return instance;
  }

  private ProcessInstance recordVerified() {
    UUID id = hosts.recordVerified(applicant.getId(), "Registered psychotherapist", List.of("anxiety"), "a test");
    return instance(id);
  }

  private ProcessInstance instance(UUID applicationId) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId.toString())
        .processDefinitionKey(HostVerificationVariables.PROCESS_KEY).singleResult();
  }

  private void complete(ProcessInstance review, HostVerificationStep step, String decision, String reason) {
    Task task = task(review);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(step.taskId());
    tasks.claim(task.getId(), TestUsers.COORDINATOR);
    tasks.complete(task.getId(), reason == null ? Map.of(step.decisionVariable(), decision)
        : Map.of(step.decisionVariable(), decision, step.reasonVariable(), reason));
    runJobs(review);
  }

  private Task task(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private void fireTimer(ProcessInstance instance, Instant due) {
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().orderByJobDuedate().asc()
        .listPage(0, 1).get(0);
    assertThat(timer.getDuedate().toInstant()).isEqualTo(due);
    ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));
    management.executeJob(timer.getId());
    runJobs(instance);
  }

  private void runJobs(ProcessInstance instance) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private List<OutboundMessage> reminders(int round) {
    return outbox.findAll().stream().filter(m -> m.getPurpose().equals("host-background-check-late#" + round)
        && m.getTextBody().contains(applicant.getDisplayName()) && m.getRecipientEmail().equals(TestUsers.COORDINATOR_EMAIL)).toList();
  }

  private OutboundMessage mail(Person person, String purpose) {
    List<OutboundMessage> found = outbox.findByRecipientPersonIdOrderByCreatedAt(person.getId()).stream()
        .filter(m -> m.getPurpose().equals(purpose)).toList();
    assertThat(found).as(purpose + " to " + person.getDisplayName()).hasSize(1);
    return found.get(0);
  }

  private EventRequest workshop(String title, Instant start) {
    var at = start.atOffset(ZoneOffset.UTC);
    return new EventRequest(title, "Together", "SKILL_BUILDING_WORKSHOP", null, EventKind.GROUP, EventFormat.VIRTUAL,
        at, at.plusHours(1), "Europe/Berlin", applicant.getId(), 10, null, null, false, null, null,
        EventStatus.PUBLISHED);
  }
}
