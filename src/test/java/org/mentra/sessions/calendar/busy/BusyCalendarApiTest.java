package org.mentra.sessions.calendar.busy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.calendar.BusyCalendars;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.shared.TimeRange;
import org.mentra.sessions.support.Http;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person's own calendar for busy times, connected through the API and read by {@link BusyCalendars}
 * from a feed server on 127.0.0.1 (allowed by the test profile's {@code allowed-hosts}; every other
 * private address stays refused).
 */
class BusyCalendarApiTest extends IntegrationTest {

  static final Instant NOW = Instant.parse("2027-03-10T08:00:00Z");
  static final String SECRET_PATH = "/private-5ecret-" + UUID.randomUUID() + "/basic.ics";
  static final String ICS = BusyTimesTest.feed(
      BusyTimesTest.event("a", "DTSTART:20270316T090000Z", "DTEND:20270316T100000Z"),
      BusyTimesTest.event("free", "DTSTART:20270316T120000Z", "DTEND:20270316T130000Z", "TRANSP:TRANSPARENT"),
      BusyTimesTest.event("b", "DTSTART;TZID=Europe/Berlin:20270317T180000", "DTEND;TZID=Europe/Berlin:20270317T190000",
          "RRULE:FREQ=WEEKLY;COUNT=3"));

  @Autowired
  private BusyCalendars busyCalendars;
  @Autowired
  private PersonRepository people;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private ObjectMapper json;

  private HttpServer server;
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private String feedBase;

