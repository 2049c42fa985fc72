package org.mentra.sessions.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Failed token checks allowed per client address on the public token surfaces (one-click links, calendar
 * feeds) before a back-off; each comes back after {@code window} divided by the limit (with the defaults:
 * one more try every 30 seconds).
 *
 * @param failuresPerAddress tokens that did not verify from one client address (an IPv6 /64) within the window
 * @param window the time in which all allowed failures come back
 */
@ConfigurationProperties("mentra.security.token-throttle")
public record TokenThrottleProperties(Integer failuresPerAddress, Duration window) {

  public TokenThrottleProperties {
    failuresPerAddress = failuresPerAddress == null ? 20 : failuresPerAddress;
    window = window == null ? Duration.ofMinutes(10) : window;
    if (failuresPerAddress < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("mentra.security.token-throttle: the limit must be at least 1 and the "
          + "window positive");
    }
  }
}
