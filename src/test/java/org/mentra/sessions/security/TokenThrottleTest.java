package org.mentra.sessions.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.MovableClock;

/** Tokens that did not verify, counted per client address on a clock the test moves: no sleeping. */
class TokenThrottleTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-03T10:00:00Z"));
  private final TokenThrottle throttle = new TokenThrottle(new TokenThrottleProperties(20, Duration.ofMinutes(10)),
      clock);

  @Test
  void twentyFailuresInTenMinutesHoldTheAddressBackThenOneMoreTryEveryThirtySeconds() {
    for (int i = 0; i < 20; i++) {
      assertThat(throttle.backOff("203.0.113.7")).as("failure %d", i).isEmpty();
      throttle.failed("203.0.113.7");
    }

    assertThat(throttle.backOff("203.0.113.7")).hasValueSatisfying(wait ->
        assertThat(wait).isBetween(Duration.ofSeconds(29), Duration.ofSeconds(30)));
    assertThat(TokenThrottle.seconds(throttle.backOff("203.0.113.7").orElseThrow())).isEqualTo(30);

    clock.move(Duration.ofSeconds(30));
    assertThat(throttle.backOff("203.0.113.7")).isEmpty();
    throttle.failed("203.0.113.7");
    assertThat(throttle.backOff("203.0.113.7")).isPresent();

    clock.move(Duration.ofMinutes(10));
    assertThat(throttle.backOff("203.0.113.7")).isEmpty();
  }

  @Test
  void failuresSpreadOverMoreThanTheWindowNeverHoldBack() {
    for (int i = 0; i < 100; i++) {
      assertThat(throttle.backOff("203.0.113.8")).as("failure %d", i).isEmpty();
      throttle.failed("203.0.113.8");
      clock.move(Duration.ofSeconds(31));
    }
  }

  @Test
  void anotherAddressIsNotHeldBackForTheFailuresOfOne() {
    for (int i = 0; i < 25; i++) {
      throttle.failed("203.0.113.9");
    }

    assertThat(throttle.backOff("203.0.113.9")).isPresent();
    assertThat(throttle.backOff("198.51.100.1")).isEmpty();
    assertThat(throttle.backOff(null)).as("no address, nothing to count by").isEmpty();
  }

  @Test
  void anIpv6ClientIsCountedByItsSlash64LikeTheLoginThrottle() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("2001:db8:1:2:" + Integer.toHexString(i) + "::1");
    }

    assertThat(throttle.backOff("2001:db8:1:2:ffff::9")).isPresent();
    assertThat(throttle.backOff("2001:db8:1:3::1")).isEmpty();
  }

  @Test
  void limitsAreChecked() {
    assertThat(new TokenThrottleProperties(null, null)).isEqualTo(new TokenThrottleProperties(20,
        Duration.ofMinutes(10)));
    assertThatThrownBy(() -> new TokenThrottleProperties(0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TokenThrottleProperties(5, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
