package org.mentra.sessions.engine;


import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
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
    JobAcquisitionIndexTest.assertShippedAcquisition(processEngine, dataSource);
  }
}
