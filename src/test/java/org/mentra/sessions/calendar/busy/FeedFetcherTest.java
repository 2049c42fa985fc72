package org.mentra.sessions.calendar.busy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.shared.TimeRange;
import org.springframework.util.unit.DataSize;

/** Feeds served by a local HTTP server on 127.0.0.1, which the tests allow explicitly. */
class FeedFetcherTest {

  static final String ICS = BusyTimesTest.feed(
      BusyTimesTest.event("a", "DTSTART:20270316T090000Z", "DTEND:20270316T100000Z"),
      BusyTimesTest.event("b", "DTSTART;TZID=Europe/Berlin:20270317T180000", "DTEND;TZID=Europe/Berlin:20270317T190000",
          "RRULE:FREQ=WEEKLY;COUNT=10"));

  HttpServer server;
  ExecutorService serverThreads;
  final CountDownLatch release = new CountDownLatch(1);
  final AtomicInteger requests = new AtomicInteger();
  String base;
  BusyFeedProperties allowingTheServer;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serverThreads = Executors.newCachedThreadPool();
    server.setExecutor(serverThreads);
    server.createContext("/feed.ics", counted(exchange -> send(exchange, 200, "text/calendar; charset=utf-8", ICS)));
    server.createContext("/plain.ics", counted(exchange -> send(exchange, 200, "application/octet-stream", ICS)));
    server.createContext("/missing.ics", counted(exchange -> send(exchange, 404, "text/plain", "no")));
    server.createContext("/html", counted(exchange -> send(exchange, 200, "text/html", "<html>Sign in</html>")));
    server.createContext("/hop", counted(exchange -> redirect(exchange, "/feed.ics")));
    server.createContext("/loop", counted(exchange -> redirect(exchange, "/loop")));
    server.createContext("/to-private", counted(exchange -> redirect(exchange, "http://10.0.0.1/feed.ics")));
    server.createContext("/to-metadata", counted(exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data/")));
    server.createContext("/big.ics", counted(exchange -> send(exchange, 200, "text/calendar", "X".repeat(64 * 1024))));
    server.createContext("/big-unannounced.ics", counted(exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/calendar");
      exchange.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse it by
      try (OutputStream body = exchange.getResponseBody()) {
        byte[] chunk = "X".repeat(1024).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 1025; i++) { // 1 KiB more than 1 MiB
          body.write(chunk);
        }
      } catch (IOException closedByTheClient) {
        // expected: the fetcher stops reading past the cap
      }
    }));
    server.createContext("/slow", counted(exchange -> {
      awaitRelease();
      send(exchange, 200, "text/calendar", ICS);
    }));
    server.createContext("/trickle", counted(exchange -> {
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream body = exchange.getResponseBody()) {
        body.write("BEGIN:VCALENDAR\r\n".getBytes(StandardCharsets.US_ASCII));
        body.flush();
        awaitRelease();
      } catch (IOException closedByTheClient) {
        // expected
      }
    }));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    allowingTheServer = BusyFeedProperties.DEFAULTS.allowing("127.0.0.1");
  }

  @AfterEach
  void stopServer() {
    release.countDown();
    server.stop(0);
    serverThreads.shutdownNow();
  }

  @Test
  void importsTheBusyTimesOfAFeed() {
    BusyImport result = BusyFeedImport.of(allowingTheServer)
        .busyTimes(base + "/feed.ics", BusyTimesTest.MARCH_WEEKS, ZoneId.of("Europe/Berlin"));

    assertThat(result).isInstanceOf(BusyReading.class);
    assertThat(((BusyReading) result).busy()).containsExactly(
        BusyTimesTest.range("2027-03-16T09:00:00Z", "2027-03-16T10:00:00Z"),
        BusyTimesTest.range("2027-03-17T17:00:00Z", "2027-03-17T18:00:00Z"),
        BusyTimesTest.range("2027-03-24T17:00:00Z", "2027-03-24T18:00:00Z"),
        BusyTimesTest.range("2027-03-31T16:00:00Z", "2027-03-31T17:00:00Z")); // Berlin summer time from 28 Mar
  }

  @Test
  void takesAFeedWhateverItsContentTypeAndFollowsARedirect() {
    assertThat(fetcher(allowingTheServer).fetch(base + "/plain.ics")).isEqualTo(new FetchResult.Fetched(ICS));
    assertThat(fetcher(allowingTheServer).fetch(base + "/hop")).isEqualTo(new FetchResult.Fetched(ICS));
  }

  @Test
  void aRedirectToAPrivateAddressIsRefused() {
    for (String path : List.of("/to-private", "/to-metadata")) {
      FetchResult result = fetcher(allowingTheServer).fetch(base + path);

      assertFailure(result, FeedProblem.ADDRESS_REFUSED, "redirected to an address that is not allowed");
    }
  }

  @Test
  void redirectsAreFollowedOnlyUpToTheCap() {
    assertFailure(fetcher(allowingTheServer).fetch(base + "/loop"), FeedProblem.TOO_MANY_REDIRECTS, "more than 3 times");
    assertThat(requests).hasValue(4); // the first request and three redirects
  }

  @Test
  void aFeedOverTheSizeCapIsRefused() {
    BusyFeedProperties small = allowingTheServer.withMaxSize(DataSize.ofKilobytes(32));

    assertFailure(fetcher(small).fetch(base + "/big.ics"), FeedProblem.TOO_LARGE, "larger than 32 KiB");
    assertFailure(fetcher(small).fetch(base + "/big-unannounced.ics"), FeedProblem.TOO_LARGE, "larger than 32 KiB");
    assertFailure(fetcher(allowingTheServer.withMaxSize(DataSize.ofMegabytes(1)))
        .fetch(base + "/big-unannounced.ics"), FeedProblem.TOO_LARGE, "larger than 1 MiB");
  }

  @Test
  void aSlowServerHitsTheTimeCap() {
    BusyFeedProperties quick = allowingTheServer.withTimeout(Duration.ofMillis(300));

    for (String path : List.of("/slow", "/trickle")) {
      long started = System.nanoTime();
      FetchResult result = fetcher(quick).fetch(base + path);

      assertFailure(result, FeedProblem.TIMED_OUT, "did not answer within 300 ms");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void privateAndLoopbackAddressesAreRefusedWithoutConnecting() {
    FeedFetcher notAllowing = fetcher(BusyFeedProperties.DEFAULTS);
    int port = server.getAddress().getPort();

    for (String url : List.of("http://10.0.0.1/feed.ics", "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:" + port + "/feed.ics", "http://localhost:" + port + "/feed.ics", base + "/feed.ics")) {
      assertFailure(notAllowing.fetch(url), FeedProblem.ADDRESS_REFUSED, "private, local or otherwise reserved");
    }
    assertThat(requests).hasValue(0);
  }

  @Test
  void failuresSayWhatHappenedWithoutThePath() {
    assertFailure(fetcher(allowingTheServer).fetch(base + "/missing.ics?token=s3cr3t"), FeedProblem.NOT_OK,
        "answered HTTP 404");
    BusyImport html = BusyFeedImport.of(allowingTheServer).busyTimes(base + "/html", BusyTimesTest.MARCH_WEEKS,
        ZoneId.of("Europe/Berlin"));
    assertFailure((FeedFailure) html, FeedProblem.NOT_A_CALENDAR, "not an iCalendar");

    server.stop(0);
    assertFailure(fetcher(allowingTheServer).fetch(base + "/feed.ics?token=s3cr3t"), FeedProblem.UNREACHABLE,
        "could not be reached");
  }

  private static FeedFetcher fetcher(BusyFeedProperties properties) {
    return new FeedFetcher(FeedAddressGuard.of(properties), properties);
  }

  private static void assertFailure(Object result, FeedProblem problem, String saying) {
    assertThat(result.getClass()).as("what the fetch gave").isEqualTo(FeedFailure.class); // not the body: it may be big
    FeedFailure failure = (FeedFailure) result;
    assertThat(failure.problem()).isEqualTo(problem);
    assertThat(failure.message()).contains(saying).doesNotContain("s3cr3t").doesNotContain(".ics")
        .doesNotContain("meta-data");
  }

  private HttpHandler counted(HttpHandler handler) {
    return exchange -> {
      requests.incrementAndGet();
      try {
        handler.handle(exchange);
      } finally {
        exchange.close();
      }
    };
  }

  private void awaitRelease() {
    try {
      release.await(10, TimeUnit.SECONDS); // the server waits, not the test; released when the test ends
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(302, -1);
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
