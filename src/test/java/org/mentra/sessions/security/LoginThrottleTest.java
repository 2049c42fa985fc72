package org.mentra.sessions.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.MovableClock;

class LoginThrottleTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-03T10:00:00Z"));
  private final LoginThrottle throttle =
      new LoginThrottle(new LoginThrottleProperties(10, 20, Duration.ofMinutes(10), Duration.ofDays(30)), clock);

  @Test
  void tenFailuresFromOneAddressHoldItBackForAMinuteThenOneMoreTry() {
    for (int i = 0; i < 10; i++) {
      assertThat(throttle.backOff("203.0.113.7", "user" + i)).isEmpty();
      throttle.failed("203.0.113.7", "user" + i);
    }

    assertThat(throttle.backOff("203.0.113.7", "someone-else")).hasValueSatisfying(wait ->
        assertThat(wait).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(60)));
    assertThat(LoginThrottle.seconds(throttle.backOff("203.0.113.7", null).orElseThrow())).isEqualTo(60);

    clock.move(Duration.ofSeconds(60));
    assertThat(throttle.backOff("203.0.113.7", "user0")).isEmpty();
    throttle.failed("203.0.113.7", "user0");
    assertThat(throttle.backOff("203.0.113.7", "user0")).isPresent();

    clock.move(Duration.ofMinutes(10));
    assertThat(throttle.backOff("203.0.113.7", "user0")).isEmpty();
  }

  @Test
  void anotherAddressIsNotHeldBackForTheFailuresOfOne() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("203.0.113.8", "coordinator");
    }

    assertThat(throttle.backOff("203.0.113.8", "coordinator")).isPresent();
    assertThat(throttle.backOff("198.51.100.1", "coordinator")).isEmpty();
  }

  @Test
  void aUserGuessedAtFromManyAddressesIsHeldBackEverywhereForAWhile() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("192.0.2." + i, "Admin");
    }

    assertThat(throttle.backOff("198.51.100.2", "admin")).hasValueSatisfying(wait ->
        assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(30)));
    assertThat(throttle.backOff("198.51.100.2", "someone-else")).isEmpty();
    clock.move(Duration.ofSeconds(30));
    assertThat(throttle.backOff("198.51.100.2", "admin")).isEmpty();
  }

  @Test
  void strangersWhoKeepFailingForAUserNeverKeepItOutOfAnAddressItLoggedInFrom() {
    throttle.succeeded("198.51.100.5", "coordinator");
    for (int i = 0; i < 20; i++) {
      throttle.failed("192.0.2." + i, "coordinator");
    }
    for (int tries = 0; tries < 120; tries++) {  // an hour of taking every try that comes back
      clock.move(Duration.ofSeconds(30));
      throttle.failed("192.0.2." + (tries % 20), "coordinator");

      assertThat(throttle.backOff("198.51.100.5", "Coordinator")).isEmpty();
    }
    assertThat(throttle.backOff("198.51.100.6", "coordinator")).as("an address it never logged in from").isPresent();
  }

  @Test
  void anAddressIsKnownForThirtyDaysAfterTheUsersLastLoginFromItAndStillHasItsOwnLimit() {
    throttle.succeeded("198.51.100.7", "mentor");
    clock.move(Duration.ofDays(29));
    throttle.succeeded("198.51.100.7", "mentor");
    clock.move(Duration.ofDays(29));
    for (int i = 0; i < 20; i++) {
      throttle.failed("192.0.2." + i, "mentor");
    }
    assertThat(throttle.backOff("198.51.100.7", "mentor")).isEmpty();
    assertThat(throttle.backOff("198.51.100.7", "someone-else")).isEmpty();

    clock.move(Duration.ofDays(1));
    for (int i = 0; i < 20; i++) {
      throttle.failed("192.0.2." + i, "mentor");
    }
    assertThat(throttle.backOff("198.51.100.7", "mentor")).as("thirty days since the last login").isPresent();

    throttle.succeeded("198.51.100.8", "mentor");
    for (int i = 0; i < 10; i++) {
      throttle.failed("198.51.100.8", "mentor");
    }
    assertThat(throttle.backOff("198.51.100.8", "mentor")).as("its address's own failures").isPresent();
  }

  @Test
  void aRightPasswordCostsNothingAndNeverLocks() {
    for (int i = 0; i < 9; i++) {
      throttle.failed("203.0.113.9", "mentor");
    }
    assertThat(throttle.backOff("203.0.113.9", "mentor")).isEmpty();
    assertThat(throttle.backOff("203.0.113.9", "mentor")).isEmpty();
  }

  @Test
  void anIpv6ClientIsCountedByItsSlash64() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("2001:db8:1:2:" + i + "::1", "user");
    }

    assertThat(throttle.backOff("2001:db8:1:2:ffff::9", null)).isPresent();
    assertThat(throttle.backOff("2001:db8:1:3::1", null)).isEmpty();
    assertThat(LoginThrottle.addressKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
  }

  @Test
  void aClockSetBackNeitherFailsNorLocksForLonger() {
    clock.move(Duration.ofDays(1));
    for (int i = 0; i < 10; i++) {
      throttle.failed("203.0.113.10", "user");
    }
    clock.move(Duration.ofDays(-1));

    assertThat(throttle.backOff("203.0.113.10", "user")).hasValueSatisfying(wait ->
        assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(10)));
  }

  @Test
  void userIdsInTheLogArePrintableAndBounded() {
    assertThat(LoginThrottle.userKey(" Admin\n[fake log line]")).isEqualTo("admin?[fake log line]");
    assertThat(LoginThrottle.userKey("x".repeat(500))).hasSize(128);
    assertThat(LoginThrottle.userKey("  ")).isNull();
  }
}
