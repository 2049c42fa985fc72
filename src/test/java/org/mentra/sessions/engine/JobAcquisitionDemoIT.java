package org.mentra.sessions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.DemoApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's H2 database gets the same job acquisition and its index as PostgreSQL (JobAcquisitionIndexTest). */
@DemoApplicationTest
class JobAcquisitionDemoIT {

  @Autowired
  private ProcessEngine processEngine;
  @Autowired
  private DataSource dataSource;

  @Test
  void timersFirstThenByDueDateWithItsIndex() throws Exception {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

    assertThat(configuration.isJobExecutorPreferTimerJobs()).isTrue();
    assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
    assertThat(JobAcquisitionIndexTest.acquisitionIndexColumns(dataSource)).containsExactly("TYPE_ D", "DUEDATE_ A");
  }
}
