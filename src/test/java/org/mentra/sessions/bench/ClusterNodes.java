package org.mentra.sessions.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentra.sessions.support.PackagedJar;

/**
 * Nodes of the packaged application (failsafe passes it as {@code mentra.packaged-jar}) on one fresh
 * PostgreSQL database, as an operator runs them: the postgres profile, HTTP Basic, an administrator
 * and a coordinator, mail to an SMTP server of the test. Each node logs to a file of its own.
 */
final class ClusterNodes implements AutoCloseable {

  static final String ADMIN = "admin";
  static final String COORDINATOR = "coordinator";
  static final String PASSWORD = "cluster-bench-password";
  /** Generous: on the 2 shared cores, at load average 28, a start took 4 minutes (40 s when the machine is quiet). */
  private static final Duration STARTUP = Duration.ofMinutes(8);
  private static final String SERVER = System.getenv().getOrDefault("MENTRA_TEST_DB_URL",
      "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String DB_USER = System.getenv().getOrDefault("MENTRA_TEST_DB_USER", "postgres");
  private static final String DB_PASSWORD = System.getenv().getOrDefault("MENTRA_TEST_DB_PASSWORD", "");

  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String databaseUrl;
  private final int smtpPort;
  private final Path folder;
  private final String name;
  private final Map<String, String> extra;
  private final Map<Integer, Process> running = new java.util.concurrent.ConcurrentHashMap<>();
  private final List<Path> logs = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final String linksSecret = randomKey();
  private final String feedKey = randomKey();

  /** A new database {@code clu_<name>_<random>}; {@code extra} are properties every node gets. */
  ClusterNodes(String name, int smtpPort, Path folder, Map<String, String> extra) throws Exception {
    this.smtpPort = smtpPort;
    this.folder = folder;
    this.extra = extra;
    this.name = name;
    String database = "clu_" + name + "_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection connection = DriverManager.getConnection(SERVER, DB_USER, DB_PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + database);
    }
    this.databaseUrl = SERVER.replaceFirst("/[^/?]*(\\?.*)?$", "/" + database);
  }

  /**
   * Extra node properties for a diagnosis, as {@code -Dcluster.node-properties=key=value,key=value}
   * (e.g. the connection pool of the first try: spring.datasource.hikari.maximum-pool-size=10).
   */
  static Map<String, String> fromSystemProperty() {
    Map<String, String> properties = new LinkedHashMap<>();
    String given = System.getProperty("cluster.node-properties", "");
    for (String pair : given.split(",")) {
      if (pair.contains("=")) {
        properties.put(pair.substring(0, pair.indexOf('=')).strip(), pair.substring(pair.indexOf('=') + 1).strip());
      }
    }
    return properties;
  }

  /** Starts a node on {@code port} and waits until it is ready. */
  Process start(int port) throws IOException {
    Path log = folder.resolve(name + "-node-" + port + "-" + logs.size() + ".log");
    logs.add(log);
    List<String> command = new ArrayList<>(List.of(PackagedJar.java(), "-Xmx768m", "-jar", PackagedJar.path(),
        "--server.port=" + port, "--spring.main.banner-mode=off",
        "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=" + DB_USER,
        "--spring.datasource.password=" + DB_PASSWORD,
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
        "--mentra.public-base-url=http://127.0.0.1:" + port));
    extra.forEach((key, value) -> command.add("--" + key + "=" + value));
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(Map.of("SPRING_PROFILES_ACTIVE", "postgres", "MENTRA_LINKS_SECRET", linksSecret,
        "MENTRA_CALENDAR_FEED_KEY", feedKey, "MENTRA_SECURITY_HTTPBASIC", "true",
        "CAMUNDA_BPM_ADMIN_USER_ID", ADMIN, "CAMUNDA_BPM_ADMIN_USER_PASSWORD", PASSWORD));
    Process process = builder.start();
    running.put(port, process);
    PackagedJar.awaitReady(process, port, log, STARTUP);
    return process;
  }

  /** SIGKILL: no shutdown hook, no orderly release of the jobs and mail it holds. */
  void kill(int port) throws InterruptedException {
    Process process = running.remove(port);
    process.destroyForcibly();
    process.waitFor();
  }

  /** The coordinator of the API, in the group coordinators, made through the engine REST API as an admin would. */
  void createCoordinator(int port) throws Exception {
    HttpResponse<String> user = send(port, ADMIN, "POST", "/engine-rest/user/create", """
        {"profile": {"id": "%s", "firstName": "Cluster", "lastName": "Coordinator", "email": "coordinator@mentra.example"},
         "credentials": {"password": "%s"}}""".formatted(COORDINATOR, PASSWORD));
    assertThat(user.statusCode()).as(user.body()).isEqualTo(204);
    HttpResponse<String> member = send(port, ADMIN, "PUT", "/engine-rest/group/coordinators/members/" + COORDINATOR,
        null);
    assertThat(member.statusCode()).as(member.body()).isEqualTo(204);
  }

  /** One number from the nodes' database (what is still waiting in the outbox, say). */
  long count(String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(databaseUrl, DB_USER, DB_PASSWORD);
        Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** A GET of the engine REST API as the administrator. */
  HttpResponse<String> admin(int port, String path) throws Exception {
    return send(port, ADMIN, "GET", path, null);
  }

  HttpResponse<String> api(int port, String method, String path, String json) throws Exception {
    return send(port, COORDINATOR, method, path, json);
  }

  private HttpResponse<String> send(int port, String user, String method, String path, String json) throws Exception {
    String login = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(port, path)).timeout(Duration.ofSeconds(90))
        .header("Authorization", "Basic " + login)
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The one-click POST of an availability link as the page's form sends it: the first slot, not the others. */
  HttpResponse<String> answerFirstSlot(int port, String linkPath) throws Exception {
    String form = "slot-0=AVAILABLE&slot-1=UNAVAILABLE&slot-2=UNAVAILABLE&alternative-0=&note=";
    return client.send(HttpRequest.newBuilder(uri(port, linkPath)).timeout(Duration.ofSeconds(90))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Lines of every node's log so far containing {@code text}. */
  long logLines(String text) throws IOException {
    long count = 0;
    for (Path log : logs) {
      try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
        count += lines.filter(line -> line.contains(text)).count();
      }
    }
    return count;
  }

  static URI uri(int port, String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  @Override
  public void close() {
    running.values().forEach(Process::destroyForcibly);
    running.clear();
  }
}
