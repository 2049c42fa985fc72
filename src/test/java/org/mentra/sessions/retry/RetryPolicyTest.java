package org.mentra.sessions.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(3));

  @Test
  void backsOffExponentiallyUpToTheCap() {
    assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(policy.backoffAfter(3)).isEqualTo(Duration.ofMinutes(2));
    assertThat(policy.backoffAfter(4)).isEqualTo(Duration.ofMinutes(3));
    assertThat(policy.backoffAfter(40)).isEqualTo(Duration.ofMinutes(3));
  }

  @Test
  void aStateIsClaimableWhenDueAndNotLeasedAndGivesUpAfterTheLastAttempt() {
    Instant now = Instant.parse("2026-01-01T10:00:00Z");
    RetryState state = RetryState.dueAt(now);
    assertThat(state.isClaimable(now)).isTrue();

    state.claim(now, Duration.ofMinutes(2));
    assertThat(state.isClaimable(now.plusSeconds(60))).as("leased to another node").isFalse();
    assertThat(state.isClaimable(now.plusSeconds(121))).as("lease ran out: the node died").isTrue();

    assertThat(state.recordFailure(now, "SMTP down", policy)).isFalse();
    assertThat(state.isClaimable(now.plusSeconds(29))).isFalse();
    assertThat(state.isClaimable(now.plusSeconds(30))).isTrue();
    for (int attempt = 2; attempt < 5; attempt++) {
      assertThat(state.recordFailure(now, "SMTP down", policy)).isFalse();
    }
    assertThat(state.recordFailure(now, "SMTP down", policy)).as("fifth failure is the last").isTrue();
    assertThat(state.attempts()).isEqualTo(5);
    assertThat(state.lastError()).isEqualTo("SMTP down");
  }

  @Test
  void refusesAPolicyWithoutAttempts() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
