package org.mentra.sessions.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.PostgresTestDatabase;

/**
 * V31 on a database that already holds a block: the block gets version 0, and both tables take new rows
 * without naming the version (up to V31: V50 moves the blocks to safety, see SafetyBlocksMigrationTest). On PostgreSQL (a schema of its own) and on H2 (the demo's database).
 */
class PairingVersionsMigrationTest {

  @Test
  void onPostgresql() throws SQLException {
    String schema = "v31_" + UUID.randomUUID().toString().substring(0, 8);
    FluentConfiguration flyway = Flyway.configure().locations("classpath:db/migration")
        .dataSource(PostgresTestDatabase.url(), PostgresTestDatabase.user(), PostgresTestDatabase.password())
        .schemas(schema);
    try (Connection db = DriverManager.getConnection(PostgresTestDatabase.url(), PostgresTestDatabase.user(),
        PostgresTestDatabase.password())) {
      try {
        migrateWithABlockBeforeV31(flyway, db, "set search_path to " + schema);
      } finally {
        try (Statement statement = db.createStatement()) {
          statement.execute("drop schema if exists " + schema + " cascade");
        }
      }
    }
  }

  @Test
  void onH2() throws SQLException {
    String url = "jdbc:h2:mem:v31-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (Connection db = DriverManager.getConnection(url, "sa", "")) {
      migrateWithABlockBeforeV31(Flyway.configure().locations("classpath:db/migration").dataSource(url, "sa", ""),
          db, "set schema public");
    }
  }

  private static void migrateWithABlockBeforeV31(FluentConfiguration flyway, Connection db, String useSchema)
      throws SQLException {
    flyway.target("30").load().migrate();
    try (Statement statement = db.createStatement()) {
      statement.execute(useSchema);
    }
    UUID patient = insertPerson(db, "patient");
    UUID counselor = insertPerson(db, "counselor");
    insertBlock(db, patient, counselor);

    flyway.target("31").load().migrate();

    insertBlock(db, counselor, patient);
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery("select count(*), min(version), max(version) from person_block")) {
      rows.next();
      assertThat(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)}).containsExactly(2, 0, 0);
    }
    try (Statement statement = db.createStatement();
        ResultSet columns = statement.executeQuery("select version from chat_feedback")) {
      assertThat(columns.next()).isFalse();
    }
  }

  private static UUID insertPerson(Connection db, String name) throws SQLException {
    UUID id = UUID.randomUUID();
    try (PreparedStatement insert = db.prepareStatement("""
        insert into person (id, display_name, email, time_zone, plan, created_at)
        values (?, ?, ?, 'Europe/London', 'FREE', ?)""")) {
      insert.setObject(1, id);
      insert.setString(2, name);
      insert.setString(3, name + "-" + id + "@example.org");
      insert.setObject(4, OffsetDateTime.of(2031, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC));
      insert.executeUpdate();
    }
    return id;
  }

  private static void insertBlock(Connection db, UUID person, UUID blocked) throws SQLException {
    try (PreparedStatement insert = db.prepareStatement("""
        insert into person_block (person_id, blocked_person_id, reason, created_at) values (?, ?, 'asked', ?)""")) {
      insert.setObject(1, person);
      insert.setObject(2, blocked);
      insert.setObject(3, OffsetDateTime.of(2031, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC));
      insert.executeUpdate();
    }
  }
}
