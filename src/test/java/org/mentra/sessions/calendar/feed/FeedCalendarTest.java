package org.mentra.sessions.calendar.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.calendar.InviteAssertions;

/** The feed as calendar clients read it: valid, published, in the person's zone across daylight-saving changes. */
class FeedCalendarTest {

  static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
  // 18:00 in Berlin before (CET, +1) and after (CEST, +2) the change of 28 March 2027
  final FeedEvent winter = new FeedEvent("council-1@mentra-sessions", 2, "Council: career change", "Bring questions",
      Instant.parse("2027-03-25T17:00:00Z"), Instant.parse("2027-03-25T18:00:00Z"), "https://meet.jit.si/mentra-x",
      false, Instant.parse("2027-02-20T10:15:30.123Z"));
  final FeedEvent summer = new FeedEvent("event-2@mentra-sessions", 0, "Mindfulness evening", null,
      Instant.parse("2027-04-01T16:00:00Z"), Instant.parse("2027-04-01T17:30:00Z"), null, false,
      Instant.parse("2027-02-21T08:00:00Z"));
  final FeedEvent cancelled = new FeedEvent("chat-3@mentra-sessions", 1, "Support chat", null,
      Instant.parse("2027-03-27T10:00:00Z"), Instant.parse("2027-03-27T11:00:00Z"), "https://meet.jit.si/mentra-y", true,
      Instant.parse("2027-02-22T08:00:00Z"));

  @Test
  void aPublishedCalendarInThePersonsZoneThatICal4jValidates() {
    String ics = FeedCalendar.write("Mentra Sessions – Ada", ZoneId.of("Europe/Berlin"),
        List.of(summer, cancelled, winter), Duration.ofHours(1), NOW);

    InviteAssertions.assertValid(ics);
    Calendar calendar = InviteAssertions.parse(ics);
    assertThat(calendar.getProperty(Property.METHOD)).isEmpty();
    assertThat(ics).contains("X-WR-CALNAME:Mentra Sessions – Ada", "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
        "X-PUBLISHED-TTL:PT1H", "X-WR-TIMEZONE:Europe/Berlin", "TZID:Europe/Berlin",
        "DTSTART;TZID=Europe/Berlin:20270325T180000", "DTSTART;TZID=Europe/Berlin:20270401T180000");
    assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
    assertThat(ics).doesNotContain("ATTENDEE", "ORGANIZER", "METHOD");

    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue())
        .containsExactly(winter.uid(), cancelled.uid(), summer.uid());
    // read back through the feed's own VTIMEZONE: the same instants on both sides of the change
    assertThat(events).extracting(e -> instant(e, Property.DTSTART))
        .containsExactly(winter.start(), cancelled.start(), summer.start());
    assertThat(events).extracting(e -> instant(e, Property.DTEND))
        .containsExactly(winter.end(), cancelled.end(), summer.end());
    assertThat(events.get(0).getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
    assertThat(events.get(0).getProperty(Property.DTSTAMP).orElseThrow().getValue()).isEqualTo("20270220T101530Z");
    assertThat(events.get(1).getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
    assertThat(events.get(1).getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Cancelled: Support chat");
    assertThat(events.get(2).getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
  }

  @Test
  void theSameSessionsWriteTheSameFeed() {
    String once = FeedCalendar.write("Feed", ZoneId.of("America/New_York"), List.of(winter, summer), Duration.ofHours(1),
        NOW);
    String again = FeedCalendar.write("Feed", ZoneId.of("America/New_York"), List.of(summer, winter),
        Duration.ofHours(1), NOW.plusSeconds(3600));

    assertThat(again).isEqualTo(once);
  }

  @Test
  void anEmptyFeedAndAFeedInUtcAreValidToo() {
    InviteAssertions.assertValid(FeedCalendar.write("Empty", ZoneId.of("Asia/Tokyo"), List.of(), Duration.ofHours(2),
        NOW));
    String utc = FeedCalendar.write("UTC", ZoneId.of("Etc/UTC"), List.of(winter), Duration.ofHours(1), NOW);
    InviteAssertions.assertValid(utc);
    assertThat(utc).contains("DTSTART;TZID=UTC:20270325T170000");
    assertThat(instant(InviteAssertions.parse(utc).<VEvent>getComponents(Component.VEVENT).get(0), Property.DTSTART))
        .isEqualTo(winter.start());
  }

  private static Instant instant(VEvent event, String name) {
    return Instant.from(event.<DateProperty<Temporal>>getProperty(name).orElseThrow().getDate());
  }
}
