package org.mentra.sessions.engine;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How long a node holds a job it took: when a node dies, its jobs (a reminder timer, a mail step's
 * continuation) wait this long before another node runs them, so it is short; but a job still running
 * when its lock ends may be taken and run a second time by another node, so it must outlast the longest
 * job. Every {@link LongRunningJob} is checked at startup: the lock must exceed its cap by
 * {@link #HEADROOM} (loading the problem and saving the result around the solver).
 */
@Component
public class JobLockTime {

  /** Time a long job needs beyond its cap: reading its data before, writing its result after. */
  public static final Duration HEADROOM = Duration.ofSeconds(30);

  /** The engine's own default, when camunda.bpm.job-execution.lock-time-in-millis is not set. */
  static final Duration CAMUNDA_DEFAULT = Duration.ofMinutes(5);

  private final Duration lockTime;

  @Autowired
  JobLockTime(CamundaBpmProperties camunda, ObjectProvider<JobExecutor> jobExecutor, List<LongRunningJob> jobs) {
    this(effective(camunda, jobExecutor.getIfAvailable()), jobs);
  }

  JobLockTime(Duration lockTime, List<LongRunningJob> jobs) {
    this.lockTime = lockTime;
    for (LongRunningJob job : jobs) {
      if (lockTime.compareTo(job.timeCap().plus(HEADROOM)) < 0) {
        throw new IllegalStateException("camunda.bpm.job-execution.lock-time-in-millis (" + lockTime.toMillis()
            + ") must be at least " + job.timeCap().plus(HEADROOM).toMillis() + " ms: the " + job.name()
            + " may run " + job.timeCap() + ", plus " + HEADROOM + " to load and save; a shorter lock lets "
            + "another node run the same job again while it is still running");
      }
    }
  }

  /** The lock time the job executor uses (also when job execution is off on this node). */
  public Duration lockTime() {
    return lockTime;
  }

  private static Duration effective(CamundaBpmProperties camunda, JobExecutor jobExecutor) {
    if (jobExecutor != null) {
      return Duration.ofMillis(jobExecutor.getLockTimeInMillis());
    }
    Integer configured = camunda.getJobExecution().getLockTimeInMillis();
    return configured == null ? CAMUNDA_DEFAULT : Duration.ofMillis(configured);
  }
}
