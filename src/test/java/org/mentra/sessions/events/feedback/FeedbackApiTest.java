package org.mentra.sessions.events.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventExtrasTest;
import org.mentra.sessions.events.EventPrivacy;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code POST /api/v1/events/{id}/feedback} and its summary: from those who came, once each, editable. */
class FeedbackApiTest extends EventExtrasTest {

  @Test
  void anAttendeeRatesOnceAndASecondPostReplacesTheirFeedback() {
    Person host = member("Fay Host", Role.HOST, Plan.PROFESSIONAL);
    Person guest = member("Gil Guest", Role.PATIENT, Plan.FREE);
    Event event = pastEvent(host, EventPrivacy.PUBLIC);
    attended(event, guest, AttendanceStatus.LATE);

    ResponseEntity<String> first = post(as(guest), feedback(event), body(guest, 4, "Warm and calm", null));
    assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode created = json(first);
    assertThat(created.get("rating").asInt()).isEqualTo(4);
    assertThat(created.get("showName").asBoolean()).isFalse();

    ClockUtil.setCurrentTime(Date.from(clock.instant().plus(Duration.ofMinutes(5))));
    ResponseEntity<String> second = post(as(guest), feedback(event), body(guest, 2, "  On reflection, too short ",
        true));
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode replaced = json(second);
    assertThat(replaced.get("id").asText()).isEqualTo(created.get("id").asText());
    assertThat(replaced.get("comment").asText()).isEqualTo("On reflection, too short");
    assertThat(replaced.get("updatedAt").asText()).isNotEqualTo(replaced.get("createdAt").asText());

    JsonNode summary = json(as(guest).getForEntity(feedback(event) + "/summary", String.class));
    assertThat(summary.get("count").asInt()).isEqualTo(1);
    assertThat(summary.get("average").asDouble()).isEqualTo(2.0);
    assertThat(summary.get("distribution").get("2").asInt()).isEqualTo(1);
    assertThat(summary.get("distribution").get("4").asInt()).isZero();
    assertThat(summary.get("recentComments").get(0).get("name").asText()).isEqualTo("Gil Guest");
  }

