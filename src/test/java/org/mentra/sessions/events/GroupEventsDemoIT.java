package org.mentra.sessions.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.events.demo.GroupEventsDemo;
import org.mentra.sessions.events.domain.EventSeriesRepository;
import org.mentra.sessions.events.registration.Participants;
import org.mentra.sessions.events.registration.RegistrationProcess;
import org.mentra.sessions.events.registration.domain.RegistrationStatus;
import org.mentra.sessions.events.resources.domain.EventResourceRepository;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.support.DemoApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The demo's group events as `mvn spring-boot:run` seeds them (the same application context as DemoProfileIT),
 * which the README's "Group events" walkthrough uses: the formats and the invite-only event, the nearly full
 * workshop with one seat left, the full support group with its waitlist in priority order, the weekly series at
 * 18:00 Berlin time, resources, and a host whose analytics have figures.
 */
@DemoApplicationTest
class GroupEventsDemoIT {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Autowired
  private EventService events;
  @Autowired
  private SeriesService series;
  @Autowired
  private EventSeriesRepository seriesRows;
  @Autowired
  private Participants participants;
  @Autowired
  private EventResourceRepository resources;
  @Autowired
  private PersonRepository people;
  @Autowired
  private RuntimeService runtime;
  @Autowired
  private TestRestTemplate http;
  @Autowired
  private ObjectMapper json;

  @Test
  void groupEventsOfEveryFormatAndAnInviteOnlyOne() {
    assertThat(events.get(GroupEventsDemo.CALM_UNDER_PRESSURE).getFormat()).isEqualTo(EventFormat.VIRTUAL);
    assertThat(events.get(GroupEventsDemo.CALM_UNDER_PRESSURE).getMeetingUrl()).isPresent();
    assertThat(events.get(GroupEventsDemo.GRIEF_GROUP).getFormat()).isEqualTo(EventFormat.HYBRID);
    assertThat(events.get(GroupEventsDemo.GRIEF_GROUP).getLocation()).isPresent();
    assertThat(events.get(GroupEventsDemo.SUNDAY_WALK).getFormat()).isEqualTo(EventFormat.PHYSICAL);
    assertThat(events.get(GroupEventsDemo.ALUMNI_CHECK_IN).getPrivacy()).isEqualTo(EventPrivacy.INVITE_ONLY);
    assertThat(events.get(GroupEventsDemo.BURNOUT_WORKSHOP).getStatus()).isEqualTo(EventStatus.COMPLETED);
    assertThat(events.get(GroupEventsDemo.CALM_UNDER_PRESSURE).getStatus()).isEqualTo(EventStatus.PUBLISHED);
  }

  @Test
  void theWorkshopHasOneSeatLeftAndTheSupportGroupAWaitlistWithThePremiumMemberFirst() {
    Event workshop = events.get(GroupEventsDemo.CALM_UNDER_PRESSURE);
    assertThat(workshop.getMaxParticipants()).contains(6);
    assertThat(participants.countsOf(workshop.getId())).isEqualTo(new EventParticipants.Counts(5, 0));
    assertThat(resources.countByEventId(workshop.getId())).isEqualTo(2);

    assertThat(participants.countsOf(GroupEventsDemo.GRIEF_GROUP)).isEqualTo(new EventParticipants.Counts(4, 2));
    List<Participants.Participant> waiting = participants.of(GroupEventsDemo.GRIEF_GROUP).stream()
        .filter(p -> p.status() == RegistrationStatus.WAITLISTED).toList();
    assertThat(waiting).extracting(Participants.Participant::displayName).containsExactly("Mary Johnson", "Bob Chen");
    assertThat(waiting).extracting(Participants.Participant::waitlistPosition).containsExactly(1, 2);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RegistrationProcess.PROCESS_KEY)
        .variableValueEquals(RegistrationProcess.EVENT_ID.name(), GroupEventsDemo.GRIEF_GROUP.toString()).count())
        .as("every registration runs its process").isEqualTo(6);
  }

  @Test
  void theSeriesMeetsEightMondaysAtSixInTheEveningBerlinTime() {
    UUID lea = people.findByEmailIgnoreCase(GroupEventsDemo.LEA).orElseThrow().getId();
    var state = seriesRows.findAll().stream().filter(s -> s.getHostId().equals(java.util.Optional.of(lea)))
        .map(s -> series.get(s.getId())).findFirst().orElseThrow();

    assertThat(state.series().getTitle()).isEqualTo(GroupEventsDemo.SERIES_TITLE);
    assertThat(state.occurrences()).hasSize(8).allSatisfy(occurrence -> {
      assertThat(occurrence.getStartsAt().atZone(BERLIN).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
      assertThat(occurrence.getStartsAt().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(18, 0));
      assertThat(Duration.between(occurrence.getStartsAt(), occurrence.getEndsAt())).isEqualTo(Duration.ofHours(1));
    });
    assertThat(participants.countsOf(state.occurrences().get(0).getId()).confirmed()).isEqualTo(2);
  }

  @Test
  void gracesAnalyticsCountHerHeldEventsTheirAttendanceAndRatings() throws IOException {
    UUID grace = people.findByEmailIgnoreCase(GroupEventsDemo.GRACE).orElseThrow().getId();
    ResponseEntity<String> answer = http.withBasicAuth("coordinator", "coordinator")
        .getForEntity("/api/v1/hosts/" + grace + "/analytics?months=3", String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode totals = json.readTree(answer.getBody()).get("totals");
    // the burnout workshop, the meetup, yesterday's circle; the workshop, the support group and the walk to come
    assertThat(totals.get("events").asInt()).isEqualTo(6);
    assertThat(totals.get("ratings").asInt()).isEqualTo(9);
    assertThat(totals.get("waitlisted").asInt()).isEqualTo(2);
    assertThat(totals.get("averageRating").asDouble()).isBetween(4.0, 5.0);

    ResponseEntity<String> page = http.withBasicAuth("coordinator", "coordinator")
        .getForEntity("/coordination/hosts/" + grace + "/analytics", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Grace Adeyemi", "<svg");
  }
}
