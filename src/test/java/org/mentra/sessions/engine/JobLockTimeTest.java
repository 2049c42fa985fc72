package org.mentra.sessions.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobLockTimeTest {

  private static final LongRunningJob SOLVER = new LongRunningJob("solver (its.time-cap)", Duration.ofSeconds(60));

  @Test
  void aLockThatOutlastsEveryCapWithHeadroomIsAccepted() {
    assertThat(new JobLockTime(Duration.ofSeconds(90), List.of(SOLVER,
        new LongRunningJob("other", Duration.ofSeconds(10)))).lockTime()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void aLockShorterThanACapPlusHeadroomStopsTheStartNamingTheJob() {
    assertThatThrownBy(() -> new JobLockTime(Duration.ofSeconds(89), List.of(SOLVER)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("solver (its.time-cap)")
        .hasMessageContaining("at least 90000 ms");
  }

  @Test
  void aLongerCapNeedsALongerLock() {
    LongRunningJob slow = new LongRunningJob("slow", Duration.ofMinutes(3));
    assertThatThrownBy(() -> new JobLockTime(Duration.ofSeconds(90), List.of(SOLVER, slow)))
        .hasMessageContaining("slow");
  }
}
