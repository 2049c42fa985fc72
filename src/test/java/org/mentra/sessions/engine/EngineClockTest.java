package org.mentra.sessions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The application's clock follows the engine's, in UTC and in any other zone asked for. */
class EngineClockTest {

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void aClockForAnotherZoneStillFollowsTheEngine() {
    Clock tokyo = new EngineClock().withZone(ZoneId.of("Asia/Tokyo"));

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-03T14:00:00Z")));
    assertThat(tokyo.instant()).isEqualTo(Instant.parse("2026-03-03T14:00:00Z"));
    assertThat(LocalDate.now(tokyo)).isEqualTo(LocalDate.parse("2026-03-03"));

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-03T16:00:00Z")));
    assertThat(tokyo.instant()).as("moves with the engine").isEqualTo(Instant.parse("2026-03-03T16:00:00Z"));
    assertThat(LocalDate.now(tokyo)).isEqualTo(LocalDate.parse("2026-03-04"));
    assertThat(tokyo.getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    assertThat(new EngineClock().getZone().getId()).isEqualTo("Z");
  }
}
