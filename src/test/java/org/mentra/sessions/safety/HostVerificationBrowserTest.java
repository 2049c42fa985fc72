package org.mentra.sessions.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
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
import org.mentra.sessions.engine.CoordinatorAccess;
import org.mentra.sessions.events.EventFormat;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventRequest;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.Browser;
import org.mentra.sessions.support.BrowserCovers;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.Tasklist;
import org.mentra.sessions.support.TestPeople;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A host application walked through its five checks in Tasklist, one form per step, and at the verification's
 * expiry the hand-over of the host's professional event still to come.
 */
@BrowserCovers(forms = {"verify-host-credentials", "verify-host-background", "verify-host-history",
    "verify-host-expertise", "verify-host-training", "verify-host-hand-over"})
class HostVerificationBrowserTest extends IntegrationTest {

  static final Instant NOW = Instant.parse("2036-03-02T09:00:00Z");

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
  TransactionTemplate transactions;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
        TestUsers.COORDINATOR, null, List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"))));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aCoordinatorVerifiesAHostStepByStepInTasklistAndTakesOverTheirEventAtTheExpiry() {
    Person applicant = people.save(TestPeople.person("Hedda Browser", "Europe/Berlin", Role.HOST, Plan.PROFESSIONAL));
    HostApplicationFiled filed = transactions.execute(s -> hosts.apply(new HostApplicationRequest(applicant.getId(),
        "Registered psychotherapist (HCPC PYL67890)", List.of("grief", "group therapy"),
        List.of("Dr. Okafor, Royal Free, 020 7794 0500"))));
    ProcessInstance review = runtime.createProcessInstanceQuery().processInstanceBusinessKey(filed.id().toString())
        .processDefinitionKey(HostVerificationVariables.PROCESS_KEY).singleResult();
    runJobs(review);
    Tasklist tasklist = Tasklist.asCoordinator(baseUrl(), processEngine);

    step(tasklist, review, HostVerificationStep.CREDENTIALS, "Credentials verified", "HCPC PYL67890");
    step(tasklist, review, HostVerificationStep.BACKGROUND, "Background clear", "Dr. Okafor, Royal Free");
    String history = step(tasklist, review, HostVerificationStep.HISTORY, "History fine for hosting", "grief");
    assertThat(history).as("the activity history, pre-filled by the process")
        .contains("Attendance: 0 kept", "Reliability: 100 %", "Hosted: 0 events held", "Reports about them: none");
    step(tasklist, review, HostVerificationStep.EXPERTISE, "Expertise valid", "group therapy");
    step(tasklist, review, HostVerificationStep.TRAINING, "Training completed: verify the host", "Hedda Browser");
    assertThat(hosts.verification(applicant.getId()).status()).isEqualTo(HostVerificationStatus.VERIFIED);

    Instant expiresAt = hosts.verification(applicant.getId()).expiresAt();
    var at = expiresAt.plus(Duration.ofDays(20)).atOffset(ZoneOffset.UTC);
    events.create(new EventRequest("Grief workshop after the expiry", "Together", "SKILL_BUILDING_WORKSHOP", null,
        EventKind.GROUP, EventFormat.VIRTUAL, at, at.plusHours(1), "Europe/Berlin", applicant.getId(), 10, null,
        null, false, null, null, EventStatus.PUBLISHED), applicant);
    fireTimer(review, expiresAt.minus(properties.renewalNotice()));
    fireTimer(review, expiresAt);
    assertThat(review).isWaitingAt("Task_HandOverEventsAtExpiry");
    Task handOver = task(review);

    tasklist.openTask(handOver.getId(), CoordinatorAccess.FILTER_NAME).assertFilledFromTheProcess().assertReadable();
    assertThat(tasklist.formText()).contains("Hedda Browser", "Grief workshop after the expiry");
    Browser.screenshot(tasklist.driver(), "tasklist-host-hand-over");
    tasklist.claim().type("What happens to each event", "Nadia hosts it instead.").complete();
    Browser.await(tasklist.driver(), d -> tasks.createTaskQuery().taskId(handOver.getId()).count() == 0);
    runJobs(review);
    assertThat(review).isEnded().hasPassed("End_EventsHandedOver");
  }

  /** Opens the step's form, checks what it shows, approves it in the browser; the form's text. */
  private String step(Tasklist tasklist, ProcessInstance review, HostVerificationStep step, String approve,
      String shown) {
    assertThat(review).isWaitingAt(step.taskId());
    String taskId = task(review).getId();
    tasklist.openTask(taskId, CoordinatorAccess.FILTER_NAME).assertFilledFromTheProcess().assertReadable();
    String text = tasklist.formText();
    assertThat(text).contains("Hedda Browser", shown);
    if (step == HostVerificationStep.HISTORY) {
      Browser.screenshot(tasklist.driver(), "tasklist-host-history");
    }
    tasklist.claim().choose(approve).complete();
    Browser.await(tasklist.driver(), d -> tasks.createTaskQuery().taskId(taskId).count() == 0);
    runJobs(review);
    return text;
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
}
