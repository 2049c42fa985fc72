package org.mentra.sessions.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

  private static final Instant NINE = Instant.parse("2031-03-04T09:00:00Z");

  @Test
  void touchingSlotsDoNotOverlap() {
    assertThat(hours(0, 1).overlaps(hours(1, 2))).isFalse();
    assertThat(hours(0, 2).overlaps(hours(1, 3))).isTrue();
    assertThat(hours(0, 3).contains(hours(1, 2))).isTrue();
  }

  @Test
  void windowsAreMergedAndCutIntoSlotsOfTheChosenLength() {
    List<TimeRange> merged = TimeRange.merge(List.of(hours(2, 3), hours(0, 1), hours(1, 2), hours(5, 6)));

    assertThat(merged).containsExactly(hours(0, 3), hours(5, 6));
    assertThat(hours(0, 2).slots(Duration.ofMinutes(45))).containsExactly(
        TimeRange.starting(NINE, Duration.ofMinutes(45)), TimeRange.starting(NINE.plus(Duration.ofMinutes(45)), Duration.ofMinutes(45)));
  }

  @Test
  void aGivenUpSlotIsCutOutOfTheWindows() {
    assertThat(hours(1, 2).cutFrom(List.of(hours(0, 3), hours(4, 5)))).containsExactly(hours(0, 1), hours(2, 3),
        hours(4, 5));
  }

  private static TimeRange hours(int from, int to) {
    return new TimeRange(NINE.plus(Duration.ofHours(from)), NINE.plus(Duration.ofHours(to)));
  }
}
