package org.mentra.sessions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The configured lock time as the application binds it, and the long jobs the features declare. */
class JobLockTimeConfigurationTest extends IntegrationTest {

  @Autowired
  private JobLockTime jobLockTime;

  @Autowired
  private List<LongRunningJob> longRunningJobs;

  @Test
  void aCrashedNodesJobsWaitNinetySecondsNotFiveMinutes() {
    assertThat(jobLockTime.lockTime()).isEqualTo(Duration.ofSeconds(90)).isLessThan(JobLockTime.CAMUNDA_DEFAULT);
  }

  @Test
  void bothSolversDeclareTheirCapAndTheLockOutlastsThem() {
    assertThat(longRunningJobs).extracting(LongRunningJob::name)
        .anyMatch(n -> n.contains("mentra.council.solver.time-cap"))
        .anyMatch(n -> n.contains("mentra.pairing.solver.time-cap"));
    assertThat(longRunningJobs).allSatisfy(job ->
        assertThat(jobLockTime.lockTime()).isGreaterThanOrEqualTo(job.timeCap().plus(JobLockTime.HEADROOM)));
  }
}
