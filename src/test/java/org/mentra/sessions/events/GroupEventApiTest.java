package org.mentra.sessions.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.calendar.CalendarInvites;
import org.mentra.sessions.calendar.InviteAssertions;
import org.mentra.sessions.mail.OutboundMessage;
import org.mentra.sessions.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** Group events through the API: their fields, formats and rooms, their life, and telling those confirmed. */
class GroupEventApiTest extends EventsApiSupport {

  private static final Instant NOW = Instant.parse("2031-06-01T09:00:00Z");
  private static final Instant START = NOW.plus(Duration.ofDays(10));

  @Autowired
  private CalendarInvites calendarInvites;
  @Autowired
  private EventInvites eventInvites;
  @Autowired
  private EventService events;

  @BeforeEach
  void now() {
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @Test
  void aVirtualEventGetsARoomAPhysicalOneItsPlaceAndAHybridOneBoth() throws Exception {
    JsonNode virtual = read(asCoordinator(HttpMethod.POST, "/api/v1/events", group("Breathing together", "VIRTUAL",
        null, ", \"eventType\": \"skill-building workshop\", \"metadata\": {\"colour\": \"green\", \"seats\": 3}")),
        HttpStatus.CREATED);
    assertThat(virtual.get("eventType").asText()).isEqualTo("SKILL_BUILDING_WORKSHOP");
    assertThat(virtual.get("meetingUrl").asText()).startsWith("http");
    assertThat(virtual.has("location")).isFalse();
    assertThat(virtual.get("metadata").get("colour").asText()).isEqualTo("green");
    assertThat(virtual.get("metadata").get("seats").asInt()).isEqualTo(3);

    assertThat(fieldsOf(asCoordinator(HttpMethod.POST, "/api/v1/events", group("Walk", "PHYSICAL", null, ""))))
        .containsExactly("location.address");
    assertThat(fieldsOf(asCoordinator(HttpMethod.POST, "/api/v1/events", group("Walk", "HYBRID",
        "{\"directions\": \"Tram 4\"}", "")))).containsExactly("location.address");
    assertThat(fieldsOf(asCoordinator(HttpMethod.POST, "/api/v1/events", group("Walk", "VIRTUAL", PLACE, ""))))
        .containsExactly("location");

    JsonNode physical = read(asCoordinator(HttpMethod.POST, "/api/v1/events", group("Park walk", "PHYSICAL", PLACE,
        "")), HttpStatus.CREATED);
    assertThat(physical.get("location").get("address").asText()).isEqualTo("Tiergarten, Berlin");
    assertThat(physical.get("location").get("accessibilityNotes").asText()).isEqualTo("Step-free paths");
    assertThat(physical.has("meetingUrl")).as("a physical event has no room").isFalse();

    JsonNode hybrid = read(asCoordinator(HttpMethod.POST, "/api/v1/events", group("Circle, both ways", "HYBRID", PLACE,
        "")), HttpStatus.CREATED);
    assertThat(hybrid.get("location").get("directions").asText()).isEqualTo("Tram 4 to the zoo");
    assertThat(hybrid.get("meetingUrl").asText()).startsWith("http");
    String room = hybrid.get("meetingUrl").asText();
    JsonNode renamed = read(asCoordinator(HttpMethod.PUT, "/api/v1/events/" + hybrid.get("id").asText(),
        group("Circle, renamed", "HYBRID", PLACE, "")), HttpStatus.OK);
    assertThat(renamed.get("meetingUrl").asText()).as("the room stays the event's").isEqualTo(room);
  }

  @Test
  void unknownTypesAndUnboundedMetadataAreNamed() throws Exception {
    assertThat(fieldsOf(asCoordinator(HttpMethod.POST, "/api/v1/events", group("Karaoke", "VIRTUAL", null,
        ", \"eventType\": \"karaoke\"")))).containsExactly("eventType");
    assertThat(fieldsOf(asCoordinator(HttpMethod.POST, "/api/v1/events", group("Nested", "VIRTUAL", null,
        ", \"metadata\": {\"a\": {\"b\": 1}, \"ok\": true, \"gone\": null}"))))
        .containsExactlyInAnyOrder("metadata.a", "metadata.gone");
    String many = IntStream.range(0, 21).mapToObj(i -> "\"k" + i + "\": " + i).collect(Collectors.joining(", "));
    assertThat(fieldsOf(asCoordinator(HttpMethod.POST, "/api/v1/events", group("Many", "VIRTUAL", null,
        ", \"metadata\": {" + many + "}")))).containsExactly("metadata");
    assertThat(fieldsOf(asCoordinator(HttpMethod.POST, "/api/v1/events", group("Key", "VIRTUAL", null,
        ", \"metadata\": {\"1x\": \"a\", \"long\": \"" + "x".repeat(501) + "\"}"))))
        .containsExactlyInAnyOrder("metadata", "metadata.long");
    assertThat(asCoordinator(HttpMethod.POST, "/api/v1/events", group("Secret", "VIRTUAL", null,
        ", \"privacy\": \"SECRET\"")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldsOf(asCoordinator(HttpMethod.POST, "/api/v1/events", group("Far", "PHYSICAL",
        "{\"address\": \"" + "x".repeat(501) + "\"}", "")))).containsExactly("location.address");
  }

  @Test
  void anEventOnlyMovesForwardInItsLife() throws Exception {
    String id = read(asCoordinator(HttpMethod.POST, "/api/v1/events", group("Forward", "VIRTUAL", null, "")),
        HttpStatus.CREATED).get("id").asText();
    String path = "/api/v1/events/" + id;
    problem(asCoordinator(HttpMethod.PUT, path, group("Forward", "VIRTUAL", null, ", \"status\": \"DRAFT\"")),
        HttpStatus.CONFLICT);
    assertThat(fieldsOf(asCoordinator(HttpMethod.PUT, path, group("Forward", "VIRTUAL", null,
        ", \"status\": \"COMPLETED\"")))).containsExactly("status");
    assertThat(asCoordinator(HttpMethod.DELETE, path, null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(read(asCoordinator(HttpMethod.GET, path, null), HttpStatus.OK).get("status").asText())
        .isEqualTo("CANCELLED");
    problem(asCoordinator(HttpMethod.PUT, path, group("Back again", "VIRTUAL", null, "")), HttpStatus.CONFLICT);
    problem(asCoordinator(HttpMethod.DELETE, path, null), HttpStatus.CONFLICT);
    problem(asCoordinator(HttpMethod.PUT, "/api/v1/events/" + UUID.randomUUID(), group("None", "VIRTUAL", null, "")),
        HttpStatus.NOT_FOUND);
  }

  @Test
  void thoseConfirmedGetTheUpdatedInviteOnEachChangeAndTheCancelWithAKindWord() throws Exception {
    Person mary = person("Mary Confirmed");
    String id = read(asCoordinator(HttpMethod.POST, "/api/v1/events", group("Evening circle", "VIRTUAL", null, "")),
        HttpStatus.CREATED).get("id").asText();
    UUID eventId = UUID.fromString(id);
    participants.confirm(eventId, mary.getId());
    // what registration does when she is confirmed: her invite, SEQUENCE 0
    calendarInvites.schedule(eventInvites.inviteOf(events.get(eventId), List.of(mary)));

    Instant later = START.plus(Duration.ofHours(1));
    at(NOW.plus(Duration.ofMinutes(1)));
    read(asCoordinator(HttpMethod.PUT, "/api/v1/events/" + id, group("Evening circle", "VIRTUAL", null, "")
        .replace(START.toString(), later.toString()).replace(START.plus(Duration.ofHours(2)).toString(),
            later.plus(Duration.ofHours(2)).toString())), HttpStatus.OK);
    List<OutboundMessage> mails = mailTo(mary);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).isEqualTo("Evening circle has moved");
    String invite = mails.get(0).getAttachments().get(0).getContent();
    InviteAssertions.assertValidRequest(invite);
    assertThat(InviteAssertions.uid(invite)).isEqualTo("event-" + id + "@mentra-sessions");
    assertThat(InviteAssertions.sequence(invite)).isEqualTo(1);
    assertThat(InviteAssertions.start(invite)).isEqualTo(later);

    String laterBody = group("Evening circle", "VIRTUAL", null, "").replace(START.toString(), later.toString())
        .replace(START.plus(Duration.ofHours(2)).toString(), later.plus(Duration.ofHours(2)).toString());
    read(asCoordinator(HttpMethod.PUT, "/api/v1/events/" + id, laterBody), HttpStatus.OK);
    assertThat(mailTo(mary)).as("the same again changes nothing").hasSize(1);

    at(NOW.plus(Duration.ofMinutes(2)));
    read(asCoordinator(HttpMethod.PUT, "/api/v1/events/" + id, laterBody.replace("Evening circle", "Evening circle, "
        + "with tea")), HttpStatus.OK);
    OutboundMessage renamed = mailTo(mary).get(1);
    assertThat(renamed.getSubject()).isEqualTo("Evening circle, with tea has changed");
    assertThat(InviteAssertions.sequence(renamed.getAttachments().get(0).getContent())).isEqualTo(2);

    at(NOW.plus(Duration.ofMinutes(3)));
    Person ines = person("Ines Late");
    participants.confirm(eventId, ines.getId());
    assertThat(asCoordinator(HttpMethod.DELETE, "/api/v1/events/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    OutboundMessage cancelled = mailTo(mary).get(2);
    assertThat(cancelled.getSubject()).isEqualTo("Evening circle, with tea is cancelled");
    assertThat(cancelled.getTextBody()).contains("We are sorry");
    String cancel = cancelled.getAttachments().get(0).getContent();
    InviteAssertions.assertValidCancel(cancel);
    assertThat(InviteAssertions.sequence(cancel)).isEqualTo(3);
    assertThat(mailTo(ines)).as("confirmed before any invite reached her: told, without a calendar entry")
        .singleElement().satisfies(m -> {
          assertThat(m.getSubject()).isEqualTo("Evening circle, with tea is cancelled");
          assertThat(m.getAttachments()).isEmpty();
        });
  }

  /** Each step a minute later: the outbox lists mail by when it was written. */
  private static void at(Instant now) {
    ClockUtil.setCurrentTime(Date.from(now));
  }

  static final String PLACE = """
      {"address": "Tiergarten, Berlin", "directions": "Tram 4 to the zoo", "accessibilityNotes": "Step-free paths"}""";

  private static String group(String title, String format, String location, String more) {
    return """
        {"title": "%s", "kind": "GROUP", "format": "%s", "start": "%s", "end": "%s", "timezone": "Europe/Berlin",
         "maxParticipants": 12%s%s}""".formatted(title, format, START, START.plus(Duration.ofHours(2)),
        location == null ? "" : ", \"location\": " + location, more);
  }
}
