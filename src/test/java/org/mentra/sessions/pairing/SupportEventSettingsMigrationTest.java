package org.mentra.sessions.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.PostgresTestDatabase;

/**
 * V26 on a database that already holds events: each paired support event keeps its slot length and
 * pairing mode (now pairing's support_event_settings), and the event table no longer has them. On
 * PostgreSQL (a schema of its own in the tests' database) and on H2 (the demo's database).
 */
class SupportEventSettingsMigrationTest {

  private static final UUID AUTOMATIC = UUID.randomUUID();
  private static final UUID SELF_SELECT = UUID.randomUUID();
  private static final UUID GROUP = UUID.randomUUID();

  @Test
  void onPostgresql() throws SQLException {
    String schema = "v26_" + UUID.randomUUID().toString().substring(0, 8);
    FluentConfiguration flyway = Flyway.configure().locations("classpath:db/migration")
        .dataSource(PostgresTestDatabase.url(), PostgresTestDatabase.user(), PostgresTestDatabase.password())
        .schemas(schema);
    try (Connection db = DriverManager.getConnection(PostgresTestDatabase.url(), PostgresTestDatabase.user(),
        PostgresTestDatabase.password())) {
      try {
        migrateWithEventsBeforeV26(flyway, db, "set search_path to " + schema);
      } finally {
        try (Statement statement = db.createStatement()) {
          statement.execute("drop schema if exists " + schema + " cascade");
        }
      }
    }
  }

  @Test
  void onH2() throws SQLException {
    String url = "jdbc:h2:mem:v26-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (Connection db = DriverManager.getConnection(url, "sa", "")) {
      migrateWithEventsBeforeV26(Flyway.configure().locations("classpath:db/migration").dataSource(url, "sa", ""),
          db, "set schema public");
    }
  }

  private static void migrateWithEventsBeforeV26(FluentConfiguration flyway, Connection db, String useSchema)
      throws SQLException {
    MigrationVersion v26 = MigrationVersion.fromVersion("26");
    MigrationVersion before = Arrays.stream(flyway.load().info().all()).map(MigrationInfo::getVersion)
        .filter(version -> version.compareTo(v26) < 0).max(Comparator.naturalOrder()).orElseThrow();
    flyway.target(before).load().migrate();
    try (Statement statement = db.createStatement()) {
      statement.execute(useSchema);
    }
    insertEvent(db, AUTOMATIC, "PAIRED_SUPPORT", 45, "AUTOMATIC");
    insertEvent(db, SELF_SELECT, "PAIRED_SUPPORT", 90, "SELF_SELECT");
    insertEvent(db, GROUP, "GROUP", null, null);

    flyway.target("latest").load().migrate();

    Map<UUID, String> settings = new HashMap<>();
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery("select event_id, slot_minutes, pairing_mode, version "
            + "from support_event_settings")) {
      while (rows.next()) {
        settings.put(rows.getObject(1, UUID.class), rows.getInt(2) + " " + rows.getString(3) + " v" + rows.getLong(4));
      }
    }
    assertThat(settings).containsExactlyInAnyOrderEntriesOf(Map.of(AUTOMATIC, "45 AUTOMATIC v0",
        SELF_SELECT, "90 SELF_SELECT v0"));
    for (String column : new String[] {"slot_minutes", "pairing_mode"}) {
      assertThatThrownBy(() -> {
        try (Statement statement = db.createStatement()) {
          statement.executeQuery("select " + column + " from event");
        }
      }).as(column).isInstanceOf(SQLException.class);
    }
  }

  private static void insertEvent(Connection db, UUID id, String kind, Integer slotMinutes, String pairingMode)
      throws SQLException {
    OffsetDateTime start = OffsetDateTime.of(2031, 6, 10, 18, 0, 0, 0, ZoneOffset.UTC);
    try (PreparedStatement insert = db.prepareStatement("""
        insert into event (id, title, kind, format, starts_at, ends_at, time_zone, privacy, slot_minutes,
            pairing_mode, status, created_at, updated_at)
        values (?, 'Before V26', ?, 'VIRTUAL', ?, ?, 'Europe/London', 'PUBLIC', ?, ?, 'PUBLISHED', ?, ?)""")) {
      insert.setObject(1, id);
      insert.setString(2, kind);
      insert.setObject(3, start);
      insert.setObject(4, start.plusHours(3));
      insert.setObject(5, slotMinutes);
      insert.setString(6, pairingMode);
      insert.setObject(7, start.minusDays(10));
      insert.setObject(8, start.minusDays(10));
      insert.executeUpdate();
    }
  }
}
