package org.mentra.sessions.events.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventAudience;
import org.mentra.sessions.events.EventExtrasTest;
import org.mentra.sessions.events.EventPrivacy;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An event's resources: the host and staff manage them, participants read them, recordings for Premium and up. */
class ResourceApiTest extends EventExtrasTest {

  @org.springframework.beans.factory.annotation.Autowired
  EventAudience audience;

  @Test
  void theHostAddsListsAndRemovesResources() {
    Person host = member("Rhea Host", Role.HOST, Plan.PROFESSIONAL);
    Event event = upcomingEvent(host, EventPrivacy.PUBLIC, clock.instant().plus(Duration.ofDays(3)));

    ResponseEntity<String> added = post(as(host), resources(event), resource("Slides", "https://example.org/s.pdf",
        "DOCUMENT"));
    assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode slides = json(added);
    assertThat(slides.get("title").asText()).isEqualTo("Slides");
    assertThat(slides.get("type").asText()).isEqualTo("DOCUMENT");
    assertThat(slides.get("locked").asBoolean()).isFalse();
    assertThat(added.getHeaders().getLocation()).hasToString(resources(event) + "/" + slides.get("id").asText());
    assertThat(post(coordinator(), resources(event), resource("Reading list", "http://example.org/read", "LINK"))
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);

    JsonNode list = json(as(host).getForEntity(resources(event), String.class));
    assertThat(list.findValuesAsText("title")).containsExactly("Slides", "Reading list");
    assertThat(json(as(host).getForEntity(resources(event) + "/" + slides.get("id").asText(), String.class))
        .get("url").asText()).isEqualTo("https://example.org/s.pdf");

    assertThat(send(as(host), HttpMethod.DELETE, resources(event) + "/" + slides.get("id").asText(), null)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(json(as(host).getForEntity(resources(event), String.class)).findValuesAsText("title"))
        .containsExactly("Reading list");
    assertThat(send(as(host), HttpMethod.DELETE, resources(event) + "/" + slides.get("id").asText(), null)
        .getStatusCode()).as("gone").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void onlyTheHostAndStaffManage() {
    Person host = member("Mo Host", Role.HOST, Plan.PROFESSIONAL);
    Person otherHost = member("Other Host", Role.HOST, Plan.PROFESSIONAL);
    Person guest = member("Mia Guest", Role.PATIENT, Plan.PREMIUM);
    Event event = pastEvent(host, EventPrivacy.PUBLIC);
    attended(event, guest, AttendanceStatus.ATTENDED);
    String id = json(post(as(host), resources(event), resource("Notes", "https://example.org/n", "LINK")))
        .get("id").asText();

    assertForbidden(post(as(guest), resources(event), resource("Mine", "https://example.org/m", "LINK")));
    assertForbidden(post(as(otherHost), resources(event), resource("Theirs", "https://example.org/t", "LINK")));
    assertForbidden(send(as(guest), HttpMethod.DELETE, resources(event) + "/" + id, null));
    assertThat(post(http, resources(event), resource("Anyone", "https://example.org/a", "LINK")).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity(resources(event), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(json(as(guest).getForEntity(resources(event), String.class)).findValuesAsText("title"))
        .containsExactly("Notes");
    assertThat(send(coordinator(), HttpMethod.DELETE, resources(event) + "/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void aPrivateEventsResourcesAreForItsParticipantsAndAPublicOnesForEveryoneSignedIn() {
    Person host = member("Priya Host", Role.HOST, Plan.PROFESSIONAL);
    Person participant = member("Paul Participant", Role.PATIENT, Plan.FREE);
    Person outsider = member("Otto Outsider", Role.PATIENT, Plan.PROFESSIONAL);
    Event closed = pastEvent(host, EventPrivacy.PRIVATE);
    attended(closed, participant, AttendanceStatus.NO_SHOW);
    post(as(host), resources(closed), resource("Worksheet", "https://example.org/w", "DOCUMENT"));
    Event open = pastEvent(host, EventPrivacy.PUBLIC);
    post(as(host), resources(open), resource("Poster", "https://example.org/p", "LINK"));

    assertThat(json(as(participant).getForEntity(resources(closed), String.class)).findValuesAsText("title"))
        .containsExactly("Worksheet");
    assertThat(as(outsider).getForEntity(resources(closed), String.class).getStatusCode())
        .as("a private event is not there for a stranger, nor is its material").isEqualTo(HttpStatus.NOT_FOUND);
    Person invitee = member("Ines Invitee", Role.PATIENT, Plan.PREMIUM);
    audience.invite(closed.getId(), List.of(invitee.getId()), null);
    assertForbidden(as(invitee).getForEntity(resources(closed), String.class));
    assertThat(json(as(outsider).getForEntity(resources(open), String.class)).findValuesAsText("title"))
        .containsExactly("Poster");

    Event draft = events.create(draftOf(host));
    assertThat(as(outsider).getForEntity(resources(draft), String.class).getStatusCode())
        .as("a draft is not there for others").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(host).getForEntity(resources(draft), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aRecordingIsForPlansWithRecordingAccess() {
    Person host = member("Rex Host", Role.HOST, Plan.PROFESSIONAL);
    Person free = member("Fran Free", Role.PATIENT, Plan.FREE);
    Person premium = member("Pru Premium", Role.PATIENT, Plan.PREMIUM);
    Event event = pastEvent(host, EventPrivacy.PUBLIC);
    String recording = json(post(as(host), resources(event), resource("Recording", "https://video.example/r/1",
        "RECORDING"))).get("id").asText();

    JsonNode freeList = json(as(free).getForEntity(resources(event), String.class)).get(0);
    assertThat(freeList.get("locked").asBoolean()).isTrue();
    assertThat(freeList.hasNonNull("url")).as("the address is not given away").isFalse();
    ResponseEntity<String> refused = as(free).getForEntity(resources(event) + "/" + recording, String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = json(refused);
    assertThat(problem.get("type").asText()).endsWith("/plan-required");
    assertThat(problem.get("requiredPlan").asText()).isEqualTo("PREMIUM");
    assertThat(problem.get("detail").asText()).contains("Premium", "your plan is Free");
    assertThat(refused.getBody()).doesNotContain("video.example");

    JsonNode premiumView = json(as(premium).getForEntity(resources(event) + "/" + recording, String.class));
    assertThat(premiumView.get("url").asText()).isEqualTo("https://video.example/r/1");
    assertThat(json(as(premium).getForEntity(resources(event), String.class)).get(0).get("locked").asBoolean())
        .isFalse();
    assertThat(json(coordinator().getForEntity(resources(event), String.class)).get(0).get("url").asText())
        .isEqualTo("https://video.example/r/1");
  }

  @Test
  void badInputIsAProblemNamingTheField() {
    Person host = member("Bad Input Host", Role.HOST, Plan.PROFESSIONAL);
    Event event = pastEvent(host, EventPrivacy.PUBLIC);

    assertBadField(post(as(host), resources(event), resource("Bad", "javascript:alert(1)", "LINK")), "url");
    assertBadField(post(as(host), resources(event), resource("Bad", "ftp://example.org/x", "LINK")), "url");
    assertBadField(post(as(host), resources(event), resource("Bad", "https://example.org/" + "x".repeat(2000),
        "LINK")), "url");
    assertBadField(post(as(host), resources(event), resource("", "https://example.org/", "LINK")), "title");
    assertBadField(post(as(host), resources(event), resource("x".repeat(201), "https://example.org/", "LINK")),
        "title");
    assertBadField(post(as(host), resources(event), "{\"title\": \"No type\", \"url\": \"https://example.org/\"}"),
        "type");
    assertBadField(post(as(host), resources(event), resource("T", "https://example.org/", "VIDEO")), "type");
    assertThat(post(as(host), "/api/v1/events/" + UUID.randomUUID() + "/resources",
        resource("T", "https://example.org/", "LINK")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send(as(host), HttpMethod.DELETE, resources(event) + "/" + UUID.randomUUID(), null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json(as(host).getForEntity(resources(event), String.class)).size()).as("nothing was added").isZero();

    Event other = pastEvent(host, EventPrivacy.PUBLIC);
    String elsewhere = json(post(as(host), resources(other), resource("Other", "https://example.org/o", "LINK")))
        .get("id").asText();
    assertThat(send(as(host), HttpMethod.DELETE, resources(event) + "/" + elsewhere, null).getStatusCode())
        .as("another event's resource").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aCancelledEventGetsNoNewResources() {
    Person host = member("Cancel Host", Role.HOST, Plan.PROFESSIONAL);
    Event event = upcomingEvent(host, EventPrivacy.PUBLIC, clock.instant().plus(Duration.ofDays(2)));
    events.delete(event.getId());

    ResponseEntity<String> refused = post(as(host), resources(event), resource("Late", "https://example.org/", "LINK"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  private org.mentra.sessions.events.EventRequest draftOf(Person host) {
    var at = clock.instant().plus(Duration.ofDays(4)).atOffset(java.time.ZoneOffset.UTC);
    return new org.mentra.sessions.events.EventRequest("Draft circle", null, null, null,
        org.mentra.sessions.events.EventKind.GROUP, null, at, at.plusHours(1), "Europe/Berlin", host.getId(), 10,
        null, null, null, null, null, EventStatus.DRAFT);
  }

  private static String resources(Event event) {
    return "/api/v1/events/" + event.getId() + "/resources";
  }

  private static String resource(String title, String url, String type) {
    return "{\"title\": \"" + title + "\", \"url\": \"" + url + "\", \"type\": \"" + type + "\"}";
  }

  private static void assertForbidden(ResponseEntity<String> response) {
    assertRefused(response, "forbidden");
  }
}
