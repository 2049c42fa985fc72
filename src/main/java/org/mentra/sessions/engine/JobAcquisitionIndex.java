package org.mentra.sessions.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The index Camunda recommends for the job acquisition order we configure (application.yml,
 * {@code job-executor-prefer-timer-jobs} and {@code job-executor-acquire-by-due-date}: due timers first,
 * then the rest, each oldest due first): {@code ACT_RU_JOB(TYPE_ DESC, DUEDATE_ ASC)}. PostgreSQL finds the
 * due jobs through it (a bitmap scan for "no due date or due by now") instead of reading the whole table.
 *
 * <p>Camunda's tables are the engine's own, not Flyway's: {@code camunda.bpm.database.schema-update}
 * creates and upgrades them when the engine is built, which on a new database may be after Flyway ran.
 * So the index is made here, right after the engine built its schema, on every start when it is missing,
 * with the same statement on H2 (the demo) and PostgreSQL.
 */
@Component
public class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

  public static final String NAME = "ACT_IDX_JOB_ACQUISITION";

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    if (configuration.isJobExecutorPreferTimerJobs() || configuration.isJobExecutorAcquireByDueDate()) {
      ensure(configuration);
    }
  }

  /**
   * Creates the index unless it exists, and gives jobs without a due date one. With acquisition by due
   * date Camunda dates every new job, but jobs written before (an upgraded database) have none, and
   * PostgreSQL sorts nulls last: under a steady load they would wait behind every dated job.
   */
  public static void ensure(ProcessEngineConfigurationImpl configuration) {
    dateUndatedJobs(configuration);
    String sql = "create index if not exists " + NAME + " on " + configuration.getDatabaseTablePrefix()
        + "ACT_RU_JOB (TYPE_ desc, DUEDATE_ asc)";
    try {
      execute(configuration, sql);
    } catch (SQLException raced) {
      // Two nodes starting together on one database: the other one made it meanwhile; now it is a no-op.
      try {
        execute(configuration, sql);
      } catch (SQLException e) {
        throw new IllegalStateException("Could not create the job acquisition index " + NAME, e);
      }
    }
  }

  /** Due now, on the engine's clock and as Camunda writes dates (the JVM's time zone, not the database's). */
  static int dateUndatedJobs(ProcessEngineConfigurationImpl configuration) {
    try (Connection connection = configuration.getDataSource().getConnection();
        PreparedStatement update = connection.prepareStatement("update " + configuration.getDatabaseTablePrefix()
            + "ACT_RU_JOB set DUEDATE_ = ? where DUEDATE_ is null")) {
      update.setTimestamp(1, new Timestamp(ClockUtil.getCurrentTime().getTime()));
      int dated = update.executeUpdate();
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      return dated;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not give the jobs without a due date one", e);
    }
  }

  private static void execute(ProcessEngineConfigurationImpl configuration, String sql) throws SQLException {
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    }
  }
}
