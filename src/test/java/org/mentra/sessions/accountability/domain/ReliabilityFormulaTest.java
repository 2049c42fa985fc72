package org.mentra.sessions.accountability.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.accountability.AccountabilityProperties.ReliabilityWeights;
import org.mentra.sessions.attendance.AttendanceTally;
import org.mentra.sessions.accountability.AccountabilityProperties;

class ReliabilityFormulaTest {

  private final ReliabilityFormula formula = new ReliabilityFormula(new ReliabilityWeights(2, 0.15));

  @Test
  void someoneWithoutHistoryIsFullyReliable() {
    assertThat(formula.reliability(tally(0, 0, 0, 0), 0)).isEqualTo(1.0);
  }

  @Test
  void oneEarlyMissIsCushionedByTheBenefitOfTheDoubt() {
    // (0 kept + 2 prior) / (1 counted + 2 prior), lowered by one active strike
    assertThat(formula.reliability(tally(0, 0, 1, 0), 1)).isEqualTo(Math.round(2.0 / 3 * 0.85 * 1000) / 1000.0);
    assertThat(formula.reliability(tally(0, 0, 1, 0), 1)).isGreaterThan(0.5);
  }

  @Test
  void comingLateCountsAsKeptAndExcusedSessionsDoNotCountAtAll() {
    assertThat(formula.reliability(tally(3, 2, 0, 4), 0)).isEqualTo(1.0);
  }

  @Test
  void recentStrikesWeighMoreThanOldMisses() {
    double oldMisses = formula.reliability(tally(10, 0, 2, 0), 0);
    double recentMisses = formula.reliability(tally(10, 0, 2, 0), 2);

    assertThat(recentMisses).isLessThan(oldMisses);
    assertThat(oldMisses).isEqualTo(Math.round(12.0 / 14 * 1000) / 1000.0);
  }

  @Test
  void moreMissesNeverRaiseReliability() {
    double previous = 1.0;
    for (int misses = 0; misses < 8; misses++) {
      double value = formula.reliability(tally(5, 0, misses, 0), Math.min(misses, 3));
      assertThat(value).isBetween(0.0, previous);
      previous = value;
    }
  }

  @Test
  void theFirstMissedSessionIsNeverMetWithAPause() {
    assertThatThrownBy(() -> new AccountabilityProperties(Duration.ofDays(90), 1, Duration.ofDays(30),
        Duration.ofHours(48), null, new ReliabilityWeights(2, 0.15)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pause-at-strike");
  }

  private static AttendanceTally tally(int attended, int late, int noShows, int excused) {
    return new AttendanceTally(attended, late, noShows, excused);
  }
}
