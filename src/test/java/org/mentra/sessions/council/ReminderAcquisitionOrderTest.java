package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.council.domain.CouncilSession;

/**
 * The job executor takes a due reminder before a backlog of asynchronous continuations, even ones due
 * earlier and written to the table before it (application.yml: job-executor-prefer-timer-jobs and
 * job-executor-acquire-by-due-date). Camunda's default order would be the table's.
 */
class ReminderAcquisitionOrderTest extends CouncilIntegrationTest {

  @Test
  void aDueReminderComesBeforeEarlierMailSteps() {
    CouncilSession remindedCouncil = request(mentee(), mentors(3), 3);
    ProcessInstance reminded = process(remindedCouncil);
    Date backlogCreated = Date.from(NOW.plus(Duration.ofHours(1)));
    ClockUtil.setCurrentTime(backlogCreated);
    ProcessInstance backlog = process(request(mentee(), mentors(3), 3));
    runJobs(reminded); // its reminder timers are written after the backlog's continuations
    List<Job> backlogJobs = management.createJobQuery().processInstanceId(backlog.getId()).messages().list();
    List<Job> reminders = timers(reminded, "Timer_FirstReminder", null);
    ClockUtil.setCurrentTime(Date.from(reminders.get(0).getDuedate().toInstant().plusSeconds(60)));

    List<String> order = acquisitionOrder();
    Set<String> ours = new HashSet<>();
    backlogJobs.forEach(job -> ours.add(job.getId()));
    reminders.forEach(job -> ours.add(job.getId()));
    List<String> oursInOrder = order.stream().filter(ours::contains).toList();

    assertThat(oursInOrder.subList(0, 3)).as("the reminders first")
        .containsExactlyInAnyOrderElementsOf(reminders.stream().map(Job::getId).toList());
    assertThat(oursInOrder.subList(3, 6)).containsExactlyInAnyOrderElementsOf(
        backlogJobs.stream().map(Job::getId).toList());
    assertThat(backlogJobs).hasSize(3).allSatisfy(job -> assertThat(job.getDuedate())
        .as("a continuation is due when it was made").isEqualTo(backlogCreated));
    assertThat(reminders).hasSize(3)
        .allSatisfy(timer -> assertThat(timer.getDuedate()).isAfter(backlogCreated));
    assertDueTimersFirstThenByDueDate(order);
  }

  /** Every job the acquisition would take now, in its order (read only: nothing is locked). */
  private List<String> acquisitionOrder() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> context.getJobManager()
        .findNextJobsToExecute(new Page(0, 10_000)).stream().map(AcquirableJobEntity::getId).toList());
  }

  /** The whole acquisition (other tests' jobs too): timers, then the others, each by ascending due date. */
  private void assertDueTimersFirstThenByDueDate(List<String> order) {
    Map<String, Job> jobs = management.createJobQuery().jobIds(new HashSet<>(order)).list().stream()
        .collect(Collectors.toMap(Job::getId, Function.identity()));
    Set<String> timers = management.createJobQuery().jobIds(new HashSet<>(order)).timers().list().stream()
        .map(Job::getId).collect(Collectors.toSet());
    for (int i = 1; i < order.size(); i++) {
      Job before = jobs.get(order.get(i - 1));
      Job after = jobs.get(order.get(i));
      boolean timerBefore = timers.contains(before.getId());
      boolean timerAfter = timers.contains(after.getId());
      assertThat(timerBefore || !timerAfter).as("no timer after a continuation").isTrue();
      if (timerBefore == timerAfter && before.getDuedate() != null && after.getDuedate() != null) {
        assertThat(before.getDuedate()).isBeforeOrEqualTo(after.getDuedate());
      }
    }
  }
}
