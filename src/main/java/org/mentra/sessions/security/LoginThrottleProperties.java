package org.mentra.sessions.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Failed logins allowed before a back-off; each allowed failure comes back after {@code window} divided
 * by its limit (with the defaults: one more try a minute per address, two a minute per user).
 *
 * @param failuresPerAddress failed logins from one client address (an IPv6 /64) within the window
 * @param failuresPerUser failed logins for one user id, from any address, within the window
 * @param window the time in which all allowed failures come back
 * @param knownAddressFor how long after a user's last login from an address their own limit does not hold
 *     that address back (its address limit still does)
 */
@ConfigurationProperties("mentra.security.login-throttle")
public record LoginThrottleProperties(Integer failuresPerAddress, Integer failuresPerUser, Duration window,
    Duration knownAddressFor) {

  public LoginThrottleProperties {
    failuresPerAddress = failuresPerAddress == null ? 10 : failuresPerAddress;
    failuresPerUser = failuresPerUser == null ? 20 : failuresPerUser;
    window = window == null ? Duration.ofMinutes(10) : window;
    knownAddressFor = knownAddressFor == null ? Duration.ofDays(30) : knownAddressFor;
    if (failuresPerAddress < 1 || failuresPerUser < 1 || window.isNegative() || window.isZero()
        || knownAddressFor.isNegative()) {
      throw new IllegalArgumentException("mentra.security.login-throttle: the limits must be at least 1, "
          + "the window positive and known-address-for not negative");
    }
  }
}
