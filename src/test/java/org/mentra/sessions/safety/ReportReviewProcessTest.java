package org.mentra.sessions.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** report-review, branch by branch: every decision, the appeal upheld and overturned, the window lapsing, urgent escalation. */
class ReportReviewProcessTest extends IntegrationTest {

  static final Instant NOW = Instant.parse("2031-07-01T09:00:00Z");

  @Autowired
  ReportService reports;
  @Autowired
  ModerationService moderation;
  @Autowired
  BlockService blocks;
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
  SafetyProperties properties;
  @Autowired
  TransactionTemplate transactions;
  @Autowired
  HostRemovals hostRemovals;

  Person reporter;
  Person reported;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    reporter = person("Rita Reporter", Role.PATIENT);
    reported = person("Rex Reported", Role.HOST);
  }

  @Test
  void dismissedTheReporterHearsAndTheReportedPersonNothing() {
    ProcessInstance review = file(ReportCategory.SPAM, false);
    runJobs(review);
    assertThat(review).isWaitingAt("Task_ReviewReport");
    Task task = task(review);
    assertThat(task.getPriority()).isEqualTo(50);
    assertThat(task.getDueDate().toInstant()).isEqualTo(NOW.plus(properties.reviewTarget()));
    assertThat(mail(reporter, "report-received").getTextBody()).contains("within 72 hours")
        .doesNotContain("TelefonSeelsorge");
    assertThat(tasks.getVariableLocal(task.getId(), "reporterName").toString()).contains("Rita Reporter");
    assertThat(tasks.getVariableLocal(task.getId(), "history").toString()).contains("Earlier reports: none");

    decide(review, "mod-ann", "dismiss", "Nothing against our code of conduct.");
    runJobs(review);

    assertThat(review).isEnded().hasPassed("End_NoAction");
    assertThat(mail(reporter, "report-outcome").getTextBody()).contains("no action is needed");
    assertThat(mails(reported)).isEmpty();
    assertThat(moderation.audit(reportId(review))).extracting(ModerationService.AuditEntry::action)
        .containsExactly(ModerationAction.REPORTED, ModerationAction.CLAIMED, ModerationAction.DECIDED);
  }

  @Test
  void aWarningIsToldWithItsReasonAndTheWindowLapses() {
    ProcessInstance review = file(ReportCategory.HARASSMENT, false);
    runJobs(review);
    decide(review, "mod-ann", "warn", "Rita Reporter felt pressured by your messages; please stop.");
    runJobs(review);

    assertThat(review).isWaitingAt("Gateway_AppealOrWindow");
    OutboundMessage decision = mail(reported, "moderation-decision");
    assertThat(decision.getTextBody()).contains("a warning", "appeal")
        .doesNotContain("Rita", "Reporter", reporter.getEmail(), reporter.getId().toString());
    assertThat(decision.getTextBody()).contains(ModerationService.REDACTED + " felt pressured");
    assertThat(mail(reporter, "report-outcome").getTextBody()).contains("has taken action");

    Job window = management.createJobQuery().processInstanceId(review.getId()).timers().singleResult();
    assertThat(window.getDuedate().toInstant()).isEqualTo(NOW.plus(properties.appealWindow()));
    ClockUtil.setCurrentTime(Date.from(NOW.plus(properties.appealWindow()).plusSeconds(1)));
    management.executeJob(window.getId());

    assertThat(review).isEnded().hasPassed("Task_CloseAppealWindow");
    assertThatThrownBy(() -> transactions.executeWithoutResult(s -> moderation.appeal(reportId(review),
        reported.getId(), "too late"))).hasMessageContaining("passed");
  }

  @Test
  void aBlockFromTheHostsEventsOverturnedOnAppealByASecondModerator() {
    Person host = person("Hana Host", Role.HOST);
    Event event = event(host);
    ProcessInstance review = start(new ReportRequest(reporter.getId(), reported.getId(), event.getId(), null,
        ReportCategory.INAPPROPRIATE, "Rude in the chat of the event.", false));
    runJobs(review);
    assertThat(tasks.getVariableLocal(task(review).getId(), "blockInfo").toString())
        .contains("away from Hana Host's events");
    decide(review, "mod-ann", "block", "Unkind remarks during the event.");
    runJobs(review);
    assertThat(blocks.blocks(host.getId(), reported.getId())).isTrue();

    transactions.executeWithoutResult(s -> moderation.appeal(reportId(review), reported.getId(), "I was misread."));
    assertThatThrownBy(() -> transactions.executeWithoutResult(s -> moderation.appeal(reportId(review),
        reported.getId(), "again"))).hasMessageContaining("appealed this decision already");
    assertThat(review).isWaitingAt("Task_DecideAppeal");
    Task appeal = task(review);
    assertThat(tasks.getVariableLocal(appeal.getId(), "appealText")).isEqualTo("I was misread.");

    tasks.claim(appeal.getId(), "mod-ann");
    assertThatThrownBy(() -> tasks.complete(appeal.getId(), Map.of("appealDecision", "overturn",
        "appealReason", "x"))).hasMessageContaining("second moderator");
    tasks.setAssignee(appeal.getId(), "mod-ben");
    tasks.complete(appeal.getId(), Map.of("appealDecision", "overturn", "appealReason", "On reflection, a misreading."));
    runJobs(review);

    assertThat(review).isEnded().hasPassed("Task_SendAppealOutcome");
    assertThat(blocks.blocks(host.getId(), reported.getId())).as("the block is lifted").isFalse();
    assertThat(mail(reported, "appeal-outcome").getTextBody()).contains("withdraw", "register for that host's");
    assertThat(moderation.audit(reportId(review))).extracting(ModerationService.AuditEntry::action).containsExactly(
        ModerationAction.REPORTED, ModerationAction.CLAIMED, ModerationAction.DECIDED, ModerationAction.APPEALED,
        ModerationAction.APPEAL_OVERTURNED);
    assertThat(moderation.audit(reportId(review)).get(4).actor()).isEqualTo("mod-ben");
  }

  @Test
  void aPauseUpheldOnAppeal() {
    ProcessInstance review = file(ReportCategory.HARASSMENT, false);
    runJobs(review);
    decide(review, "mod-ann", "pause", "Repeated unwanted messages.");
    runJobs(review);
    assertThat(people.getOrFail(reported.getId()).getPausedUntil()).contains(NOW.plus(properties.pause()));

    transactions.executeWithoutResult(s -> moderation.appeal(reportId(review), reported.getId(), "Unfair."));
    Task appeal = task(review);
    tasks.setAssignee(appeal.getId(), "mod-ben");
    tasks.complete(appeal.getId(), Map.of("appealDecision", "uphold", "appealReason", "The messages were clear."));
    runJobs(review);

    assertThat(review).isEnded();
    assertThat(people.getOrFail(reported.getId()).getPausedUntil()).contains(NOW.plus(properties.pause()));
    assertThat(mail(reported, "appeal-outcome").getTextBody()).contains("stands");
  }

  @Test
  void removedAsHostPublishesHostRemoved() {
    ProcessInstance review = file(ReportCategory.THREAT, false);
    runJobs(review);
    assertThat(review).isWaitingAt("Task_ReviewUrgentReport");
    decide(review, "mod-ann", "remove-host", "Threatened a participant.");
    runJobs(review);

    assertThat(hostRemovals.removed()).anyMatch(r -> r.personId().equals(reported.getId())
        && r.reason().equals("Threatened a participant."));
    assertThat(mail(reported, "moderation-decision").getTextBody()).contains("no longer hosting");
  }

  @Test
  void aDecisionThatCannotBeCarriedOutIsRefusedInTheForm() {
    Person notHost = person("Nora Nohost", Role.PATIENT);
    ProcessInstance review = start(new ReportRequest(reporter.getId(), notHost.getId(), null, null,
        ReportCategory.OTHER, "Something odd.", false));
    runJobs(review);
    Task task = task(review);
    assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("decision", "remove-host", "decisionReason", "x")))
        .hasMessageContaining("does not host");
    assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("decision", "warn", "decisionReason", " ")))
        .hasMessageContaining("reason");
    assertThat(review).isWaitingAt("Task_ReviewReport");
  }

  @Test
  void anUrgentConcernUntouchedEscalatesTwiceByTheEngineClockAndAClaimStopsIt() {
    ProcessInstance review = file(ReportCategory.SELF_HARM_RISK, false);
    runJobs(review);
    assertThat(review).isWaitingAt("Task_ReviewUrgentReport");
    Task task = task(review);
    assertThat(task.getPriority()).isEqualTo(100);
    assertThat(task.getDueDate().toInstant()).isEqualTo(NOW.plus(properties.urgentResponse()));
    assertThat(mail(reporter, "report-received").getTextBody()).contains("TelefonSeelsorge", "0800 111 0 111", "looking at it now");

    fireTimer(review, NOW.plus(properties.urgentResponse()));
    List<OutboundMessage> first = escalations(review, "#first");
    assertThat(first).isNotEmpty();
    assertThat(first.get(0).getSubject()).contains("Urgent safety concern untouched");
    fireTimer(review, NOW.plus(properties.urgentResponse()).plus(properties.urgentRepeat()));
    assertThat(escalations(review, "#again")).isNotEmpty();
    assertThat(review).isWaitingAt("Task_ReviewUrgentReport");

    ClockUtil.setCurrentTime(Date.from(NOW));
    ProcessInstance claimed = file(ReportCategory.OTHER, true);
    runJobs(claimed);
    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofMinutes(4))));
    tasks.claim(task(claimed).getId(), "mod-ann");
    fireTimer(claimed, NOW.plus(properties.urgentResponse()));
    assertThat(escalations(claimed, "#first")).as("claimed in time: nobody is alerted").isEmpty();
    assertThat(moderation.audit(reportId(claimed)).get(1).action()).isEqualTo(ModerationAction.CLAIMED);
  }

  private void fireTimer(ProcessInstance instance, Instant due) {
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().orderByJobDuedate().asc()
        .listPage(0, 1).get(0);
    assertThat(timer.getDuedate().toInstant()).isEqualTo(due);
    ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));
    management.executeJob(timer.getId());
    runJobs(instance);
  }

  private List<OutboundMessage> escalations(ProcessInstance instance, String round) {
    return outbox.findAll().stream().filter(m -> m.getPurpose().equals("urgent-escalation" + round)
        && m.getTextBody().contains(reportId(instance).toString())).toList();
  }

  private void decide(ProcessInstance review, String moderator, String decision, String reason) {
    Task task = task(review);
    tasks.claim(task.getId(), moderator);
    tasks.complete(task.getId(), Map.of("decision", decision, "decisionReason", reason));
  }

  private Task task(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private ProcessInstance file(ReportCategory category, boolean urgent) {
    return start(new ReportRequest(reporter.getId(), reported.getId(), null, null, category,
        "What happened, in my words.", urgent));
  }

  private ProcessInstance start(ReportRequest request) {
    ReportFiled filed = transactions.execute(s -> reports.fileByLink(request));
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(filed.id().toString()).singleResult();
  }

  private static UUID reportId(ProcessInstance instance) {
    return UUID.fromString(instance.getBusinessKey());
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

  private List<OutboundMessage> mails(Person person) {
    return outbox.findByRecipientPersonIdOrderByCreatedAt(person.getId());
  }

  private OutboundMessage mail(Person person, String purpose) {
    List<OutboundMessage> found = mails(person).stream().filter(m -> m.getPurpose().equals(purpose)).toList();
    assertThat(found).as(purpose + " to " + person.getDisplayName()).hasSize(1);
    return found.get(0);
  }

  private Event event(Person host) {
    var at = NOW.plus(Duration.ofDays(10)).atOffset(java.time.ZoneOffset.UTC);
    return events.create(new EventRequest("Circle " + UUID.randomUUID().toString().substring(0, 6), "Together",
        null, null, EventKind.GROUP, EventFormat.VIRTUAL, at, at.plusHours(1), "Europe/Berlin", host.getId(), 10,
        null, null, false, null, null, EventStatus.PUBLISHED));
  }

  private Person person(String name, Role role) {
    return people.save(TestPeople.person(name, "Europe/Berlin", role, Plan.FREE));
  }
}
