package org.mentra.sessions.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One fresh PostgreSQL database per test run, so runs never see each other's rows. The server is
 * MENTRA_TEST_DB_URL (default jdbc:postgresql://127.0.0.1:5432/test, user postgres); the run's
 * database is created next to it. It outlives the run (the application closes its connections in
 * a shutdown hook of its own, which a drop would race); a later run drops those older than a day
 * that nobody uses any more.
 */
public final class PostgresTestDatabase {

  private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");
  private static final String SERVER_URL = env("MENTRA_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String USER = env("MENTRA_TEST_DB_USER", "postgres");
  private static final String PASSWORD = env("MENTRA_TEST_DB_PASSWORD", "");
  private static String runUrl;

  private PostgresTestDatabase() {}

  /** The JDBC URL of this run's database, created on first use. */
  public static synchronized String url() {
    if (runUrl == null) {
      runUrl = create("mentra_test_");
    }
    return runUrl;
  }

  /**
   * A new database of its own beside the run's, named {@code prefix} and the time (a benchmark's, for
   * example, so it starts empty); earlier ones with the same prefix older than a day are dropped.
   */
  public static String fresh(String prefix) {
    return create(prefix);
  }

  public static String user() {
    return USER;
  }

  public static String password() {
    return PASSWORD;
  }

  private static String create(String prefix) {
    Matcher url = JDBC_URL.matcher(SERVER_URL);
    if (!url.matches()) {
      throw new IllegalStateException("MENTRA_TEST_DB_URL must look like jdbc:postgresql://host:port/database, was "
          + SERVER_URL);
    }
    String name = prefix + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
        + UUID.randomUUID().toString().substring(0, 8);
    try (Connection connection = connect(SERVER_URL); Statement statement = connection.createStatement()) {
      dropStale(connection, prefix);
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("\n\n  No PostgreSQL answers at " + SERVER_URL + " as user " + USER + " ("
          + e.getMessage() + ").\n  The tests need one: start it with\n"
          + "    pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\n"
          + "  or point MENTRA_TEST_DB_URL (and MENTRA_TEST_DB_USER / MENTRA_TEST_DB_PASSWORD) at another server.\n",
          e);
    }
    return url.group(1) + name + url.group(3);
  }

  /** Drops earlier runs' databases older than a day; one still in use refuses the drop and stays. */
  private static void dropStale(Connection connection, String prefix) throws SQLException {
    String dayAgo = LocalDateTime.now().minusDays(1).format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
    java.util.List<String> stale = new java.util.ArrayList<>();
    try (Statement statement = connection.createStatement();
        var rows = statement.executeQuery("select datname from pg_database where datname like '" + prefix + "%'")) {
      while (rows.next()) {
        String name = rows.getString(1);
        if (name.substring(prefix.length()).compareTo(dayAgo) < 0) {
          stale.add(name);
        }
      }
    }
    for (String name : stale) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("drop database if exists " + name);
      } catch (SQLException inUse) {
        // another run still works in it
      }
    }
  }

  private static Connection connect(String url) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", USER);
    properties.setProperty("password", PASSWORD);
    properties.setProperty("connectTimeout", "5");
    properties.setProperty("loginTimeout", "5");
    return DriverManager.getConnection(url, properties);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
