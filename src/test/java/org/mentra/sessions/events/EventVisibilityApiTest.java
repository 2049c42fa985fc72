package org.mentra.sessions.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Plan;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Who sees which event (host, invitees, registrants, staff) and the events list's filters. */
class EventVisibilityApiTest extends EventsApiSupport {

  private static final Instant NOW = Instant.parse("2031-09-01T09:00:00Z");
  private static final Instant START = NOW.plus(Duration.ofDays(20));

  @BeforeEach
  void now() {
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @Test
  void anInviteOnlyEventIsSeenByItsHostInviteesRegistrantsAndStaffOnly() throws Exception {
    Member host = member("Hana Host", Plan.PREMIUM, "Europe/Berlin");
    Member guest = member("Gus Guest", Plan.FREE, "Europe/Berlin");
    Member registrant = member("Rita Registered", Plan.FREE, "Europe/Berlin");
    Member stranger = member("Stan Stranger", Plan.FREE, "Europe/Berlin");
    JsonNode created = read(as(host, HttpMethod.POST, "/api/v1/events", event(host, "Closed circle",
        "INVITE_ONLY", "")), HttpStatus.CREATED);
    String id = created.get("id").asText();
    assertThat(created.get("meetingUrl").asText()).as("the host sees the room").startsWith("http");
    participants.confirm(UUID.fromString(id), registrant.id());

    for (Member who : List.of(guest, stranger)) {
      problem(as(who, HttpMethod.GET, "/api/v1/events/" + id, null), HttpStatus.NOT_FOUND);
      assertThat(listed(who, "")).doesNotContain(id);
    }
    JsonNode seen = read(as(registrant, HttpMethod.GET, "/api/v1/events/" + id, null), HttpStatus.OK);
    assertThat(seen.has("meetingUrl")).as("their room comes with the invite").isFalse();
    assertThat(listed(registrant, "")).contains(id);
    assertThat(listed(host, "")).contains(id);
    assertThat(listedEvent(host, id).has("meetingUrl")).as("in the list too, the host sees the room").isTrue();
    assertThat(listedEvent(registrant, id).has("meetingUrl")).as("and the registrant does not").isFalse();
    read(asCoordinator(HttpMethod.GET, "/api/v1/events/" + id, null), HttpStatus.OK);

    problem(as(stranger, HttpMethod.POST, "/api/v1/events/" + id + "/invitees", ids(guest)), HttpStatus.FORBIDDEN);
    JsonNode invitees = read(as(host, HttpMethod.POST, "/api/v1/events/" + id + "/invitees", ids(guest)),
        HttpStatus.OK);
    assertThat(invitees.findValuesAsText("userId")).containsExactly(guest.id().toString());
    read(as(host, HttpMethod.POST, "/api/v1/events/" + id + "/invitees", ids(guest)), HttpStatus.OK);
    assertThat(read(as(host, HttpMethod.GET, "/api/v1/events/" + id + "/invitees", null), HttpStatus.OK))
        .as("inviting again changes nothing").hasSize(1);
    read(as(guest, HttpMethod.GET, "/api/v1/events/" + id, null), HttpStatus.OK);
    assertThat(listed(guest, "")).contains(id);
    problem(as(stranger, HttpMethod.GET, "/api/v1/events/" + id + "/invitees", null), HttpStatus.FORBIDDEN);

    assertThat(as(host, HttpMethod.DELETE, "/api/v1/events/" + id + "/invitees/" + guest.id(), null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    problem(as(guest, HttpMethod.GET, "/api/v1/events/" + id, null), HttpStatus.NOT_FOUND);
    problem(as(host, HttpMethod.DELETE, "/api/v1/events/" + id + "/invitees/" + guest.id(), null),
        HttpStatus.NOT_FOUND);
    assertThat(fieldsOf(as(host, HttpMethod.POST, "/api/v1/events/" + id + "/invitees",
        "{\"userIds\": [\"" + UUID.randomUUID() + "\"]}"))).containsExactly("userIds");
    assertThat(fieldsOf(as(host, HttpMethod.POST, "/api/v1/events/" + id + "/invitees", "{\"userIds\": []}")))
        .containsExactly("userIds");

    String open = read(as(host, HttpMethod.POST, "/api/v1/events", event(host, "Open circle", "PUBLIC", "")),
        HttpStatus.CREATED).get("id").asText();
    problem(as(host, HttpMethod.POST, "/api/v1/events/" + open + "/invitees", ids(guest)), HttpStatus.CONFLICT);
    String draft = read(as(host, HttpMethod.POST, "/api/v1/events", event(host, "Not yet", "PUBLIC",
        ", \"status\": \"DRAFT\"")), HttpStatus.CREATED).get("id").asText();
    read(as(host, HttpMethod.GET, "/api/v1/events/" + draft, null), HttpStatus.OK);
    problem(as(stranger, HttpMethod.GET, "/api/v1/events/" + draft, null), HttpStatus.NOT_FOUND);
    assertThat(listed(stranger, "")).contains(open).doesNotContain(draft);
  }

  @Test
  void theListFiltersByTypeFormatThemeHostTimeAndWords() throws Exception {
    String theme = "calm-" + UUID.randomUUID().toString().substring(0, 8);
    Member host = verifiedHost("Finn Filter", Plan.PROFESSIONAL, "Europe/London");
    String workshop = created(host, "Breathing workshop", theme, START, ", \"eventType\": \"SKILL_BUILDING_WORKSHOP\","
        + " \"description\": \"Slow breaths with a lantern\"");
    String walk = created(host, "Morning walk", theme, START.plus(Duration.ofDays(3)), ", \"format\": \"PHYSICAL\","
        + " \"eventType\": \"wellness activity\", \"location\": {\"address\": \"Hyde Park\"}");
    Member other = member("Olga Other", Plan.PROFESSIONAL, "Europe/London");
    String others = created(other, "Lantern talk", theme, START.plus(Duration.ofDays(6)), "");

    String themed = "&theme=" + theme.toUpperCase();
    assertThat(listed(other, themed)).containsExactlyInAnyOrder(workshop, walk, others);
    assertThat(listed(other, themed + "&type=Skill-Building-Workshop")).containsExactly(workshop);
    assertThat(listed(other, themed + "&format=PHYSICAL")).containsExactly(walk);
    assertThat(listed(other, themed + "&host=" + host.id())).containsExactlyInAnyOrder(workshop, walk);
    assertThat(listed(other, themed + "&from=" + START.plus(Duration.ofDays(1)) + "&to="
        + START.plus(Duration.ofDays(5)))).containsExactly(walk);
    assertThat(listed(other, themed + "&q=LANTERN")).containsExactlyInAnyOrder(workshop, others);
    assertThat(listed(other, themed + "&q=100%")).isEmpty();
    JsonNode page = read(as(other, HttpMethod.GET, "/api/v1/events?size=2&sort=start,desc" + themed, null),
        HttpStatus.OK);
    assertThat(page.get("content").findValuesAsText("id")).containsExactly(others, walk);
    assertThat(page.get("page").get("totalElements").asInt()).isEqualTo(3);

    assertThat(fieldsOf(as(other, HttpMethod.GET, "/api/v1/events?type=karaoke", null))).containsExactly("type");
    assertThat(fieldsOf(as(other, HttpMethod.GET, "/api/v1/events?from=" + START + "&to=" + NOW, null)))
        .containsExactly("to");
    assertThat(as(other, HttpMethod.GET, "/api/v1/events?from=yesterday", null).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(as(other, HttpMethod.GET, "/api/v1/events?sort=secret", null).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void theListHidesABlockingHostsRestrictedEventsTakesWordsLiterallyAndEveryFilterAtOnce() throws Exception {
    String theme = "still-" + UUID.randomUUID().toString().substring(0, 8);
    String themed = "&theme=" + theme;
    Member host = verifiedHost("Bea Blocker", Plan.PROFESSIONAL, "Europe/London");
    Member guest = member("Bo Blocked", Plan.FREE, "Europe/London");
    String secret = created(host, "Quiet room", theme, START, ", \"privacy\": \"PRIVATE\"");
    String open = created(host, "Open room", theme, START.plus(Duration.ofDays(1)), "");
    String percent = created(host, "Tea 100% pure!", theme, START.plus(Duration.ofDays(2)), "");
    String lookalike = created(host, "Tea 1000 pure, free cake", theme, START.plus(Duration.ofDays(2)), "");
    String snake = created(host, "snake_case club", theme, START.plus(Duration.ofDays(3)), "");
    read(as(host, HttpMethod.POST, "/api/v1/events/" + secret + "/invitees", ids(guest)), HttpStatus.OK);
    assertThat(listed(guest, themed)).containsExactlyInAnyOrder(secret, open, percent, lookalike, snake);

    assertThat(listed(guest, themed + "&q=100%")).as("% is a letter").containsExactly(percent);
    assertThat(listed(guest, themed + "&q=e_c")).as("_ is a letter").containsExactly(snake);
    assertThat(listed(guest, themed + "&q=PURE!")).containsExactly(percent);
    assertThat(listed(guest, themed + "&from=" + START.plus(Duration.ofHours(1))))
        .as("overlapping: ends after from").containsExactlyInAnyOrder(open, percent, lookalike, snake);
    assertThat(listed(guest, themed + "&to=" + START.plus(Duration.ofDays(1))))
        .as("overlapping: starts before to").containsExactly(secret);

    read(asCoordinator(HttpMethod.POST, "/api/v1/blocks", "{\"blockerId\": \"%s\", \"blockedId\": \"%s\"}"
        .formatted(host.id(), guest.id())), HttpStatus.CREATED);
    assertThat(listed(guest, themed)).as("the host's private event is hidden, invited or not")
        .containsExactlyInAnyOrder(open, percent, lookalike, snake);
    assertThat(listed(host, themed)).contains(secret);

    String every = themed + "&kind=GROUP&status=PUBLISHED&host=" + host.id() + "&from=" + START + "&to="
        + START.plus(Duration.ofDays(3)) + "&q=ROOM";
    assertThat(idsIn(asCoordinator(HttpMethod.GET, "/api/v1/events?size=2000" + every, null)))
        .containsExactly(secret, open);
    assertThat(idsIn(asCoordinator(HttpMethod.GET, "/api/v1/events?sort=title,desc" + themed + "&q=room", null)))
        .containsExactly(secret, open);
    assertThat(idsIn(asCoordinator(HttpMethod.GET, "/api/v1/events?kind=PAIRED_SUPPORT" + themed, null))).isEmpty();
    assertThat(idsIn(asCoordinator(HttpMethod.GET, "/api/v1/events?status=DRAFT" + themed, null))).isEmpty();
  }

  private List<String> idsIn(ResponseEntity<String> response) throws Exception {
    return read(response, HttpStatus.OK).get("content").findValuesAsText("id");
  }

  private String created(Member host, String title, String theme, Instant start, String more) throws Exception {
    return read(as(host, HttpMethod.POST, "/api/v1/events", """
        {"title": "%s", "kind": "GROUP", "theme": "%s", "start": "%s", "end": "%s", "timezone": "Europe/London",
         "hostId": "%s"%s}""".formatted(title, theme, start, start.plus(Duration.ofHours(1)), host.id(), more)),
        HttpStatus.CREATED).get("id").asText();
  }

  private List<String> listed(Member who, String query) throws Exception {
    return read(as(who, HttpMethod.GET, "/api/v1/events?size=2000" + query, null), HttpStatus.OK).get("content")
        .findValuesAsText("id");
  }

  private JsonNode listedEvent(Member who, String id) throws Exception {
    for (JsonNode event : read(as(who, HttpMethod.GET, "/api/v1/events?size=2000", null), HttpStatus.OK).get("content")) {
      if (event.get("id").asText().equals(id)) {
        return event;
      }
    }
    throw new AssertionError(id + " is not in the list of " + who);
  }

  private static String ids(Member... members) {
    return "{\"userIds\": [" + String.join(", ", java.util.Arrays.stream(members).map(m -> "\"" + m.id() + "\"")
        .toList()) + "]}";
  }

  private static String event(Member host, String title, String privacy, String more) {
    return """
        {"title": "%s", "kind": "GROUP", "privacy": "%s", "start": "%s", "end": "%s", "timezone": "Europe/Berlin",
         "hostId": "%s"%s}""".formatted(title, privacy, START, START.plus(Duration.ofHours(1)), host.id(), more);
  }
}