  @Test
  void onlyPeopleWhoCameMayRateAndOnlyForThemselves() {
    Person host = member("Hal Host", Role.HOST, Plan.PROFESSIONAL);
    Person absent = member("Abby Absent", Role.PATIENT, Plan.FREE);
    Person stranger = member("Stan Stranger", Role.PATIENT, Plan.FREE);
    Person guest = member("Gwen Guest", Role.PATIENT, Plan.FREE);
    Event event = pastEvent(host, EventPrivacy.PUBLIC);
    attended(event, absent, AttendanceStatus.NO_SHOW);
    attended(event, guest, AttendanceStatus.ATTENDED);
    attended(event, host, AttendanceStatus.ATTENDED);

    ResponseEntity<String> noShow = post(as(absent), feedback(event), body(absent, 5, null, null));
    assertRefused(noShow, "attendance-required");
    assertThat(json(noShow).get("detail").asText()).as("her attendance is recorded: as a no-show")
        .endsWith("the host recorded that Abby Absent did not come.");
    ResponseEntity<String> unknown = post(as(stranger), feedback(event), body(stranger, 5, null, null));
    assertRefused(unknown, "attendance-required");
    assertThat(json(unknown).get("detail").asText()).contains("no attendance is recorded for Stan Stranger yet");
    assertRefused(post(as(stranger), feedback(event), body(guest, 1, "Not mine to say", null)), "forbidden");
    assertRefused(post(as(host), feedback(event), body(host, 5, "Great host!", null)), "forbidden");
    assertThat(post(http, feedback(event), body(guest, 5, null, null)).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(post(coordinator(), feedback(event), body(guest, 5, null, null)).getStatusCode())
        .as("staff, for the platform that asked the guest").isEqualTo(HttpStatus.CREATED);
    assertThat(json(coordinator().getForEntity(feedback(event) + "/summary", String.class)).get("count").asInt())
        .isEqualTo(1);
  }

  @Test
  void badInputIsAProblemNamingTheField() {
    Person host = member("Bea Host", Role.HOST, Plan.PROFESSIONAL);
    Person guest = member("Bo Guest", Role.PATIENT, Plan.FREE);
    Event event = pastEvent(host, EventPrivacy.PUBLIC);
    attended(event, guest, AttendanceStatus.ATTENDED);

    assertBadField(post(as(guest), feedback(event), body(guest, 0, null, null)), "rating");
    assertBadField(post(as(guest), feedback(event), body(guest, 6, null, null)), "rating");
    assertBadField(post(as(guest), feedback(event), "{\"userId\": \"" + guest.getId() + "\"}"), "rating");
    assertBadField(post(as(guest), feedback(event), "{\"rating\": 3}"), "userId");
    assertBadField(post(coordinator(), feedback(event), body(UUID.randomUUID(), 3)), "userId");
    assertBadField(post(as(guest), feedback(event), body(guest, 3, "x".repeat(2001), null)), "comment");
    ResponseEntity<String> words = post(as(guest), feedback(event),
        "{\"userId\": \"" + guest.getId() + "\", \"rating\": \"five\"}");
    assertThat(words.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(words.getBody()).contains("rating");
    assertThat(post(as(guest), "/api/v1/events/" + UUID.randomUUID() + "/feedback", body(guest, 3, null, null))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(guest).getForEntity("/api/v1/events/" + UUID.randomUUID() + "/feedback/summary", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json(as(guest).getForEntity(feedback(event) + "/summary", String.class)).get("count").asInt())
        .as("nothing was recorded").isZero();
  }

  @Test
  void theSummaryCountsAveragesAndNamesOnlyThoseWhoAllowedIt() {
    Person host = member("Sue Host", Role.HOST, Plan.PROFESSIONAL);
    Event event = pastEvent(host, EventPrivacy.PUBLIC);
    int[] ratings = {5, 4, 4, 2, 1};
    String[] comments = {"Exactly what I needed", null, "Kind people", "", "Could not hear a thing"};
    Boolean[] showName = {true, true, false, true, null};
    Person[] guests = new Person[ratings.length];
    for (int i = 0; i < ratings.length; i++) {
      guests[i] = person("Rater " + i + " " + UUID.randomUUID().toString().substring(0, 4), Plan.FREE);
      attended(event, guests[i], i % 2 == 0 ? AttendanceStatus.ATTENDED : AttendanceStatus.LATE);
      ClockUtil.setCurrentTime(Date.from(clock.instant().plus(Duration.ofMinutes(1))));
      assertThat(post(coordinator(), feedback(event), body(guests[i], ratings[i], comments[i], showName[i]))
          .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
    Person viewer = member("Val Viewer", Role.PATIENT, Plan.FREE);

    JsonNode summary = json(as(viewer).getForEntity(feedback(event) + "/summary", String.class));

    assertThat(summary.get("count").asInt()).isEqualTo(5);
    assertThat(summary.get("average").asDouble()).as("16 / 5").isEqualTo(3.2);
    JsonNode distribution = summary.get("distribution");
    assertThat(new int[] {distribution.get("1").asInt(), distribution.get("2").asInt(), distribution.get("3").asInt(),
        distribution.get("4").asInt(), distribution.get("5").asInt()}).containsExactly(1, 1, 0, 2, 1);
    JsonNode recent = summary.get("recentComments");
    assertThat(recent.findValuesAsText("comment"))
        .containsExactly("Could not hear a thing", "Kind people", "Exactly what I needed");
    assertThat(recent.get(0).hasNonNull("name")).isFalse();
    assertThat(recent.get(1).hasNonNull("name")).as("did not allow it").isFalse();
    assertThat(recent.get(2).get("name").asText()).isEqualTo(guests[0].getDisplayName());
    assertThat(summary.toString()).doesNotContain(guests[2].getDisplayName(), guests[4].getDisplayName(),
        guests[2].getId().toString());

    Event quiet = pastEvent(host, EventPrivacy.PUBLIC);
    JsonNode none = json(as(viewer).getForEntity(feedback(quiet) + "/summary", String.class));
    assertThat(none.get("count").asInt()).isZero();
    assertThat(none.hasNonNull("average")).as("no average of nothing").isFalse();
    assertThat(none.get("distribution").size()).isEqualTo(5);
    assertThat(none.get("recentComments").size()).isZero();
  }

  @Test
  void aPrivateEventsSummaryIsForItsParticipants() {
    Person host = member("Pia Host", Role.HOST, Plan.PROFESSIONAL);
    Person guest = member("Pat Guest", Role.PATIENT, Plan.FREE);
    Person outsider = member("Olly Outsider", Role.PATIENT, Plan.PREMIUM);
    Event event = pastEvent(host, EventPrivacy.PRIVATE);
    attended(event, guest, AttendanceStatus.ATTENDED);

    assertThat(as(guest).getForEntity(feedback(event) + "/summary", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as(host).getForEntity(feedback(event) + "/summary", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as(outsider).getForEntity(feedback(event) + "/summary", String.class).getStatusCode())
        .as("a private event is not there for a stranger").isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static String feedback(Event event) {
    return "/api/v1/events/" + event.getId() + "/feedback";
  }

  private static String body(Person person, int rating, String comment, Boolean showName) {
    return "{\"userId\": \"" + person.getId() + "\", \"rating\": " + rating
        + (comment == null ? "" : ", \"comment\": \"" + comment + "\"")
        + (showName == null ? "" : ", \"showName\": " + showName) + "}";
  }

  private static String body(UUID userId, int rating) {
    return "{\"userId\": \"" + userId + "\", \"rating\": " + rating + "}";
  }
}
