package org.mentra.sessions.events.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.mentra.sessions.attendance.AttendanceStatus;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventExtrasTest;
import org.mentra.sessions.events.EventPrivacy;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.springframework.http.HttpStatus;

/**
 * A New York host's February and March 2031, for the analytics API and page: three events held, one
 * cancelled and one draft (neither counts). The second event starts at 03:00 UTC on 1 March, which is
 * still 28 February in New York: it belongs to February.
 */
abstract class HostAnalyticsTest extends EventExtrasTest {

  static final Instant FIRST = Instant.parse("2031-02-10T18:00:00Z");
  static final Instant SECOND = Instant.parse("2031-03-01T03:00:00Z");
  static final Instant THIRD = Instant.parse("2031-03-10T18:00:00Z");

  /** The host and their events, as the figures will show them. */
  record Scenario(Person host, Event first, Event second, Event third) {}

  /**
   * First: on time, late, no-show, excused (ratings 5 and 4); second: on time (rating 2) and a no-show;
   * third: one on time. The host attended each. The clock ends an hour after the third.
   */
  Scenario twoMonths() {
    Person host = member("Nora Newyork", Role.HOST, Plan.PROFESSIONAL, "America/New_York");
    Person g1 = person("Ana One", Plan.FREE);
    Person g2 = person("Ben Two", Plan.FREE);
    Person g3 = person("Cy Three", Plan.FREE);
    Person g4 = person("Di Four", Plan.FREE);
    Person g5 = person("Ed Five", Plan.FREE);

    Event first = heldAt(host, FIRST);
    attended(first, host, AttendanceStatus.ATTENDED);
    attended(first, g1, AttendanceStatus.ATTENDED);
    attended(first, g2, AttendanceStatus.LATE);
    attended(first, g3, AttendanceStatus.NO_SHOW);
    attended(first, g4, AttendanceStatus.EXCUSED);
    rate(first, g1, 5);
    rate(first, g2, 4);

    Event second = heldAt(host, SECOND);
    attended(second, host, AttendanceStatus.ATTENDED);
    attended(second, g1, AttendanceStatus.ATTENDED);
    attended(second, g5, AttendanceStatus.NO_SHOW);
    rate(second, g1, 2);

    ClockUtil.setCurrentTime(Date.from(THIRD.minus(Duration.ofHours(2))));
    Event cancelled = upcomingEvent(host, EventPrivacy.PUBLIC, THIRD.plus(Duration.ofDays(3)));
    events.delete(cancelled.getId());
    Event third = heldAt(host, THIRD);
    attended(third, host, AttendanceStatus.ATTENDED);
    attended(third, g2, AttendanceStatus.ATTENDED);
    return new Scenario(host, first, second, third);
  }

  private void rate(Event event, Person person, int rating) {
    assertThat(post(coordinator(), "/api/v1/events/" + event.getId() + "/feedback",
        "{\"userId\": \"" + person.getId() + "\", \"rating\": " + rating + "}").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }
}