  @BeforeEach
  void startFeedServer() throws IOException {
    ClockUtil.setCurrentTime(Date.from(NOW));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serve(SECRET_PATH, 200, "text/calendar; charset=utf-8", ICS);
    serve("/sign-in", 200, "text/html", "<html>Please sign in</html>");
    server.start();
    feedBase = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopFeedServer() {
    server.stop(0);
  }

  @Test
  void aConnectedCalendarGivesItsBusyTimesFetchedOnceIn15MinutesAndShowsOnlyItsHost() throws Exception {
    Person mentor = people.save(TestPeople.person("Busy Mentor", "Europe/Berlin", Role.MENTOR, Plan.FREE));
    String path = "/api/v1/people/" + mentor.getId() + "/busy-calendar";

    HttpResponse<String> connected = coordinator().putJson(path, """
        {"calendarFeedUrl": "%s"}""".formatted(feedBase + SECRET_PATH));

    assertThat(connected.statusCode()).as(connected.body()).isEqualTo(200);
    JsonNode view = json.readTree(connected.body());
    assertThat(view.get("address").asText()).isEqualTo("http://127.0.0.1");
    assertThat(connected.body()).doesNotContain("5ecret", SECRET_PATH, String.valueOf(server.getAddress().getPort()));
    HttpResponse<String> shown = coordinator().get(path);
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(json.readTree(shown.body()).get("address").asText()).isEqualTo("http://127.0.0.1");
    assertThat(shown.body()).doesNotContain("5ecret");
    assertThat(requests.get(SECRET_PATH)).hasValue(1); // tried once before it was stored

    TimeRange week = new TimeRange(Instant.parse("2027-03-15T00:00:00Z"), Instant.parse("2027-03-22T00:00:00Z"));
    assertThat(busyCalendars.busyTimes(mentor.getId(), week)).containsExactly(
        new TimeRange(Instant.parse("2027-03-16T09:00:00Z"), Instant.parse("2027-03-16T10:00:00Z")),
        new TimeRange(Instant.parse("2027-03-17T17:00:00Z"), Instant.parse("2027-03-17T18:00:00Z")));
    // clipped to the window; after the change to summer time the weekly 18:00 in Berlin is 16:00 UTC
    TimeRange later = new TimeRange(Instant.parse("2027-03-31T16:30:00Z"), Instant.parse("2027-04-30T00:00:00Z"));
    assertThat(busyCalendars.lookup(mentor.getId(), later)).satisfies(lookup -> {
      assertThat(lookup.busy()).containsExactly(
          new TimeRange(Instant.parse("2027-03-31T16:30:00Z"), Instant.parse("2027-03-31T17:00:00Z")));
      assertThat(lookup.connected()).isTrue();
      assertThat(lookup.complete()).isTrue();
    });
    assertThat(requests.get(SECRET_PATH)).as("answered from what the feed gave").hasValue(1);

    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofMinutes(16))));
    assertThat(busyCalendars.busyTimes(mentor.getId(), week)).hasSize(2);
    assertThat(requests.get(SECRET_PATH)).as("fetched again after cache-for").hasValue(2);

    String sealed = jdbc.queryForObject("select sealed_url from busy_calendar where person_id = ?", String.class,
        mentor.getId());
    assertThat(sealed).startsWith("v1:").doesNotContain("5ecret", "127.0.0.1", "basic.ics", "http");
    assertThat(jdbc.queryForObject("select shown_as from busy_calendar where person_id = ?", String.class,
        mentor.getId())).isEqualTo("http://127.0.0.1");

    assertThat(coordinator().delete(path).statusCode()).isEqualTo(204);
    assertThat(coordinator().get(path).statusCode()).isEqualTo(404);
    assertThat(busyCalendars.lookup(mentor.getId(), week)).satisfies(lookup -> {
      assertThat(lookup.busy()).isEmpty();
      assertThat(lookup.connected()).isFalse();
    });
    assertThat(coordinator().delete(path).statusCode()).as("again").isEqualTo(204);
  }

  @Test
  void privateAddressesAndFeedsThatAreNoCalendarAreRefusedNamingCalendarFeedUrlAndNothingIsStored() throws Exception {
    Person counselor = people.save(TestPeople.person("Guarded Counselor", "Europe/Rome", Role.COUNSELOR, Plan.FREE));
    String path = "/api/v1/people/" + counselor.getId() + "/busy-calendar";

    for (String body : List.of("""
        {"calendarFeedUrl": "http://10.0.0.7/calendar.ics"}""", """
        {"calendarFeedUrl": "https://192.168.1.20/private-abc/basic.ics"}""", """
        {"url": "http://169.254.169.254/latest/meta-data/"}""", """
        {"calendarFeedUrl": "file:///etc/passwd"}""", """
        {"calendarFeedUrl": "%s"}""".formatted(feedBase + "/sign-in"), """
        {"calendarFeedUrl": ""}""")) {
      HttpResponse<String> refused = coordinator().putJson(path, body);
      assertThat(refused.statusCode()).as(body).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(json.readTree(refused.body()).get("errors").findValuesAsText("field")).as(body)
          .containsExactly("calendarFeedUrl");
      assertThat(refused.body()).doesNotContain("Exception", "private-abc", "latest/meta-data");
    }
    assertThat(coordinator().get(path).statusCode()).isEqualTo(404);
    assertThat(jdbc.queryForObject("select count(*) from busy_calendar where person_id = ?", Integer.class,
        counselor.getId())).isZero();
  }

  @Test
  void onlyThePersonAndStaffManageTheBusyCalendar() {
    people.findByUserId(TestUsers.MEMBER).ifPresent(p -> {
      p.setUserId(null);
      people.save(p);
    });
    Person mine = TestPeople.person("Member Busy", "Europe/Madrid", Role.MENTOR, Plan.FREE);
    mine.setUserId(TestUsers.MEMBER);
    mine = people.save(mine);
    Person someoneElse = people.save(TestPeople.person("Else Busy", "Europe/Madrid", Role.MENTOR, Plan.FREE));
    Http member = Http.as(baseUrl(), TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD);
    String body = """
        {"calendarFeedUrl": "%s"}""".formatted(feedBase + SECRET_PATH);

    assertThat(member.putJson("/api/v1/people/" + mine.getId() + "/busy-calendar", body).statusCode()).isEqualTo(200);
    assertThat(member.get("/api/v1/people/" + mine.getId() + "/busy-calendar").statusCode()).isEqualTo(200);
    String theirs = "/api/v1/people/" + someoneElse.getId() + "/busy-calendar";
    assertThat(member.putJson(theirs, body).statusCode()).isEqualTo(403);
    assertThat(member.get(theirs).statusCode()).isEqualTo(403);
    assertThat(member.delete(theirs).statusCode()).isEqualTo(403);
    assertThat(Http.anonymous(baseUrl()).get(theirs).statusCode()).isEqualTo(401);
    assertThat(coordinator().putJson("/api/v1/people/" + UUID.randomUUID() + "/busy-calendar", body).statusCode())
        .isEqualTo(404);
  }

  private void serve(String path, int status, String type, String body) {
    server.createContext(path, exchange -> {
      requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
  }

  private Http coordinator() {
    return Http.as(baseUrl(), TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }
}
