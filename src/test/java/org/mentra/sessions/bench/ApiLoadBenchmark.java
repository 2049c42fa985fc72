package org.mentra.sessions.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The API under 100 concurrent clients (issue 14): the application in a JVM of its own (the main classes and
 * their dependencies, as the packaged jar has them: the bench profile runs at the test phase, before
 * {@code package}), on the embedded default (H2, demo profile) and on PostgreSQL (the postgres profile with the
 * demo data, in a database of its own). Each endpoint gets 100 clients, each one keep-alive connection sending
 * its next request as soon as the last was answered: first a warm-up round over all endpoints (the JIT, the
 * pools), then each endpoint for a second's ramp and the measured time; the health check is measured the same
 * way, in the same run, as the floor. Prints p50/p95/p99, throughput, errors and throughput as a ratio to the
 * floor, kept in {@code target/bench/api.md}.
 *
 * <p>Properties: {@code bench.api.databases} ({@code h2,postgres}), {@code bench.api.clients} (100),
 * {@code bench.api.warmup} (PT2S per endpoint), {@code bench.api.duration} (PT6S per endpoint), {@code bench.api.port} (a free one),
 * {@code bench.api.pg-url} (the server's {@code postgres} database at 127.0.0.1:5432, user postgres; the
 * benchmark creates {@code bench.api.pg-database}, default {@code mentra_bench_api}, afresh), and
 * {@code bench.api.jvm-args} (more options for the application's JVM, e.g. a JFR recording), and
 * {@code bench.api.url}: measure an application already running there instead (demo data, HTTP Basic).
 */
class ApiLoadBenchmark {

  private static final int CLIENTS = Integer.getInteger("bench.api.clients", 100);
  private static final Duration WARMUP = Duration.parse(System.getProperty("bench.api.warmup", "PT2S"));
  private static final Duration MEASURED = Duration.parse(System.getProperty("bench.api.duration", "PT6S"));
  /** Before each measured run: the clients' connections opened and the request rate settled. */
  private static final Duration RAMP = Duration.ofSeconds(1);
  private static final Duration STARTUP = Duration.ofMinutes(3);
  private static final String AUTH = "Basic "
      + Base64.getEncoder().encodeToString("coordinator:coordinator".getBytes(StandardCharsets.UTF_8));
  private static final Pattern OUTBOX_MESSAGE = Pattern.compile("href=\"/outbox/([0-9a-f-]{36})\">Can you join a council");
  private static final Pattern LINK = Pattern.compile("/r/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final AtomicLong unique = new AtomicLong(System.currentTimeMillis());

  @Test
  void api() throws Exception {
    Bench.Table table = new Bench.Table("API", "database", "endpoint", "clients", "requests/s", "/ floor",
        "p50 ms", "p95 ms", "p99 ms", "errors", "load average");
    String external = System.getProperty("bench.api.url");
    if (external != null) {
      measure(URI.create(external), "as running at " + external, table);
    } else {
      for (String database : System.getProperty("bench.api.databases", "h2,postgres").split(",")) {
        try (App app = App.start(database.strip())) {
          measure(app.base, app.label, table);
        }
      }
    }
    table.print();
  }

  private void measure(URI base, String database, Bench.Table table) throws Exception {
    Seed seed = seed(base);
    List<Scenario> scenarios = List.of(
        new Scenario("GET /actuator/health (floor)", i -> get(base, "/actuator/health", false)),
        new Scenario("GET /api/v1/people?role=MENTOR", i -> get(base, "/api/v1/people?role=MENTOR", true)),
        new Scenario("GET /api/v1/councils/{id}", i -> get(base, "/api/v1/councils/" + seed.councilId, true)),
        new Scenario("GET /api/v1/events", i -> get(base, "/api/v1/events", true)),
        new Scenario("GET /api/v1/events/{id}", i -> get(base, "/api/v1/events/" + seed.eventId, true)),
        new Scenario("POST /api/v1/people (write)", i -> createPerson(base)),
        // Two of the council's four mentors answer again and again (an answer may be changed until the
        // deadline): not all, so the council keeps collecting answers and every POST is a real save.
        new Scenario("POST /r/{token} (one-click availability)", i -> answer(base, seed.links.get(i % seed.links.size()))));
    for (Scenario scenario : scenarios) {
      run(scenario, WARMUP, Duration.ZERO); // a round for the JIT and the pools, before anything counts
    }
    Result floor = null;
    for (Scenario scenario : scenarios) {
      Result result = run(scenario, RAMP, MEASURED);
      floor = floor == null ? result : floor;
      table.row(database, "`" + scenario.name + "`", CLIENTS, String.format(Locale.ROOT, "%,.0f", result.throughput()),
          String.format(Locale.ROOT, "%.2f", result.throughput() / floor.throughput()),
          ms(result.percentile(0.50)), ms(result.percentile(0.95)), ms(result.percentile(0.99)),
          result.errors + (result.firstError == null ? "" : " (" + result.firstError + ")"),
          String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
      System.out.printf(Locale.ROOT, "%s %s: %.0f req/s, p50 %s p95 %s p99 %s ms, %d errors%n", database,
          scenario.name, result.throughput(), ms(result.percentile(0.50)), ms(result.percentile(0.95)),
          ms(result.percentile(0.99)), result.errors);
    }
  }

  /** What the demo data give: its council collecting availability (from the mails in the outbox) and an event. */
  private Seed seed(URI base) throws Exception {
    String outbox = body(get(base, "/outbox", true));
    Set<String> links = new LinkedHashSet<>();
    String councilId = null;
    Matcher message = OUTBOX_MESSAGE.matcher(outbox);
    while (links.size() < 2 && message.find()) {
      Matcher link = LINK.matcher(body(get(base, "/outbox/" + message.group(1), true)));
      if (link.find()) {
        links.add(link.group(1));
        String payload = new String(Base64.getUrlDecoder().decode(link.group(1).substring(0, link.group(1).indexOf('.'))),
            StandardCharsets.UTF_8);
        // version|purpose|person|council:round|choice|expiry|nonce
        councilId = payload.split("\\|")[3].split(":")[0];
      }
    }
    assertThat(links).as("availability links of the demo council in the outbox").hasSize(2);
    JsonNode events = JSON.readTree(body(get(base, "/api/v1/events", true))).path("content");
    assertThat(events.size()).as("demo events").isPositive();
    return new Seed(councilId, events.get(0).path("id").asText(), List.copyOf(links));
  }

  private String body(HttpRequest request) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(request.uri().toString()).isEqualTo(200);
    return response.body();
  }

  private static HttpRequest get(URI base, String path, boolean login) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    return (login ? request.header("Authorization", AUTH) : request).GET().build();
  }

  private HttpRequest createPerson(URI base) {
    long n = unique.incrementAndGet();
    String person = "{\"displayName\":\"Bench " + n + "\",\"email\":\"bench-" + n + "@example.org\","
        + "\"timezone\":\"Europe/Berlin\",\"roles\":[\"PATIENT\"]}";
    return HttpRequest.newBuilder(base.resolve("/api/v1/people")).timeout(Duration.ofSeconds(30))
        .header("Authorization", AUTH).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(person)).build();
  }

  /** The availability page's form as the mentor's browser sends it (one-click pages carry no CSRF token). */
  private static HttpRequest answer(URI base, String token) {
    return HttpRequest.newBuilder(base.resolve("/r/" + token)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("slot-0=AVAILABLE&slot-1=TENTATIVE&slot-2=UNAVAILABLE&note=")).build();
  }

  /** {@code CLIENTS} threads, each sending its next request when the last was answered; only the measured part counts. */
  private Result run(Scenario scenario, Duration ramp, Duration measured) throws InterruptedException {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    long measureFrom = start + ramp.toNanos();
    long end = measureFrom + measured.toNanos();
    long[][] latencies = new long[CLIENTS][];
    AtomicLong errors = new AtomicLong();
    String[] firstError = new String[1];
    CountDownLatch done = new CountDownLatch(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      clients.execute(() -> {
        long[] mine = new long[1024];
        int n = 0;
        int i = client;
        try {
          for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
            HttpRequest request = scenario.request.apply(i++);
            long sent = System.nanoTime();
            String error;
            try {
              int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
              error = status >= 200 && status < 400 ? null : "HTTP " + status;
            } catch (IOException e) {
              error = e.getClass().getSimpleName();
            }
            long answered = System.nanoTime();
            if (sent >= measureFrom && answered <= end) {
              if (error != null) {
                errors.incrementAndGet();
                synchronized (firstError) {
                  firstError[0] = firstError[0] == null ? error : firstError[0];
                }
              }
              if (n == mine.length) {
                mine = Arrays.copyOf(mine, n * 2);
              }
              mine[n++] = answered - sent;
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          latencies[client] = Arrays.copyOf(mine, n);
          done.countDown();
        }
      });
    }
    done.await();
    clients.shutdown();
    clients.awaitTermination(1, TimeUnit.MINUTES);
    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(all, errors.get(), firstError[0], measured);
  }

  private static String ms(double nanos) {
    return String.format(Locale.ROOT, nanos >= 10e6 ? "%.0f" : "%.1f", nanos / 1e6);
  }

  private record Scenario(String name, IntFunction<HttpRequest> request) {}

  private record Seed(String councilId, String eventId, List<String> links) {}

  private record Result(long[] sortedLatencies, long errors, String firstError, Duration measured) {

    double throughput() {
      return sortedLatencies.length / (measured.toNanos() / 1e9);
    }

    double percentile(double p) {
      return sortedLatencies.length == 0 ? Double.NaN
          : sortedLatencies[Math.min(sortedLatencies.length - 1, (int) Math.ceil(p * sortedLatencies.length) - 1)];
    }
  }

  /** The application in a JVM of its own, stopped (and its H2 folder removed) at the end. */
  private static final class App implements AutoCloseable {
    private final Process process;
    private final Path folder;
    final URI base;
    final String label;

    private App(Process process, Path folder, URI base, String label) {
      this.process = process;
      this.folder = folder;
      this.base = base;
      this.label = label;
    }

    static App start(String database) throws Exception {
      int port = Integer.getInteger("bench.api.port", 0) > 0 ? Integer.getInteger("bench.api.port") : freePort();
      Path folder = Files.createTempDirectory("mentra-bench-api-");
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx1g"));
      String jvmArgs = System.getProperty("bench.api.jvm-args", "");
      if (!jvmArgs.isBlank()) {
        command.addAll(List.of(jvmArgs.strip().split("\\s+")));
      }
      command.addAll(List.of("-cp", mainClassPath(), "org.mentra.sessions.MentraSessionsApplication",
          "--server.port=" + port, "--spring.main.banner-mode=off"));
      String label;
      if (database.equals("h2")) {
        label = "H2 (embedded default)";
      } else if (database.equals("postgres")) {
        label = "PostgreSQL";
        String url = freshDatabase();
        // The demo data on PostgreSQL; mail stays in the outbox (no SMTP server to wait for).
        command.addAll(List.of("--spring.profiles.active=demo,postgres", "--spring.datasource.url=" + url,
            "--spring.datasource.username=" + System.getProperty("bench.api.pg-user", "postgres"),
            "--spring.datasource.password=" + System.getProperty("bench.api.pg-password", ""),
            "--spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration"));
      } else {
        throw new IllegalArgumentException("bench.api.databases: h2 or postgres, not " + database);
      }
      Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
          .redirectOutput(folder.resolve("app.log").toFile()).start();
      URI base = URI.create("http://127.0.0.1:" + port);
      App app = new App(process, folder, base, label);
      HttpClient client = HttpClient.newHttpClient();
      long deadline = System.nanoTime() + STARTUP.toNanos();
      while (!ready(client, base)) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          String log = Files.readString(folder.resolve("app.log"));
          app.close();
          throw new IllegalStateException("The application did not start:\n" + log.substring(Math.max(0, log.length() - 4000)));
        }
        Thread.sleep(500); // polling a starting process, not timing a test
      }
      return app;
    }

    private static boolean ready(HttpClient client, URI base) throws InterruptedException {
      try {
        return client.send(HttpRequest.newBuilder(base.resolve("/actuator/health/readiness")).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
      } catch (IOException e) {
        return false;
      }
    }

    /** What the packaged jar holds: the main classes and the runtime dependencies, not the tests'. */
    private static String mainClassPath() {
      String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      return Arrays.stream(classPath.split(File.pathSeparator))
          .filter(entry -> !entry.endsWith("test-classes"))
          .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      }
    }

    private static String freshDatabase() throws SQLException {
      String server = System.getProperty("bench.api.pg-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
      String name = System.getProperty("bench.api.pg-database", "mentra_bench_api");
      try (Connection connection = DriverManager.getConnection(server, System.getProperty("bench.api.pg-user", "postgres"),
          System.getProperty("bench.api.pg-password", "")); Statement statement = connection.createStatement()) {
        statement.execute("drop database if exists " + name);
        statement.execute("create database " + name);
      }
      return server.substring(0, server.lastIndexOf('/') + 1) + name;
    }

    @Override
    public void close() throws Exception {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
      try (var files = Files.walk(folder)) {
        files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
