package org.mentra.sessions.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every table of the application's schema, the engine's included, as a row count and a digest of its rows:
 * taken before and after requests that must change nothing, so "nothing changed" is checked for the whole
 * database, not for the one table a test thought of. The engine's metric logs are left out (Camunda writes
 * them on its own schedule).
 */
public record DatabaseState(Map<String, String> tables) {

  private static final Set<String> WRITTEN_BY_THEMSELVES = Set.of("act_ru_meter_log", "act_ru_task_meter_log");

  public static DatabaseState of(JdbcTemplate jdbc) {
    List<String> names = jdbc.queryForList("select table_name from information_schema.tables "
        + "where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name", String.class);
    Map<String, String> tables = new TreeMap<>();
    for (String name : names) {
      if (WRITTEN_BY_THEMSELVES.contains(name.toLowerCase())) {
        continue;
      }
      tables.put(name, jdbc.queryForObject("select count(*) || ' rows ' || coalesce(md5(string_agg(md5(t::text), "
          + "'' order by md5(t::text))), '') from \"" + name + "\" t", String.class));
    }
    return new DatabaseState(tables);
  }

  /** Fails naming the tables whose rows differ from {@code before}. */
  public void assertUnchangedSince(DatabaseState before, String what) {
    Map<String, String> changed = new TreeMap<>();
    before.tables.forEach((table, digest) -> {
      if (!digest.equals(tables.get(table))) {
        changed.put(table, digest + " -> " + tables.get(table));
      }
    });
    assertThat(changed).as("tables changed by %s", what).isEmpty();
    assertThat(tables.keySet()).as("tables").isEqualTo(before.tables.keySet());
  }
}
