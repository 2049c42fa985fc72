package org.mentra.sessions.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the database holds, table by table, to show that a refused request wrote nothing: every table of
 * the application and of the engine (runtime, history, repository, general), each as its row count and
 * its newest {@code xmin}. In PostgreSQL every committed insert or update gives the row version the
 * writing transaction's id as {@code xmin}, and transaction ids only grow, so an insert, an update (even
 * one that writes the same values) or a delete changes one of the two; a rolled-back write leaves no
 * visible row. Cheaper than hashing contents, since no large column is read.
 *
 * <p>Left out, as no request writes them: {@code flyway_schema_history} (migrations at startup),
 * {@code act_ru_meter_log} (the engine's metrics reporter flushes it from a timer thread of its own) and
 * {@code act_id_*} (the engine's identity tables: logging in may reset a user's failed-attempt count,
 * which is the login's bookkeeping, not the request's effect; the login throttle itself keeps no rows).
 */
public final class DatabaseSnapshot {

  private static final Set<String> LEFT_OUT = Set.of("flyway_schema_history", "act_ru_meter_log");

  private final Map<String, String> tables;

  private DatabaseSnapshot(Map<String, String> tables) {
    this.tables = tables;
  }

  /** The tables compared, with one query that reads them all. */
  public static final class Database {

    private final JdbcTemplate jdbc;
    private final String query;

    public Database(JdbcTemplate jdbc) {
      this.jdbc = jdbc;
      List<String> names = jdbc.queryForList("select table_name from information_schema.tables"
          + " where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name", String.class)
          .stream().map(String::toLowerCase).filter(n -> !LEFT_OUT.contains(n) && !n.startsWith("act_id_")).toList();
      if (names.stream().noneMatch(n -> n.startsWith("act_ru_")) || !names.contains("council_session")) {
        throw new IllegalStateException("Not the application's database: " + names);
      }
      this.query = names.stream()
          .map(n -> "select '%s' as t, count(*) || ':' || coalesce(max(x.xmin::text::bigint), 0) as v from %s x"
              .formatted(n, n))
          .collect(Collectors.joining(" union all "));
    }

    public DatabaseSnapshot take() {
      Map<String, String> tables = new LinkedHashMap<>();
      // A prepared statement: the driver prepares it on the server after a few runs, and planning the union
      // of every table is most of its cost.
      jdbc.query(connection -> connection.prepareStatement(query),
          (java.sql.ResultSet row) -> {
            tables.put(row.getString("t"), row.getString("v"));
          });
      return new DatabaseSnapshot(tables);
    }

    /** The tables compared. */
    public Set<String> tables() {
      return take().tables.keySet();
    }
  }

  /** The tables written since {@code earlier}, with their rows:newest-xmin before and after. */
  public List<String> changedSince(DatabaseSnapshot earlier) {
    List<String> changed = new ArrayList<>();
    tables.forEach((table, now) -> {
      String before = earlier.tables.get(table);
      if (!now.equals(before)) {
        changed.add(table + " (" + before + " -> " + now + ")");
      }
    });
    return changed;
  }

  /**
   * Stops the engine's job executor while open, when it runs (not in the test profile; a test that
   * starts it may have left it on), so no job writes between two snapshots; restarts it on close.
   */
  public static AutoCloseable jobExecutorPaused(ProcessEngine engine) {
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    if (executor == null || !executor.isActive()) {
      return () -> { };
    }
    executor.shutdown();
    return executor::start;
  }
}
