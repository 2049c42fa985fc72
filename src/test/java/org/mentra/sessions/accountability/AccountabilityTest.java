package org.mentra.sessions.accountability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.mentra.sessions.attendance.AttendanceReport;
import org.mentra.sessions.attendance.AttendanceService;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.mail.OutboundMessage;
import org.mentra.sessions.mail.OutboxRepository;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.mentra.sessions.accountability.domain.Strike;
import org.mentra.sessions.accountability.domain.StrikeRepository;
import org.mentra.sessions.accountability.mail.Letters;

/**
 * What the accountability tests share: people with unique emails (tests share the database and
 * only look at their own rows), no-shows, and driving a case's jobs and clock.
 */
abstract class AccountabilityTest extends IntegrationTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Autowired
  PersonRepository people;
  @Autowired
  AttendanceService attendance;
  @Autowired
  StrikeRepository strikes;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  OutboxRepository outbox;
  @Autowired
  AccountabilityProperties properties;
  @Autowired
  org.mentra.sessions.people.CrisisResources crisis;
  @Autowired
  Clock clock;

  /** Time stands still unless a test moves it, so durations compare exactly. */
  @BeforeEach
  void freezeClock() {
    ClockUtil.setCurrentTime(new Date());
  }

  Person person(String name, Role role) {
    return person(name, role, null);
  }

  Person person(String name, Role role, String userId) {
    Person person = new Person(name, name.toLowerCase().replace(' ', '.') + "+" + UUID.randomUUID() + "@test.example",
        BERLIN, EnumSet.of(role), Plan.FREE, clock.instant());
    person.setUserId(userId);
    return people.save(person);
  }

  Person reload(Person person) {
    return people.findById(person.getId()).orElseThrow();
  }

  /** Records a no-show of the person in a new session that started an hour ago. */
  AttendanceReport noShow(Person person, ParticipantRole role) {
    AttendanceReport report = report(person, role, SessionKind.CHAT, UUID.randomUUID(), AttendanceStatus.NO_SHOW);
    attendance.record(report);
    return report;
  }

  /** A no-show whose case has done everything it does at once (strike, mail), now waiting. */
  ProcessInstance handledNoShow(Person person, ParticipantRole role) {
    ProcessInstance instance = caseOf(noShow(person, role));
    runDueJobs(instance);
    return instance;
  }

  /** A participant's third no-show in a row, handled: their sign-ups are paused. */
  AttendanceReport thirdNoShow(Person person) {
    handledNoShow(person, ParticipantRole.PATIENT);
    handledNoShow(person, ParticipantRole.PATIENT);
    AttendanceReport third = noShow(person, ParticipantRole.PATIENT);
    runDueJobs(caseOf(third));
    return third;
  }

  AttendanceReport report(Person person, ParticipantRole role, SessionKind kind, UUID sessionId,
      AttendanceStatus status) {
    return new AttendanceReport(kind, sessionId, person.getId(), role, status,
        clock.instant().minus(Duration.ofHours(1)), "test");
  }

  ProcessInstance caseOf(AttendanceReport report) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(NoShowCase.PROCESS_KEY)
        .processInstanceBusinessKey(businessKey(report)).singleResult();
  }

  long casesOf(AttendanceReport report) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(NoShowCase.PROCESS_KEY)
        .processInstanceBusinessKey(businessKey(report)).count();
  }

  static String businessKey(AttendanceReport report) {
    return NoShowCase.businessKey(report.sessionKind(), report.sessionId(), report.personId());
  }

  Strike strikeOf(AttendanceReport report) {
    return strikes.findBySessionKindAndSessionIdAndPersonId(report.sessionKind(), report.sessionId(),
        report.personId()).orElseThrow();
  }

  /** Runs the instance's jobs that are due now (not future timers), until none is left. */
  void runDueJobs(ProcessInstance instance) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs keep coming for " + instance.getId());
  }

  /** Moves the engine clock (and with it every service's clock) forward. */
  void advance(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(clock.instant().plus(duration)));
  }

  /** Moves the clock past the instance's earliest timer and runs everything due. */
  Instant fireNextTimer(ProcessInstance instance) {
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().orderByJobDuedate().asc()
        .listPage(0, 1).stream().findFirst().orElseThrow(() -> new AssertionError("No timer waits"));
    Instant due = timer.getDuedate().toInstant();
    ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));
    runDueJobs(instance);
    return due;
  }

  Task taskOf(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  List<OutboundMessage> mailTo(Person person) {
    return outbox.findByRecipientPersonIdOrderByCreatedAt(person.getId());
  }

  /** The one mail of this kind to the person (time stands still in tests, so order by time says little). */
  OutboundMessage mail(Person person, Letters.Letter letter) {
    return mail(person, letter.purpose());
  }

  OutboundMessage mail(Person person, String purpose) {
    List<OutboundMessage> mail = mailTo(person).stream().filter(m -> m.getPurpose().equals(purpose)).toList();
    if (mail.size() != 1) {
      throw new AssertionError(mail.size() + " mails " + purpose + " to " + person.getEmail() + " among "
          + mailTo(person).stream().map(OutboundMessage::getPurpose).toList());
    }
    return mail.get(0);
  }
}
