package org.mentra.sessions.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.Http;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person's private feed, as a calendar client fetches it: every session the invite ledger invited
 * them to, with the invites' UID and SEQUENCE; a rotated address answers 404 at once.
 */
class CalendarFeedTest extends IntegrationTest {

  @Autowired
  private CalendarInvites calendarInvites;
  @Autowired
  private CalendarFeeds calendarFeeds;
  @Autowired
  private PersonRepository people;
  @Autowired
  private ObjectMapper json;

  private final Instant start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);

  @Test
  void theFeedHoldsThePersonsSessionsWithTheirInvitesUidAndSequenceAndValidates() throws Exception {
    Person ada = people.save(TestPeople.person("Ada Feed", "Europe/Berlin", Role.MENTOR, Plan.FREE));
    Person other = people.save(TestPeople.person("Other Feed", "Europe/Berlin", Role.PATIENT, Plan.FREE));
    String council = SessionInvite.uidOf("council", UUID.randomUUID());
    String event = SessionInvite.uidOf("event", UUID.randomUUID());
    String cancelled = SessionInvite.uidOf("chat", UUID.randomUUID());
    String droppedOut = SessionInvite.uidOf("council", UUID.randomUUID());
    String notHers = SessionInvite.uidOf("event", UUID.randomUUID());
    calendarInvites.schedule(invite(council, "Council: a career change", start, ada, other));
    InviteChange moved = calendarInvites.schedule(invite(council, "Council: a career change", start.plus(Duration.ofDays(1)),
        ada, other));
    InviteChange group = calendarInvites.schedule(invite(event, "Mindfulness evening", start.plus(Duration.ofDays(40)), ada));
    calendarInvites.schedule(invite(cancelled, "Support chat", start.plus(Duration.ofHours(3)), ada, other));
    InviteChange cancel = calendarInvites.cancel(cancelled).orElseThrow();
    calendarInvites.schedule(invite(droppedOut, "Council: dropped out", start, ada, other));
    calendarInvites.schedule(invite(droppedOut, "Council: dropped out", start, other));
    calendarInvites.schedule(invite(notHers, "Someone else's event", start, other));

    String url = feedUrl(ada);
    HttpResponse<String> feed = fetch(url, "GET", Map.of());

    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
    assertThat(feed.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("private",
        "no-cache"));
    assertThat(feed.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    String ics = feed.body();
    InviteAssertions.assertValid(ics);
    Calendar calendar = InviteAssertions.parse(ics);
    assertThat(calendar.getProperty(Property.METHOD)).as("a published feed, not an invitation").isEmpty();
    assertThat(ics).contains("X-WR-CALNAME:Mentra Sessions", "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
        "X-PUBLISHED-TTL:PT1H", "X-WR-TIMEZONE:Europe/Berlin");
    assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE))
        .singleElement().satisfies(tz -> assertThat(tz.getProperty(Property.TZID).orElseThrow().getValue())
            .isEqualTo("Europe/Berlin"));
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).extracting(e -> value(e, Property.UID)).containsExactly(cancelled, council, event);
    assertThat(value(events.get(1), Property.SEQUENCE)).isEqualTo(String.valueOf(moved.sequence())).isEqualTo("1");
    assertThat(value(events.get(2), Property.SEQUENCE)).isEqualTo(String.valueOf(group.sequence()));
    assertThat(value(events.get(0), Property.SEQUENCE)).isEqualTo(String.valueOf(cancel.sequence()));
    assertThat(value(events.get(0), Property.STATUS)).isEqualTo("CANCELLED");
    assertThat(value(events.get(1), Property.STATUS)).isEqualTo("CONFIRMED");
    assertThat(value(events.get(1), Property.DTSTART)).isEqualTo(java.time.format.DateTimeFormatter
        .ofPattern("yyyyMMdd'T'HHmmss").format(start.plus(Duration.ofDays(1)).atZone(ada.zone())));
    // the invite ledger's attachment for the same attendee carries the same UID and SEQUENCE
    String invite = calendarInvites.attachmentFor(moved, InviteAttendee.of(ada)).content();
    assertThat(InviteAssertions.uid(invite)).isEqualTo(value(events.get(1), Property.UID));
    assertThat(InviteAssertions.sequence(invite)).isEqualTo(Integer.parseInt(value(events.get(1), Property.SEQUENCE)));

    // a client that has it gets 304 for its ETag; HEAD answers like GET without the body
    String etag = feed.headers().firstValue("ETag").orElseThrow();
    assertThat(fetch(url, "GET", Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
    HttpResponse<String> head = fetch(url, "HEAD", Map.of());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
    assertThat(head.headers().firstValue("ETag")).hasValue(etag);
  }

  @Test
  void theAddressStaysTheSameUntilRotatedAndTheOldOneAnswers404AtOnce() throws Exception {
    Person bo = people.save(TestPeople.person("Bo Rotate", "America/New_York", Role.HOST, Plan.FREE));
    String url = feedUrl(bo);
    assertThat(feedUrl(bo)).isEqualTo(url);
    assertThat(url).startsWith("http://localhost:8080/calendar/").matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");

    JsonNode rotated = json.readTree(coordinator().postForm("/api/v1/people/" + bo.getId() + "/calendar-feed/rotate",
        Map.of()).body());

    String newUrl = rotated.get("url").asText();
    assertThat(newUrl).isNotEqualTo(url);
    assertThat(rotated.get("subscribeUrl").asText()).isEqualTo(newUrl.replaceFirst("^http://", "webcal://"));
    assertThat(fetch(url, "GET", Map.of()).statusCode()).isEqualTo(404);
    assertThat(fetch(url, "HEAD", Map.of()).statusCode()).isEqualTo(404);
    assertThat(fetch(newUrl, "GET", Map.of()).statusCode()).isEqualTo(200);
    assertThat(feedUrl(bo)).isEqualTo(newUrl);
    InviteAssertions.assertValid(fetch(newUrl, "GET", Map.of()).body()); // no sessions: still a valid calendar
  }

  @Test
  void unknownAndMalformedTokensAnswer404() {
    for (String token : List.of("A".repeat(43), "short", "../../etc/passwd", "A".repeat(44))) {
      assertThat(fetch(baseUrl() + "/calendar/" + token + ".ics", "GET", Map.of()).statusCode()).as(token)
          .isIn(400, 404);
    }
    assertThat(fetch(baseUrl() + "/calendar/" + "A".repeat(43) + ".ics", "GET", Map.of()).statusCode()).isEqualTo(404);
  }

  @Test
  void onlyThePersonAndStaffGetOrRotateTheAddress() {
    Person me = bindMemberTo(TestPeople.person("Member Feed", "Europe/Madrid", Role.PATIENT, Plan.FREE));
    Person someoneElse = people.save(TestPeople.person("Else Feed", "Europe/Madrid", Role.PATIENT, Plan.FREE));
    Http member = Http.as(baseUrl(), TestUsers.MEMBER, TestUsers.MEMBER_PASSWORD);

    assertThat(member.get("/api/v1/people/" + me.getId() + "/calendar-feed").statusCode()).isEqualTo(200);
    assertThat(member.postForm("/api/v1/people/" + me.getId() + "/calendar-feed/rotate", Map.of()).statusCode())
        .isEqualTo(200);
    HttpResponse<String> notMine = member.get("/api/v1/people/" + someoneElse.getId() + "/calendar-feed");
    assertThat(notMine.statusCode()).isEqualTo(403);
    assertThat(notMine.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(member.postForm("/api/v1/people/" + someoneElse.getId() + "/calendar-feed/rotate", Map.of())
        .statusCode()).isEqualTo(403);
    assertThat(Http.anonymous(baseUrl()).get("/api/v1/people/" + me.getId() + "/calendar-feed").statusCode())
        .isEqualTo(401);
    assertThat(coordinator().get("/api/v1/people/" + UUID.randomUUID() + "/calendar-feed").statusCode()).isEqualTo(404);
    assertThat(coordinator().get("/api/v1/people/not-a-uuid/calendar-feed").statusCode()).isEqualTo(400);
  }

  @Test
  void theOneClickLinkFromAMailAsksThenRotatesAndShowsTheNewAddress() throws Exception {
    Person cy = people.save(TestPeople.person("Cy Link", "Asia/Tokyo", Role.COUNSELOR, Plan.FREE));
    String old = feedUrl(cy);
    String link = local(calendarFeeds.rotationLink(cy.getId()));
    Http browser = Http.anonymous(baseUrl());

    HttpResponse<String> page = browser.get(link);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("A new address for your calendar", "Make a new address");
    assertThat(fetch(old, "GET", Map.of()).statusCode()).as("GET changes nothing").isEqualTo(200);

    HttpResponse<String> done = browser.postForm(link, Map.of());
    assertThat(done.statusCode()).isEqualTo(200);
    String current = feedUrl(cy);
    assertThat(current).isNotEqualTo(old);
    assertThat(done.body()).contains(current, current.replaceFirst("^http://", "webcal://"));
    assertThat(fetch(old, "GET", Map.of()).statusCode()).isEqualTo(404);

    assertThat(browser.postForm(link, Map.of()).statusCode()).as("once only").isEqualTo(409);
    assertThat(feedUrl(cy)).isEqualTo(current);
  }

  private SessionInvite invite(String uid, String summary, Instant at, Person... attendees) {
    return new SessionInvite(uid, summary, "Details", at, at.plus(Duration.ofHours(1)), "https://meet.jit.si/mentra-"
        + UUID.randomUUID(), java.util.Arrays.stream(attendees).map(InviteAttendee::of).toList());
  }

  private String feedUrl(Person person) throws IOException {
    HttpResponse<String> response = coordinator().get("/api/v1/people/" + person.getId() + "/calendar-feed");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body()).get("url").asText();
  }

  private Person bindMemberTo(Person person) {
    people.findByUserId(TestUsers.MEMBER).ifPresent(p -> {
      p.setUserId(null);
      people.save(p);
    });
    person.setUserId(TestUsers.MEMBER);
    return people.save(person);
  }

  private Http coordinator() {
    return Http.as(baseUrl(), TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD);
  }

  private static String value(VEvent event, String name) {
    return event.getProperty(name).map(Property::getValue).orElse(null);
  }

  /** Links carry mentra.public-base-url; the test application listens on a port of its own. */
  private String local(String url) {
    return url.replaceFirst("^http://localhost:8080", baseUrl());
  }

  private HttpResponse<String> fetch(String url, String method, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(local(url))).method(method,
        HttpRequest.BodyPublishers.noBody());
    headers.forEach(request::header);
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
