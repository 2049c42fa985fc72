package org.mentra.sessions.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.calendar.CalendarInvites;
import org.mentra.sessions.calendar.InviteAssertions;
import org.mentra.sessions.events.series.Occurrence;
import org.mentra.sessions.events.series.SeriesProperties;
import org.mentra.sessions.mail.OutboundMessage;
import org.mentra.sessions.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * Series through the API: expansion in the event's zone across daylight-saving changes (Berlin and
 * New York change on different dates), one occurrence cancelled or moved, "this and all following"
 * split across a change, and the problems.
 */
class SeriesApiTest extends EventsApiSupport {

  private static final Instant NOW = Instant.parse("2031-03-01T09:00:00Z");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Autowired
  private CalendarInvites calendarInvites;
  @Autowired
  private EventInvites eventInvites;
  @Autowired
  private EventService events;
  @Autowired
  private SeriesService series;
  @Autowired
  private SeriesProperties limits;

  @BeforeEach
  void now() {
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @Test
  void aWeeklySixPmMeetingStaysAtSixInBerlinAndNewYorkAcrossBothChanges() throws Exception {
    // Tuesdays from 4 March to 4 November 2031: the US changes on 9 March and 2 November, the EU on 30 March and 26 October
    for (ZoneId zone : List.of(BERLIN, NEW_YORK)) {
      OffsetDateTime first = OffsetDateTime.of(2031, 3, 4, 18, 0, 0, 0, zone.getRules()
          .getOffset(Instant.parse("2031-03-04T12:00:00Z")));
      JsonNode created = read(asCoordinator(HttpMethod.POST, "/api/v1/events/series", series("Tuesday circle", first,
          zone, "FREQ=WEEKLY;COUNT=36")), HttpStatus.CREATED);
      JsonNode occurrences = created.get("occurrences");
      assertThat(occurrences).hasSize(36);
      assertThat(created.get("recurrence").asText()).isEqualTo("weekly, 36 times");
      Set<LocalTime> localTimes = new java.util.HashSet<>();
      Set<Integer> utcHours = new java.util.TreeSet<>();
      for (JsonNode o : occurrences) {
        Instant start = Instant.parse(o.get("start").asText());
        localTimes.add(start.atZone(zone).toLocalTime());
        utcHours.add(start.atZone(ZoneId.of("UTC")).getHour());
        assertThat(start.atZone(zone).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.TUESDAY);
        assertThat(Instant.parse(o.get("end").asText())).isEqualTo(start.plusSeconds(5400));
        assertThat(o.get("recurrenceId").asText()).isEqualTo(o.get("start").asText());
      }
      assertThat(localTimes).as(zone.getId()).containsExactly(LocalTime.of(18, 0));
      assertThat(utcHours).as(zone.getId()).containsExactlyElementsOf(zone.equals(BERLIN) ? List.of(16, 17)
          : List.of(22, 23));
      Instant secondStart = Instant.parse(occurrences.get(1).get("start").asText());
      assertThat(secondStart).as("11 March: New York has changed already, Berlin not yet")
          .isEqualTo(zone.equals(BERLIN) ? Instant.parse("2031-03-11T17:00:00Z") : Instant.parse("2031-03-11T22:00:00Z"));

      JsonNode occurrence = read(asCoordinator(HttpMethod.GET, "/api/v1/events/" + occurrences.get(5).get("eventId")
          .asText(), null), HttpStatus.OK);
      assertThat(occurrence.get("seriesId").asText()).isEqualTo(created.get("id").asText());
      assertThat(occurrence.get("maxParticipants").asInt()).as("each its own capacity").isEqualTo(8);
      assertThat(occurrence.get("timezone").asText()).isEqualTo(zone.getId());
    }
  }

  @Test
  void oneOccurrenceIsCancelledAnotherMovedAndTheSeriesSaysSo() throws Exception {
    JsonNode created = read(asCoordinator(HttpMethod.POST, "/api/v1/events/series", series("Exceptions",
        berlin(2031, 3, 4, 18), BERLIN, "FREQ=WEEKLY;BYDAY=TU;COUNT=4")), HttpStatus.CREATED);
    String id = created.get("id").asText();
    JsonNode occurrences = created.get("occurrences");
    String second = occurrences.get(1).get("eventId").asText();
    String third = occurrences.get(2).get("eventId").asText();
    Instant thirdId = Instant.parse(occurrences.get(2).get("recurrenceId").asText());

    assertThat(asCoordinator(HttpMethod.DELETE, "/api/v1/events/" + second, null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    OffsetDateTime movedTo = berlin(2031, 3, 19, 19);
    read(asCoordinator(HttpMethod.PUT, "/api/v1/events/" + third, event("Exceptions, on Wednesday", movedTo)),
        HttpStatus.OK);

    JsonNode read = read(asCoordinator(HttpMethod.GET, "/api/v1/events/series/" + id, null), HttpStatus.OK);
    assertThat(read.get("occurrences").get(1).get("status").asText()).isEqualTo("CANCELLED");
    JsonNode moved = read.get("occurrences").get(2);
    assertThat(moved.get("moved").asBoolean()).isTrue();
    assertThat(Instant.parse(moved.get("recurrenceId").asText())).as("keeps its name").isEqualTo(thirdId);
    assertThat(Instant.parse(moved.get("start").asText())).isEqualTo(movedTo.toInstant());

    List<Occurrence> schedule = series.get(UUID.fromString(id)).schedule().occurrences(limits);
    assertThat(schedule).extracting(Occurrence::cancelled).containsExactly(false, true, false, false);
    assertThat(schedule).extracting(Occurrence::moved).containsExactly(false, false, true, false);
  }

  @Test
  void thisAndAllFollowingAcrossTheChangeSplitsTheSeriesAndTellsThoseConfirmed() throws Exception {
    // Tuesdays 18, 25 March (CET), 1, 8, 15, 22 April (CEST); from 1 April on it meets at 19:30
    JsonNode created = read(asCoordinator(HttpMethod.POST, "/api/v1/events/series", series("Split circle",
        berlin(2031, 3, 18, 18), BERLIN, "FREQ=WEEKLY;COUNT=6")), HttpStatus.CREATED);
    String id = created.get("id").asText();
    List<String> eventIds = new ArrayList<>();
    created.get("occurrences").forEach(o -> eventIds.add(o.get("eventId").asText()));
    Person mary = person("Mary Tuesday");
    UUID eighth = UUID.fromString(eventIds.get(3));
    participants.confirm(eighth, mary.getId());
    calendarInvites.schedule(eventInvites.inviteOf(events.get(eighth), List.of(mary)));

    OffsetDateTime later = OffsetDateTime.parse("2031-04-01T19:30:00+02:00");
    JsonNode following = read(asCoordinator(HttpMethod.PUT, "/api/v1/events/series/" + id + "?from=" + eventIds.get(2),
        series("Split circle, later", later, BERLIN, null)), HttpStatus.OK);
    assertThat(following.get("id").asText()).isNotEqualTo(id);
    assertThat(following.get("splitFrom").asText()).isEqualTo(id);
    assertThat(following.get("recurrenceRule").asText()).isEqualTo("FREQ=WEEKLY;COUNT=4");
    assertThat(following.get("occurrences").findValuesAsText("eventId")).containsExactlyElementsOf(eventIds.subList(2, 6));
    assertThat(following.get("occurrences").findValuesAsText("start").stream().map(Instant::parse)
        .map(s -> s.atZone(BERLIN).toLocalTime()).collect(Collectors.toSet())).containsExactly(LocalTime.of(19, 30));

    JsonNode before = read(asCoordinator(HttpMethod.GET, "/api/v1/events/series/" + id, null), HttpStatus.OK);
    assertThat(before.get("recurrenceRule").asText()).isEqualTo("FREQ=WEEKLY;COUNT=2");
    assertThat(before.get("occurrences").findValuesAsText("start")).containsExactly("2031-03-18T17:00:00Z",
        "2031-03-25T17:00:00Z");

    JsonNode moved = read(asCoordinator(HttpMethod.GET, "/api/v1/events/" + eighth, null), HttpStatus.OK);
    assertThat(moved.get("title").asText()).isEqualTo("Split circle, later");
    assertThat(moved.get("seriesId").asText()).isEqualTo(following.get("id").asText());
    List<OutboundMessage> mails = mailTo(mary);
    assertThat(mails).singleElement().satisfies(m -> {
      assertThat(m.getSubject()).isEqualTo("Split circle, later has moved");
      String invite = m.getAttachments().get(0).getContent();
      InviteAssertions.assertValidRequest(invite);
      assertThat(InviteAssertions.sequence(invite)).isEqualTo(1);
      assertThat(InviteAssertions.start(invite)).isEqualTo(Instant.parse("2031-04-08T17:30:00Z"));
    });

    JsonNode page = read(asCoordinator(HttpMethod.GET, "/api/v1/events/series?size=200", null), HttpStatus.OK);
    assertThat(page.get("content").findValuesAsText("id")).contains(id, following.get("id").asText());
  }

  @Test
  void aRuleThatDoesNotFitASeriesIsNamed() throws Exception {
    OffsetDateTime tuesday = berlin(2031, 3, 4, 18);
    for (String rule : List.of("FREQ=MINUTELY;COUNT=3", "FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=MO;COUNT=3", "nonsense",
        "FREQ=DAILY;COUNT=500")) {
      assertThat(fieldsOf(asCoordinator(HttpMethod.POST, "/api/v1/events/series", series("Bad", tuesday, BERLIN,
          rule)))).as(rule).containsExactly("recurrenceRule");
    }
    assertThat(fieldsOf(asCoordinator(HttpMethod.POST, "/api/v1/events/series", series("No rule", tuesday, BERLIN,
        null)))).containsExactly("recurrenceRule");
    assertThat(fieldsOf(asCoordinator(HttpMethod.POST, "/api/v1/events/series", series("Support", tuesday, BERLIN,
        "FREQ=WEEKLY;COUNT=3").replace("\"GROUP\"", "\"PAIRED_SUPPORT\"")))).containsExactly("kind");
    assertThat(fieldsOf(asCoordinator(HttpMethod.POST, "/api/v1/events/series", series("Zone", tuesday, BERLIN,
        "FREQ=WEEKLY;COUNT=3").replace("Europe/Berlin", "Mars/Olympus")))).containsExactly("timezone");

    JsonNode one = read(asCoordinator(HttpMethod.POST, "/api/v1/events/series", series("One", tuesday, BERLIN,
        "FREQ=WEEKLY;COUNT=3")), HttpStatus.CREATED);
    JsonNode other = read(asCoordinator(HttpMethod.POST, "/api/v1/events/series", series("Other", tuesday, BERLIN,
        "FREQ=WEEKLY;COUNT=3")), HttpStatus.CREATED);
    assertThat(fieldsOf(asCoordinator(HttpMethod.PUT, "/api/v1/events/series/" + one.get("id").asText() + "?from="
        + other.get("occurrences").get(1).get("eventId").asText(), series("One", tuesday, BERLIN, null))))
        .containsExactly("from");
    problem(asCoordinator(HttpMethod.GET, "/api/v1/events/series/" + UUID.randomUUID(), null), HttpStatus.NOT_FOUND);
    assertThat(asCoordinator(HttpMethod.GET, "/api/v1/events/series?sort=bogus", null).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private static OffsetDateTime berlin(int year, int month, int day, int hour) {
    return java.time.LocalDateTime.of(year, month, day, hour, 0).atZone(BERLIN).toOffsetDateTime();
  }

  private static String series(String title, OffsetDateTime first, ZoneId zone, String rule) {
    return """
        {"title": "%s", "kind": "GROUP", "start": "%s", "end": "%s", "timezone": "%s", "maxParticipants": 8%s}"""
        .formatted(title, first, first.plusMinutes(90), zone.getId(),
            rule == null ? "" : ", \"recurrenceRule\": \"" + rule + "\"");
  }

  private static String event(String title, OffsetDateTime start) {
    return """
        {"title": "%s", "kind": "GROUP", "start": "%s", "end": "%s", "timezone": "Europe/Berlin", "maxParticipants": 8}"""
        .formatted(title, start, start.plusMinutes(90));
  }
}
