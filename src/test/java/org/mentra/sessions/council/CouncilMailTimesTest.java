package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CouncilSession;

/**
 * Every time in a mail is in the reader's own zone, named, also when the proposed slots straddle a
 * daylight-saving change (North America moved on 8 March 2026, Europe moves on 29 March 2026).
 */
class CouncilMailTimesTest extends CouncilIntegrationTest {

  private static final List<Instant> AROUND_THE_CHANGE = List.of(Instant.parse("2026-03-25T13:00:00Z"),
      Instant.parse("2026-03-30T13:00:00Z"), Instant.parse("2026-03-31T13:00:00Z"));

  @Test
  void eachMentorReadsTheSlotsInTheirZoneOnBothSidesOfTheChange() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-20T09:00:00Z")));
    Person mentee = people.save(org.mentra.sessions.support.TestPeople.person("Jordan London", "Europe/London",
        org.mentra.sessions.people.Role.PATIENT, org.mentra.sessions.people.Plan.COUNCIL));
    Person berlin = mentor("Anna Berlin", "Europe/Berlin");
    Person newYork = mentor("Nia NewYork", "America/New_York");
    Person tokyo = mentor("Kenji Tokyo", "Asia/Tokyo");
    CouncilSession council = request(mentee, List.of(berlin, newYork, tokyo), 3, AROUND_THE_CHANGE);
    ProcessInstance instance = process(council);
    runJobs(instance);

    assertThat(mails(berlin, "availability-request").get(0).getTextBody())
        .contains("Wednesday, 25 March 2026, 14:00–15:00 CET (Europe/Berlin)")
        .contains("Monday, 30 March 2026, 15:00–16:00 CEST (Europe/Berlin)")
        .contains("until Monday, 23 March 2026, 10:00 CET (Europe/Berlin)");
    assertThat(mails(newYork, "availability-request").get(0).getTextBody())
        .contains("Wednesday, 25 March 2026, 09:00–10:00 EDT (America/New_York)")
        .contains("Monday, 30 March 2026, 09:00–10:00 EDT (America/New_York)");
    assertThat(mails(tokyo, "availability-request").get(0).getHtmlBody())
        .contains("Wednesday, 25 March 2026, 22:00–23:00 JST (Asia/Tokyo)")
        .contains("Monday, 30 March 2026, 22:00–23:00 JST (Asia/Tokyo)");

    List.of(berlin, newYork, tokyo).forEach(m -> answer(council, m, Map.of(1, Availability.AVAILABLE)));
    runJobs(instance);

    assertThat(mails(mentee, "confirmation").get(0).getSubject())
        .isEqualTo("Your council is confirmed: Monday, 30 March 2026, 14:00 BST (Europe/London)");
    assertThat(mails(berlin, "confirmation").get(0).getTextBody())
        .contains("Monday, 30 March 2026, 15:00–16:00 CEST (Europe/Berlin)");
    assertThat(mails(newYork, "preparation").get(0).getTextBody())
        .contains("Monday, 30 March 2026, 09:00–10:00 EDT (America/New_York)");

    fireTimer(instance, "Timer_FirstSessionReminder");
    assertThat(mails(mentee, "session-reminder").get(0).getTextBody())
        .contains("Monday, 30 March 2026, 14:00–15:00 BST (Europe/London)");
    assertThat(mails(tokyo, "session-reminder").get(0).getHtmlBody())
        .contains("Monday, 30 March 2026, 22:00–23:00 JST (Asia/Tokyo)");
  }
}
