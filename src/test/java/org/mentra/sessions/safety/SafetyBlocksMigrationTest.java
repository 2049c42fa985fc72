package org.mentra.sessions.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.PostgresTestDatabase;

/**
 * V50 moves pairing's blocks to safety: every row keeps who blocked whom, its reason and time, gets an id
 * of its own, and pairing's table is gone. On PostgreSQL (a schema of its own) and on H2 (the demo's).
 */
class SafetyBlocksMigrationTest {

  @Test
  void onPostgresql() throws SQLException {
    String schema = "v50_" + UUID.randomUUID().toString().substring(0, 8);
    FluentConfiguration flyway = Flyway.configure().locations("classpath:db/migration")
        .dataSource(PostgresTestDatabase.url(), PostgresTestDatabase.user(), PostgresTestDatabase.password())
        .schemas(schema);
    try (Connection db = DriverManager.getConnection(PostgresTestDatabase.url(), PostgresTestDatabase.user(),
        PostgresTestDatabase.password())) {
      try {
        migrateWithBlocksBeforeV50(flyway, db, "set search_path to " + schema);
      } finally {
        try (Statement statement = db.createStatement()) {
          statement.execute("drop schema if exists " + schema + " cascade");
        }
      }
    }
  }

  @Test
  void onH2() throws SQLException {
    String url = "jdbc:h2:mem:v50-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (Connection db = DriverManager.getConnection(url, "sa", "")) {
      migrateWithBlocksBeforeV50(Flyway.configure().locations("classpath:db/migration").dataSource(url, "sa", ""),
          db, "set schema public");
    }
  }

  private static void migrateWithBlocksBeforeV50(FluentConfiguration flyway, Connection db, String useSchema)
      throws SQLException {
    flyway.target("31").load().migrate(); // pairing's table with its version column (V31)
    try (Statement statement = db.createStatement()) {
      statement.execute(useSchema);
    }
    UUID patient = insertPerson(db, "patient");
    UUID counselor = insertPerson(db, "counselor");
    UUID other = insertPerson(db, "other");
    insertBlock(db, patient, counselor, "asked");
    insertBlock(db, counselor, patient, null);
    insertBlock(db, patient, other, "also asked");

    flyway.target("latest").load().migrate();

    List<String> rows = new ArrayList<>();
    List<UUID> ids = new ArrayList<>();
    try (Statement statement = db.createStatement(); ResultSet moved = statement.executeQuery("""
        select id, blocker_id, blocked_id, reason, origin, created_by, created_at, version from safety_block
        order by reason""")) {
      while (moved.next()) {
        ids.add(moved.getObject(1, UUID.class));
        rows.add(moved.getObject(2, UUID.class) + ">" + moved.getObject(3, UUID.class) + " " + moved.getString(4)
            + " " + moved.getString(5) + " " + moved.getString(6) + " "
            + moved.getObject(7, OffsetDateTime.class).toInstant() + " v" + moved.getLong(8));
      }
    }
    assertThat(rows).containsExactlyInAnyOrder(
        patient + ">" + counselor + " asked PAIRING pairing 2031-06-01T09:00:00Z v0",
        counselor + ">" + patient + " null PAIRING pairing 2031-06-01T09:00:00Z v0",
        patient + ">" + other + " also asked PAIRING pairing 2031-06-01T09:00:00Z v0");
    assertThat(ids).doesNotHaveDuplicates().doesNotContainNull();
    try (Statement statement = db.createStatement();
        ResultSet tables = statement.executeQuery("select count(*) from information_schema.tables "
            + "where lower(table_name) = 'person_block'")) {
      tables.next();
      assertThat(tables.getInt(1)).as("pairing's table is gone").isZero();
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

  private static void insertBlock(Connection db, UUID person, UUID blocked, String reason) throws SQLException {
    try (PreparedStatement insert = db.prepareStatement("""
        insert into person_block (person_id, blocked_person_id, reason, created_at) values (?, ?, ?, ?)""")) {
      insert.setObject(1, person);
      insert.setObject(2, blocked);
      insert.setString(3, reason);
      insert.setObject(4, OffsetDateTime.of(2031, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC));
      insert.executeUpdate();
    }
  }
}
