package org.mentra.sessions.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * Failed logins, counted per client address and per user id in token buckets (Bucket4j): each failure
 * takes a token, tokens come back evenly over the window, and an empty bucket means "wait" until the
 * next one is back. So guessing is slowed down to a trickle, but nobody is ever locked out for good, and
 * a client is not held back for another address's failures (only a user's own limit is shared, and it
 * is higher). Only failures are counted: a right password costs nothing. And a user's limit never holds
 * back an address they logged in from lately: strangers who keep failing for a coordinator's user id from
 * a few addresses would otherwise keep that coordinator out for as long as they keep at it.
 */
@Component
public class LoginThrottle {

  /** Known addresses are dropped again once old; this many are kept before looking. */
  private static final int PRUNE_ABOVE = 10_000;

  private final LoginThrottleProperties limits;
  private final FailureBuckets byAddress;
  private final FailureBuckets byUser;
  /** When each user last logged in from each address ("address user"). */
  private final Map<String, Instant> lastLogin = new ConcurrentHashMap<>();
  private final Clock clock;

  /** @param clock the application's clock (the engine's), so tests move the back-off with it */
  public LoginThrottle(LoginThrottleProperties limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    this.byAddress = new FailureBuckets(limits.failuresPerAddress(), limits.window(), "Logins", clock);
    this.byUser = new FailureBuckets(limits.failuresPerUser(), limits.window(), "Logins", clock);
  }

  /** How long this client or user must wait before trying a password again; empty when they may now. */
  public Optional<Duration> backOff(@Nullable String address, @Nullable String user) {
    long nanos = byAddress.wait(addressKey(address));
    if (!isKnownAddress(address, user)) {
      nanos = Math.max(nanos, byUser.wait(userKey(user)));
    }
    return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
  }

  /** A password check succeeded: the user's own limit does not hold this address back for a while. */
  public void succeeded(@Nullable String address, @Nullable String user) {
    String key = loginKey(address, user);
    if (key == null) {
      return;
    }
    Instant now = clock.instant();
    if (lastLogin.size() > PRUNE_ABOVE) {
      lastLogin.values().removeIf(at -> !at.plus(limits.knownAddressFor()).isAfter(now));
    }
    lastLogin.put(key, now);
  }

  private boolean isKnownAddress(@Nullable String address, @Nullable String user) {
    String key = loginKey(address, user);
    Instant at = key == null ? null : lastLogin.get(key);
    return at != null && at.plus(limits.knownAddressFor()).isAfter(clock.instant());
  }

  @Nullable
  private static String loginKey(@Nullable String address, @Nullable String user) {
    String addressKey = addressKey(address);
    String userKey = userKey(user);
    return addressKey == null || userKey == null ? null : addressKey + " " + userKey;
  }

  /** A password check failed (an unknown user or a wrong password). */
  public void failed(@Nullable String address, @Nullable String user) {
    String addressKey = addressKey(address);
    String userKey = userKey(user);
    byAddress.take(addressKey, "client address " + addressKey);
    byUser.take(userKey, "user id '" + userKey + "'");
  }

  /** Whole seconds to wait, rounded up, at least one: the value of a Retry-After header. */
  public static long seconds(Duration wait) {
    return FailureBuckets.seconds(wait);
  }

  /** User ids as the engine compares them would differ only in case; printable, bounded for the log. */
  @Nullable
  static String userKey(@Nullable String user) {
    if (user == null || user.isBlank()) {
      return null;
    }
    String printable = user.strip().toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "?");
    return printable.length() > 128 ? printable.substring(0, 128) : printable;
  }

  /**
   * An IPv4 address as is, an IPv6 address by its /64 (one subscriber has a whole /64 to hop around in):
   * the client as every throttle counts it.
   */
  @Nullable
  static String addressKey(@Nullable String address) {
    if (address == null || address.isBlank()) {
      return null;
    }
    if (address.indexOf(':') < 0) {
      return address;
    }
    try {
      InetAddress parsed = InetAddress.getByName(address);  // a literal: no lookup
      if (parsed instanceof Inet6Address) {
        byte[] bytes = parsed.getAddress();
        Arrays.fill(bytes, 8, 16, (byte) 0);
        return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
      }
      return parsed.getHostAddress();
    } catch (UnknownHostException e) {
      return address;
    }
  }
}
