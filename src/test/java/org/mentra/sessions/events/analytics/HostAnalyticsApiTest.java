package org.mentra.sessions.events.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.mentra.sessions.events.EventPrivacy;
import org.mentra.sessions.events.Event;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@code GET /api/v1/hosts/{id}/analytics}: a Professional host's own figures, per event and per month of their zone. */
class HostAnalyticsApiTest extends HostAnalyticsTest {

  @Test
  void aProfessionalHostSeesTheirEventsPerEventAndPerMonthOfTheirZone() {
    Scenario s = twoMonths();

    ResponseEntity<String> response = as(s.host()).getForEntity(analytics(s.host()) + "?months=2", String.class);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode a = json(response);
    assertThat(a.get("zone").asText()).isEqualTo("America/New_York");
    assertThat(a.get("from").asText()).as("1 February, midnight in New York").isEqualTo("2031-02-01T05:00:00Z");
    JsonNode totals = a.get("totals");
    assertThat(totals.get("events").asInt()).as("the cancelled one and the draft do not count").isEqualTo(3);
    assertThat(totals.get("registrations").asInt()).as("participants reported, without the host").isEqualTo(7);
    assertThat(totals.get("waitlisted").asInt()).isZero();
    JsonNode attendance = totals.get("attendance");
    assertThat(attendance.get("expected").asInt()).isEqualTo(7);
    assertThat(attendance.get("attended").asInt()).isEqualTo(3);
    assertThat(attendance.get("late").asInt()).isEqualTo(1);
    assertThat(attendance.get("noShows").asInt()).isEqualTo(2);
    assertThat(attendance.get("excused").asInt()).isEqualTo(1);
    assertThat(attendance.get("attendanceRate").asDouble()).isEqualTo(4 / 7.0);
    assertThat(attendance.get("noShowRate").asDouble()).isEqualTo(2 / 7.0);
    assertThat(totals.get("ratings").asInt()).isEqualTo(3);
    assertThat(totals.get("averageRating").asDouble()).as("11 / 3").isEqualTo(3.67);
    assertThat(a.get("ratingDistribution").toString()).isEqualTo("{\"1\":0,\"2\":1,\"3\":0,\"4\":1,\"5\":1}");

    JsonNode months = a.get("byMonth");
    assertThat(months.findValuesAsText("month")).containsExactly("2031-02", "2031-03");
    JsonNode february = months.get(0).get("figures");
    assertThat(february.get("events").asInt()).as("the second event is 28 February in New York").isEqualTo(2);
    assertThat(february.get("registrations").asInt()).isEqualTo(6);
    assertThat(february.get("attendance").get("noShows").asInt()).isEqualTo(2);
    assertThat(february.get("averageRating").asDouble()).isEqualTo(3.67);
    JsonNode march = months.get(1).get("figures");
    assertThat(march.get("events").asInt()).isEqualTo(1);
    assertThat(march.get("attendance").get("attendanceRate").asDouble()).isEqualTo(1.0);
    assertThat(march.get("ratings").asInt()).isZero();
    assertThat(march.hasNonNull("averageRating")).as("no average of nothing").isFalse();

    JsonNode byEvent = a.get("byEvent");
    assertThat(byEvent.findValuesAsText("eventId")).containsExactly(s.first().getId().toString(),
        s.second().getId().toString(), s.third().getId().toString());
    JsonNode first = byEvent.get(0).get("figures");
    assertThat(first.get("registrations").asInt()).isEqualTo(4);
    assertThat(first.get("attendance").get("attendanceRate").asDouble()).isEqualTo(0.5);
    assertThat(first.get("attendance").get("noShowRate").asDouble()).isEqualTo(0.25);
    assertThat(first.get("averageRating").asDouble()).isEqualTo(4.5);

    JsonNode lastMonth = json(as(s.host()).getForEntity(analytics(s.host()) + "?months=1", String.class));
    assertThat(lastMonth.get("totals").get("events").asInt()).isEqualTo(1);
    assertThat(lastMonth.get("byMonth").findValuesAsText("month")).containsExactly("2031-03");

    Event upcoming = upcomingEvent(s.host(), EventPrivacy.PUBLIC, clock.instant().plus(Duration.ofDays(3)));
    JsonNode planned = json(as(s.host()).getForEntity(analytics(s.host()) + "?months=1", String.class))
        .get("byEvent").findParents("eventId").stream()
        .filter(e -> e.get("eventId").asText().equals(upcoming.getId().toString())).findFirst().orElseThrow();
    assertThat(planned.get("figures").get("attendance").hasNonNull("attendanceRate"))
        .as("an upcoming event has no rate yet, not 0 %").isFalse();
    assertThat(planned.get("figures").get("attendance").hasNonNull("noShowRate")).isFalse();
  }

  @Test
  void onlyTheProfessionalHostThemselvesAndStaffSeeIt() {
    Person professional = member("Pro Host", Role.HOST, Plan.PROFESSIONAL);
    Person premium = member("Premium Host", Role.HOST, Plan.PREMIUM);
    Person other = member("Curious Member", Role.PATIENT, Plan.PROFESSIONAL);

    assertThat(as(professional).getForEntity(analytics(professional), String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<String> notProfessional = as(premium).getForEntity(analytics(premium), String.class);
    assertRefused(notProfessional, "plan-required");
    assertThat(json(notProfessional).get("requiredPlan").asText()).isEqualTo("PROFESSIONAL");
    assertThat(json(notProfessional).get("detail").asText()).contains("your plan is Premium");
    assertRefused(as(other).getForEntity(analytics(professional), String.class), "forbidden");
    assertThat(coordinator().getForEntity(analytics(premium), String.class).getStatusCode())
        .as("coordinators see any host's").isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity(analytics(professional), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    JsonNode empty = json(as(professional).getForEntity(analytics(professional), String.class));
    assertThat(empty.get("totals").get("events").asInt()).isZero();
    assertThat(empty.get("byMonth").size()).as("the default: six months, each listed").isEqualTo(6);
  }

  @Test
  void badInputIsAProblem() {
    Person host = member("Input Host", Role.HOST, Plan.PROFESSIONAL);

    assertBadField(coordinator().getForEntity(analytics(host) + "?months=0", String.class), "months");
    assertBadField(coordinator().getForEntity(analytics(host) + "?months=25", String.class), "months");
    ResponseEntity<String> words = coordinator().getForEntity(analytics(host) + "?months=six", String.class);
    assertThat(words.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(words.getBody()).contains("months");
    ResponseEntity<String> nobody = coordinator().getForEntity("/api/v1/hosts/" + UUID.randomUUID() + "/analytics",
        String.class);
    assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(coordinator().getForEntity("/api/v1/hosts/not-an-id/analytics", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private static String analytics(Person host) {
    return "/api/v1/hosts/" + host.getId() + "/analytics";
  }
}
