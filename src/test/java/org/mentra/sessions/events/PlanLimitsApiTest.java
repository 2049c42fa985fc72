package org.mentra.sessions.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Plan;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** The plan tiers as members meet them when they create events and series of their own. */
class PlanLimitsApiTest extends EventsApiSupport {

  private static final Instant NOW = Instant.parse("2031-06-15T10:00:00Z");
  private static final Instant START = NOW.plus(Duration.ofDays(30));

  @BeforeEach
  void now() {
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @Test
  void freeHostsOneEventAMonthUntilTheFirstOfTheNextInTheirZone() throws Exception {
    Member free = member("Fay Free", Plan.FREE, "Europe/Berlin");
    read(as(free, HttpMethod.POST, "/api/v1/events", event(free, "First", "")), HttpStatus.CREATED);
    JsonNode refused = problem(as(free, HttpMethod.POST, "/api/v1/events", event(free, "Second", "")),
        HttpStatus.FORBIDDEN);
    assertThat(refused.get("type").asText()).endsWith("/event-limit-reached");
    assertThat(refused.get("detail").asText()).contains("1 event a month", "resets on 1 July at 00:00 (Europe/Berlin)");
    assertThat(refused.get("limit").asInt()).isEqualTo(1);
    assertThat(refused.get("used").asInt()).isEqualTo(1);
    assertThat(refused.get("resetsAt").asText()).isEqualTo("2031-06-30T22:00:00Z");
    String first = read(as(free, HttpMethod.GET, "/api/v1/events?host=" + free.id(), null), HttpStatus.OK)
        .get("content").get(0).get("id").asText();
    assertThat(as(free, HttpMethod.DELETE, "/api/v1/events/" + first, null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    read(as(free, HttpMethod.POST, "/api/v1/events", event(free, "Second, in its place", "")), HttpStatus.CREATED);
    assertThat(problem(as(free, HttpMethod.POST, "/api/v1/events", event(free, "Third", "")), HttpStatus.FORBIDDEN)
        .get("detail").asText()).as("called off, it was never hosted").contains("a cancelled event not");

    JsonNode privateOne = problem(as(free, HttpMethod.POST, "/api/v1/events", event(free, "Private",
        ", \"privacy\": \"INVITE_ONLY\"")), HttpStatus.FORBIDDEN);
    assertThat(privateOne.get("type").asText()).endsWith("/plan-required");
    assertThat(privateOne.get("requiredPlan").asText()).isEqualTo("PREMIUM");
    JsonNode series = problem(as(free, HttpMethod.POST, "/api/v1/events/series", event(free, "Weekly",
        ", \"recurrenceRule\": \"FREQ=WEEKLY;COUNT=3\"")), HttpStatus.FORBIDDEN);
    assertThat(series.get("requiredPlan").asText()).isEqualTo("PREMIUM");
    assertThat(series.get("detail").asText()).contains("Event series need the Premium plan");

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-06-30T22:00:01Z")));
    read(as(free, HttpMethod.POST, "/api/v1/events", event(free, "July's", "")), HttpStatus.CREATED);
  }

  @Test
  void premiumHostsFiveAMonthASeriesCountingOnceAndPrivateEventsButNoWorkshops() throws Exception {
    Member premium = member("Pia Premium", Plan.PREMIUM, "America/New_York");
    JsonNode created = read(as(premium, HttpMethod.POST, "/api/v1/events/series", event(premium, "Weekly",
        ", \"recurrenceRule\": \"FREQ=WEEKLY;COUNT=6\"")), HttpStatus.CREATED);
    assertThat(created.get("occurrences")).hasSize(6);
    read(as(premium, HttpMethod.POST, "/api/v1/events", event(premium, "Private", ", \"privacy\": \"PRIVATE\"")),
        HttpStatus.CREATED);
    for (int i = 0; i < 3; i++) {
      read(as(premium, HttpMethod.POST, "/api/v1/events", event(premium, "Event " + i, "")), HttpStatus.CREATED);
    }
    JsonNode refused = problem(as(premium, HttpMethod.POST, "/api/v1/events", event(premium, "Sixth", "")),
        HttpStatus.FORBIDDEN);
    assertThat(refused.get("detail").asText()).contains("5 events a month",
        "resets on 1 July at 00:00 (America/New_York)");
    assertThat(refused.get("used").asInt()).isEqualTo(5);

    Member other = member("Pia Workshop", Plan.PREMIUM, "Europe/London");
    JsonNode workshop = problem(as(other, HttpMethod.POST, "/api/v1/events", event(other, "Training",
        ", \"eventType\": \"professional training\"")), HttpStatus.FORBIDDEN);
    assertThat(workshop.get("type").asText()).endsWith("/plan-required");
    assertThat(workshop.get("requiredPlan").asText()).isEqualTo("PROFESSIONAL");
  }

  @Test
  void professionalsHostWorkshopsWithoutLimitAndMembersOnlyForThemselves() throws Exception {
    Member pro = verifiedHost("Pro Fessional", Plan.PROFESSIONAL, "Europe/Paris");
    for (int i = 0; i < 7; i++) {
      read(as(pro, HttpMethod.POST, "/api/v1/events", event(pro, "Workshop " + i,
          ", \"eventType\": \"SKILL_BUILDING_WORKSHOP\"")), HttpStatus.CREATED);
    }
    Member free = member("Fay Other", Plan.FREE, "Europe/Paris");
    JsonNode forSomeoneElse = problem(as(free, HttpMethod.POST, "/api/v1/events", event(pro, "Not mine", "")),
        HttpStatus.FORBIDDEN);
    assertThat(forSomeoneElse.get("type").asText()).endsWith("/forbidden");

    String mine = read(as(pro, HttpMethod.POST, "/api/v1/events", event(pro, "Mine", "")), HttpStatus.CREATED)
        .get("id").asText();
    problem(as(free, HttpMethod.PUT, "/api/v1/events/" + mine, event(free, "Taken over", "")), HttpStatus.FORBIDDEN);
    problem(as(free, HttpMethod.DELETE, "/api/v1/events/" + mine, null), HttpStatus.FORBIDDEN);
    read(as(pro, HttpMethod.PUT, "/api/v1/events/" + mine, event(pro, "Mine, renamed", "")), HttpStatus.OK);
    assertThat(as(pro, HttpMethod.DELETE, "/api/v1/events/" + mine, null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(fieldsOf(as(pro, HttpMethod.POST, "/api/v1/events", event(pro, "", "")))).containsExactly("title");
    problem(as(pro, HttpMethod.POST, "/api/v1/events", event(pro, "Paired", "").replace("GROUP", "PAIRED_SUPPORT")),
        HttpStatus.FORBIDDEN);
  }

  @Test
  void staffCreateForAnyHostWithoutTheirLimits() throws Exception {
    Member free = member("Fay Hosted", Plan.FREE, "Europe/Berlin");
    for (int i = 0; i < 2; i++) {
      read(asCoordinator(HttpMethod.POST, "/api/v1/events", event(free, "Hosted " + i, ", \"privacy\": \"PRIVATE\"")),
          HttpStatus.CREATED);
    }
    assertThat(read(asCoordinator(HttpMethod.POST, "/api/v1/events", event(free, "Unknown host", "")
        .replace(free.id().toString(), UUID.randomUUID().toString())), HttpStatus.BAD_REQUEST).get("errors")
        .findValuesAsText("field")).containsExactly("hostId");
  }

  private static String event(Member host, String title, String more) {
    return """
        {"title": "%s", "kind": "GROUP", "start": "%s", "end": "%s", "timezone": "Europe/Berlin", "hostId": "%s"%s}"""
        .formatted(title, START, START.plus(Duration.ofHours(1)), host.id(), more);
  }
}
