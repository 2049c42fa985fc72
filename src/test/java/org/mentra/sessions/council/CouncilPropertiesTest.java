package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Plan;

/** What the diagram's timers read from the council settings. */
class CouncilPropertiesTest {

  private final CouncilProperties properties = CouncilProperties.defaults();

  @Test
  void timerDurationsAreIsoStringsInHoursAsTheEngineTakesThem() {
    assertThat(properties.getFirstReminder()).isEqualTo("PT24H");
    assertThat(properties.getSecondReminder()).isEqualTo("PT48H");
    assertThat(properties.getFinalReminder()).isEqualTo("PT66H");
    assertThat(properties.getFirstSessionReminder()).isEqualTo("PT24H");
    assertThat(properties.getLastSessionReminder()).isEqualTo("PT1H");
    assertThat(properties.responseDeadline()).isEqualTo(Duration.ofHours(72));
  }

  @Test
  void aReminderDateIsTheOffsetBeforeTheSession() {
    Date start = Date.from(Instant.parse("2026-03-30T13:00:00Z"));

    assertThat(properties.before(start, properties.getFirstSessionReminder()).toInstant())
        .isEqualTo(Instant.parse("2026-03-29T13:00:00Z"));
  }

  @Test
  void onlyPlansWithALimitBookCouncils() {
    assertThat(properties.monthlyLimit(Plan.COUNCIL)).isEqualTo(4);
    assertThat(properties.monthlyLimit(Plan.PREMIUM)).isZero();
  }
}
