package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.calendar.BusyCalendars;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilStatus;
import org.mentra.sessions.mail.OutboundMessage;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.shared.TimeRange;
import org.mentra.sessions.support.BusyFeedServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Busy times from a mentor's own calendar (a feed on a local server): the availability request and its
 * page mark the slots they are busy in and never pre-select them; the time selection avoids them.
 */
class CouncilBusyCalendarTest extends CouncilIntegrationTest {

  private static final String BUSY_NOTE = "Your calendar shows you busy then";

  @Autowired
  private BusyCalendars busyCalendars;
  @Autowired
  private TestRestTemplate http;

  private BusyFeedServer feeds;

  @BeforeEach
  void startFeeds() {
    feeds = BusyFeedServer.start();
  }

  @AfterEach
  void stopFeeds() {
    feeds.close();
  }

  @Test
  void theRequestAndItsPageMarkTheSlotsTheMentorIsBusyInAndDoNotPreselectThem() {
    List<Person> mentors = mentors(3);
    Person busy = mentors.get(0);
    Person unreadable = mentors.get(1);
    // Busy in the second half of slot 1 only (an event ending as slot 0 starts does not count).
    connect(busy, List.of(new TimeRange(SLOTS.get(1).plusSeconds(1800), SLOTS.get(1).plusSeconds(5400)),
        new TimeRange(SLOTS.get(0).minusSeconds(3600), SLOTS.get(0))));
    String broken = connect(unreadable, List.of());
    feeds.fail(broken, 503);

    CouncilSession council = request(mentee(), mentors, 3);
    runJobs(process(council));

    OutboundMessage request = mails(busy, "availability-request#1").get(0);
    assertThat(request.getTextBody()).containsOnlyOnce(BUSY_NOTE)
        .containsPattern("16:00–17:00 CEST[^\\n]*\\n  I can make this one: [^\\n]+\\n  " + BUSY_NOTE)
        .doesNotContain("could not read");
    assertThat(request.getHtmlBody()).containsOnlyOnce(BUSY_NOTE);
    assertThat(mails(unreadable, "availability-request#1").get(0).getTextBody()).doesNotContain(BUSY_NOTE)
        .contains("We could not read all of your calendar", "answered HTTP 503")
        .doesNotContain("/feed-");
    assertThat(mails(mentors.get(2), "availability-request#1").get(0).getTextBody())
        .doesNotContain(BUSY_NOTE, "could not read");

    String clickedBusy = page(council, busy, 1);
    assertThat(clickedBusy).containsOnlyOnce(BUSY_NOTE)
        .doesNotContainPattern("name=\"slot-1\" value=\"[A-Z]+\"[^>]*checked")
        .doesNotContainPattern("name=\"slot-0\" value=\"[A-Z]+\"[^>]*checked");
    assertThat(page(council, busy, 0)).containsOnlyOnce(BUSY_NOTE)
        .containsPattern("name=\"slot-0\" value=\"AVAILABLE\"[^>]*checked")
        .doesNotContainPattern("name=\"slot-1\" value=\"[A-Z]+\"[^>]*checked");
    assertThat(page(council, unreadable, 1)).contains("We could not read all of your calendar")
        .containsPattern("name=\"slot-1\" value=\"AVAILABLE\"[^>]*checked");

    // the mentor's own answer for a busy slot is theirs: shown as given
    answer(council, busy, java.util.Map.of(1, Availability.AVAILABLE));
    assertThat(page(council, busy, 1)).containsPattern("name=\"slot-1\" value=\"AVAILABLE\"[^>]*checked")
        .contains(BUSY_NOTE);
  }

  @Test
  void theTimeSelectionAvoidsASlotASeatedMentorIsBusyInTheirCalendar() {
    List<Person> mentors = mentors(3);
    connect(mentors.get(2), List.of(new TimeRange(SLOTS.get(0), SLOTS.get(0).plusSeconds(3600)),
        new TimeRange(SLOTS.get(2).plusSeconds(3000), SLOTS.get(2).plusSeconds(7200))));
    CouncilSession council = request(mentee(), mentors, 3);
    ProcessInstance instance = process(council);
    runJobs(instance);

    mentors.forEach(m -> answer(council, m, all(Availability.AVAILABLE)));
    runJobs(instance);

    assertThat(status(council)).isEqualTo(CouncilStatus.CONFIRMED);
    assertThat(confirmedStart(council)).as("the only slot nobody's calendar shows busy").isEqualTo(SLOTS.get(1));
    assertThat(selectedMentors(council)).hasSize(3);
  }

  /** Connects the mentor's calendar; read again from the feed when asked next (the connect's reading expired). */
  private String connect(Person mentor, List<TimeRange> busy) {
    String url = feeds.feed(busy);
    ClockUtil.setCurrentTime(Date.from(NOW.minus(Duration.ofMinutes(20))));
    busyCalendars.connect(mentor.getId(), url);
    ClockUtil.setCurrentTime(Date.from(NOW));
    return url;
  }

  private String page(CouncilSession council, Person mentor, int slot) {
    String url = inTransaction(council, c -> links.slotAnswer(c, mentor.getId(), slot));
    ResponseEntity<String> page = http.getForEntity(url.substring(url.indexOf("/r/")), String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    return page.getBody();
  }
}
