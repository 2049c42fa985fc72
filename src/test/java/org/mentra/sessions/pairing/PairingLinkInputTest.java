package org.mentra.sessions.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.links.OneClickLinks;
import org.mentra.sessions.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.domain.ChatFeedbackRepository;
import org.mentra.sessions.pairing.domain.PairingMode;
import org.mentra.sessions.pairing.web.AvailabilityLinkHandler;
import org.mentra.sessions.pairing.web.FeedbackLinkHandler;

/**
 * What the paired-support pages do with input they did not offer: a friendly "we could not take this
 * answer" that saves nothing and keeps the link usable; and no page grows with the event's length.
 */
class PairingLinkInputTest extends PairingIntegrationTest {

  private static final String HUGE = "9".repeat(100_000);

  @Autowired
  private TestRestTemplate http;
  @Autowired
  private OneClickLinks links;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private ChatFeedbackRepository feedback;

  private final Instant start = NOW.plus(Duration.ofDays(10));

  @Test
  void theCounselorsPageRefusesTimesAndLengthsItDidNotOfferAndSavesNothing() {
    at(NOW);
    Person susan = counselor("Susan Input");
    Event event = event("Input chats", start, Duration.ofHours(2), PairingMode.AUTOMATIC);
    String link = availabilityLink(event, susan);
    String first = Long.toString(start.getEpochSecond());

    for (MultiValueMap<String, String> bad : List.of(form("block", "MAYBE", "slotMinutes", "60"),
        form("block", HUGE, "slotMinutes", "60"),
        form("block", Long.toString(start.minus(Duration.ofHours(1)).getEpochSecond()), "slotMinutes", "60"),
        form("block", first, "slotMinutes", "MAYBE"), form("block", first, "slotMinutes", "5"),
        form("block", first, "slotMinutes", HUGE))) {
      ResponseEntity<String> refused = post(link, bad);

      assertThat(refused.getStatusCode()).as(String.valueOf(bad.keySet())).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).contains("We could not take this answer", "Nothing was saved", "Back to the form")
          .doesNotContain("This link is not valid").hasSizeLessThan(20_000);
      assertThat(availabilityService.find(event.getId(), susan.getId())).isEmpty();
    }

    assertThat(post(link, form("block", first, "slotMinutes", "60")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(availabilityService.find(event.getId(), susan.getId())).isPresent();
  }

  @Test
  void anEventLongerThanEventsMayBeIsNotRenderedHalfHourByHalfHour() {
    at(NOW);
    Person susan = counselor("Susan Long");
    Event event = event("Endless chats", start, Duration.ofHours(2), PairingMode.AUTOMATIC);
    // An event from before the limits: a year long.
    jdbc.update("update event set ends_at = ? where id = ?", Timestamp.from(start.plus(Duration.ofDays(365))),
        event.getId());

    ResponseEntity<String> page = http.getForEntity(baseUrl() + availabilityLink(event, susan), String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(page.getBody()).contains("We cannot show this event here").doesNotContain("type=\"checkbox\"");
  }

  @Test
  void theFeedbackPageRefusesARatingItDidNotOfferAndACommentTooLongAndKeepsTheLink() {
    at(NOW);
    Person susan = counselor("Susan Feedback");
    Person bob = patient("Bob Feedback");
    Event event = event("Feedback chats", start, Duration.ofHours(2), PairingMode.AUTOMATIC);
    runDueJobs(event);
    available(event, susan, start, start.plus(Duration.ofHours(2)));
    register(event, bob, start, start.plus(Duration.ofHours(2)));
    advanceTo(start.minus(Duration.ofHours(24)), event);
    Chat chat = chatOf(event, bob);
    String link = relative(links.url(FeedbackLinkHandler.PURPOSE, bob.getId(), chat.getId().toString(), null,
        start.plus(Duration.ofDays(14))));

    for (MultiValueMap<String, String> bad : List.of(form("choice", "MAYBE"), form("choice", "0"),
        form("choice", HUGE), form("choice", "4", "comment", "x".repeat(100_000)))) {
      ResponseEntity<String> refused = post(link, bad);

      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).contains("We could not take this answer", "Back to the form");
      assertThat(feedback.findByChatIdAndPersonId(chat.getId(), bob.getId())).isEmpty();
    }

    assertThat(post(link, form("choice", "4", "comment", "Kind and calm.")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(feedback.findByChatIdAndPersonId(chat.getId(), bob.getId()).orElseThrow().getRating()).isEqualTo(4);
  }

  private String availabilityLink(Event event, Person counselor) {
    return relative(links.url(AvailabilityLinkHandler.PURPOSE, counselor.getId(), event.getId().toString(), null,
        event.getEndsAt()));
  }

  private static String relative(String url) {
    return url.substring(url.indexOf("/r/"));
  }

  private static MultiValueMap<String, String> form(String... fields) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      form.add(fields[i], fields[i + 1]);
    }
    return form;
  }

  private ResponseEntity<String> post(String path, MultiValueMap<String, String> form) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return http.postForEntity(baseUrl() + path, new HttpEntity<>(form, headers), String.class);
  }
}
