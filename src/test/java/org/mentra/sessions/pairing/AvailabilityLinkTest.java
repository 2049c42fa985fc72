package org.mentra.sessions.pairing;

import org.mentra.sessions.shared.TimeRange;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.calendar.BusyCalendars;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.support.BusyFeedServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.mentra.sessions.pairing.domain.CounselorAvailability;
import org.mentra.sessions.pairing.domain.PairingMode;

/** The counselor's one-click availability page: shown in their own time zone, saved with one button. */
class AvailabilityLinkTest extends PairingIntegrationTest {

  private static final String BUSY = "busy in your calendar";

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private BusyCalendars busyCalendars;

  @Test
  void theInvitationLinkShowsTheEventInTheCounselorsZoneAndSavesTheChosenHalfHours() {
    at(NOW);
    Person susan = counselor("Susan Park");
    Instant start = Instant.parse("2031-05-04T17:00:00Z");  // 18:00 in London (summer time)
    Event event = event("Evening chats", start, Duration.ofHours(2), PairingMode.AUTOMATIC);
    runDueJobs(event);
    String link = link(mailTo(susan).get(0).getTextBody());

    ResponseEntity<String> page = http.getForEntity(baseUrl() + link, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("When can you talk?", "Europe/London", "18:00–18:30", "19:30–20:00",
        "60 minutes (the event&#39;s default)");
    assertThat(availabilityService.find(event.getId(), susan.getId())).as("showing changes nothing").isEmpty();

    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("block", Long.toString(start.getEpochSecond()));
    form.add("block", Long.toString(start.plus(Duration.ofMinutes(30)).getEpochSecond()));
    form.add("block", Long.toString(start.plus(Duration.ofMinutes(60)).getEpochSecond()));
    form.add("slotMinutes", "45");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> saved = http.postForEntity(baseUrl() + link, new HttpEntity<>(form, headers), String.class);

    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    CounselorAvailability availability = availabilityService.find(event.getId(), susan.getId()).orElseThrow();
    assertThat(availability.windows()).containsExactly(new TimeRange(start, start.plus(Duration.ofMinutes(90))));
    assertThat(availability.getSlotMinutes()).isEqualTo(45);
    assertThat(availability.slots()).hasSize(2);
    assertThat(http.getForEntity(baseUrl() + link, String.class).getBody())
        .as("the link works again, with the choice ticked").contains("checked");
  }

  @Test
  void halfHoursTheCounselorsOwnCalendarShowsBusyAreMarkedAndNotTickedForThem() {
    Instant start = Instant.parse("2031-05-06T17:00:00Z");  // 18:00 in London
    try (BusyFeedServer feeds = BusyFeedServer.start()) {
      Person busy = counselor("Busy Calendar Counselor");
      at(NOW.minus(Duration.ofMinutes(20)));
      busyCalendars.connect(busy.getId(), feeds.feed(List.of(
          new TimeRange(start.plus(Duration.ofMinutes(40)), start.plus(Duration.ofMinutes(75))))));
      Person unreadable = counselor("Unreadable Calendar Counselor");
      String broken = feeds.feed(List.of());
      busyCalendars.connect(unreadable.getId(), broken);
      feeds.fail(broken, 500);
      at(NOW);
      Event event = event("Calendar chats", start, Duration.ofHours(2), PairingMode.AUTOMATIC);
      runDueJobs(event);
      String link = link(mailTo(busy).get(0).getTextBody());

      String page = http.getForEntity(baseUrl() + link, String.class).getBody();
      assertThat(page).containsPattern("18:30–19:00</span>\\s*<em[^>]*>" + BUSY)
          .containsPattern("19:00–19:30</span>\\s*<em[^>]*>" + BUSY)
          .doesNotContainPattern("18:00–18:30</span>\\s*<em")
          .doesNotContainPattern("19:30–20:00</span>\\s*<em")
          .doesNotContain("checked=\"checked\"", "could not read");
      assertThat(page.split(BUSY, -1)).hasSize(3);

      // what the counselor ticked themselves stays ticked, busy or not
      available(event, busy, start.plus(Duration.ofMinutes(30)), start.plus(Duration.ofMinutes(60)));
      assertThat(http.getForEntity(baseUrl() + link, String.class).getBody())
          .containsPattern("checked[^>]*>\\s*<span>18:30–19:00</span>\\s*<em[^>]*>" + BUSY);

      assertThat(http.getForEntity(baseUrl() + link(mailTo(unreadable).get(0).getTextBody()), String.class).getBody())
          .contains("We could not read all of your calendar", "answered HTTP 500").doesNotContain(BUSY);
    }
  }

  private static String link(String text) {
    Matcher matcher = Pattern.compile("/r/[A-Za-z0-9_.-]+").matcher(text);
    assertThat(matcher.find()).isTrue();
    return matcher.group();
  }
}
