package org.mentra.sessions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The job acquisition we ship, in force on PostgreSQL: due timers first, then by due date, and the index
 * Camunda recommends for that order, made by {@link JobAcquisitionIndex} after the engine built its schema.
 * (The demo's H2 database gets the same: JobAcquisitionDemoIT.)
 */
class JobAcquisitionIndexTest extends IntegrationTest {

  @Autowired
  private DataSource dataSource;

  @Test
  void timersFirstThenByDueDateWithItsIndex() throws Exception {
    assertShippedAcquisition(processEngine, dataSource);
  }

  /** The shipped acquisition order and its index, on the engine's database (PostgreSQL here, H2 in the demo). */
  static void assertShippedAcquisition(ProcessEngine engine, DataSource dataSource) throws Exception {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThat(configuration.isJobExecutorPreferTimerJobs()).isTrue();
    assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
    assertThat(configuration.isJobExecutorAcquireByPriority()).as("priority would rank above timers").isFalse();
    assertThat(acquisitionIndexColumns(dataSource)).containsExactly("TYPE_ D", "DUEDATE_ A");
  }

  @Test
  void aJobWithoutADueDateFromBeforeIsDueNowAfterTheStart() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    String key = TestProcesses.deploy(processEngine.getRepositoryService(), "undated",
        k -> TestProcesses.waitForMessage(k, "TestNeverSent"));
    String instance = processEngine.getRuntimeService().startProcessInstanceByKey(key).getId();
    Job job = processEngine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
    assertThat(job.getDuedate()).as("Camunda dates a new job when acquiring by due date").isNotNull();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("update ACT_RU_JOB set DUEDATE_ = null where ID_ = ?", job.getId()); // as written before
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(3_600);
    ClockUtil.setCurrentTime(Date.from(now));

    JobAcquisitionIndex.ensure(configuration);

    Job dated = processEngine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
    assertThat(dated.getDuedate()).as("due at the engine's now, in Camunda's own time zone").isEqualTo(Date.from(now));
    processEngine.getRuntimeService().deleteProcessInstance(instance, "test over");
  }

  /** The columns of the acquisition index on ACT_RU_JOB with their order (A or D), as JDBC reports them. */
  public static List<String> acquisitionIndexColumns(DataSource dataSource) throws Exception {
    SortedMap<Short, String> columns = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      String table = connection.getMetaData().storesLowerCaseIdentifiers() ? "act_ru_job" : "ACT_RU_JOB";
      try (ResultSet index = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
        while (index.next()) {
          if (JobAcquisitionIndex.NAME.equalsIgnoreCase(index.getString("INDEX_NAME"))) {
            columns.put(index.getShort("ORDINAL_POSITION"), index.getString("COLUMN_NAME").toUpperCase() + " "
                + index.getString("ASC_OR_DESC"));
          }
        }
      }
    }
    return new ArrayList<>(columns.values());
  }
}
