package org.mentra.sessions.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tokens that did not verify on the surfaces without a login (one-click links {@code /r/…}, calendar feeds
 * {@code /calendar/….ics}), counted per client address as the {@link LoginThrottle} counts it (an IPv6
 * address by its /64). A client past the limit gets a 429 with Retry-After before its token is looked at,
 * so a token cannot be guessed, even a valid one from that address is held back until the wait is over.
 * Only failures are counted: a valid token costs nothing, and no other address is held back.
 */
@Component
@EnableConfigurationProperties(TokenThrottleProperties.class)
public class TokenThrottle {

  private final FailureBuckets byAddress;

  public TokenThrottle(TokenThrottleProperties limits, Clock clock) {
    this.byAddress = new FailureBuckets(limits.failuresPerAddress(), limits.window(), "Token checks", clock);
  }

  /** How long this client must wait before a token of theirs is checked again; empty when it may now. */
  public Optional<Duration> backOff(@Nullable String address) {
    long nanos = byAddress.wait(LoginThrottle.addressKey(address));
    return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
  }

  /** A token from this client did not verify (changed, made up, unknown). */
  public void failed(@Nullable String address) {
    String key = LoginThrottle.addressKey(address);
    byAddress.take(key, "client address " + key);
  }

  /** Whole seconds to wait, rounded up, at least one: the value of a Retry-After header. */
  public static long seconds(Duration wait) {
    return FailureBuckets.seconds(wait);
  }
}
