package org.mentra.sessions.safety.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.safety.coordination.ResponseTimes.Sample;

/** The median and 90th percentile of the time to the first human action, and who missed the target. */
class ResponseTimesTest {

  private static final Instant NOW = Instant.parse("2031-05-01T12:00:00Z");
  private static final Duration TARGET = Duration.ofMinutes(15);

  @Test
  void medianAndNinetiethPercentileOfTheMeasuredReports() {
    List<Sample> samples = new ArrayList<>();
    for (int minutes = 1; minutes <= 10; minutes++) {
      samples.add(actedOnAfter(minutes));
    }

    ResponseTimes times = ResponseTimes.of(samples, TARGET, NOW);

    assertThat(times.reports()).isEqualTo(10);
    assertThat(times.measured()).isEqualTo(10);
    assertThat(times.median()).as("between the 5th and 6th minute").contains(Duration.ofSeconds(330));
    assertThat(times.p90()).as("nine in ten within 9 minutes (nearest rank)").contains(Duration.ofMinutes(9));
    assertThat(times.missed()).isZero();
    assertThat(times.withinTarget()).isTrue();
  }

  @Test
  void aLateActionAndAnUntouchedReportPastTheTargetBothMissIt() {
    ResponseTimes times = ResponseTimes.of(List.of(actedOnAfter(3), actedOnAfter(40),
        new Sample(NOW.minus(Duration.ofMinutes(20)), Optional.empty()),
        new Sample(NOW.minus(Duration.ofMinutes(5)), Optional.empty())), TARGET, NOW);

    assertThat(times.measured()).isEqualTo(2);
    assertThat(times.median()).contains(Duration.ofSeconds(1290));
    assertThat(times.p90()).contains(Duration.ofMinutes(40));
    assertThat(times.missed()).as("the one acted on after 40 minutes and the one untouched for 20").isEqualTo(2);
    assertThat(times.withinTarget()).isFalse();
  }

  @Test
  void nothingMeasuredYet() {
    ResponseTimes times = ResponseTimes.of(List.of(), TARGET, NOW);

    assertThat(times.median()).isEmpty();
    assertThat(times.p90()).isEmpty();
    assertThat(times.missed()).isZero();
  }

  private static Sample actedOnAfter(int minutes) {
    Instant reported = NOW.minus(Duration.ofHours(2));
    return new Sample(reported, Optional.of(reported.plus(Duration.ofMinutes(minutes))));
  }
}
