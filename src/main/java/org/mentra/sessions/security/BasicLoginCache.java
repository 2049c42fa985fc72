package org.mentra.sessions.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Successful HTTP Basic logins, kept for a short while: a client sends its password with every request, and
 * checking it (the engine's salted SHA-512, then its groups) cost a fifth of the CPU of an API request under
 * load. Only successes are kept, under the user id and a salted SHA-256 of the password presented (the salt
 * is random per process, so the map holds nothing a password could be read back from): a wrong password never
 * matches and goes to the engine, where the {@link LoginThrottle} counts it. An entry ends after
 * {@code mentra.security.basic-login-cache-for}; a change of a user's password or groups on this node forgets
 * the user at once ({@link ThrottledIdentityProvider}), one made on another node or in the database directly
 * takes effect when the entry ends.
 */
@Component
public class BasicLoginCache {

  /** Above this many entries, the ended ones are dropped before a new one is kept (and all, if none had). */
  private static final int PRUNE_ABOVE = 10_000;

  private final Duration keepFor;
  private final Clock clock;
  private final byte[] salt = new byte[32];
  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

  /** @param clock the application's clock (the engine's), so tests move the expiry with it */
  public BasicLoginCache(SecurityProperties properties, Clock clock) {
    this.keepFor = properties.basicLoginCacheFor();
    this.clock = clock;
    new SecureRandom().nextBytes(salt);
  }

  /** The authorities of a login that succeeded with this very password within the time it is kept. */
  public Optional<List<GrantedAuthority>> authorities(String user, String password) {
    if (keepFor.isZero()) {
      return Optional.empty();
    }
    Key key = key(user, password);
    Entry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!entry.until().isAfter(clock.instant())) {
      entries.remove(key, entry);
      return Optional.empty();
    }
    return Optional.of(entry.authorities());
  }

  /** A login the engine has just verified. */
  public void succeeded(String user, String password, List<GrantedAuthority> authorities) {
    if (keepFor.isZero()) {
      return;
    }
    Instant now = clock.instant();
    if (entries.size() > PRUNE_ABOVE) {
      entries.values().removeIf(e -> !e.until().isAfter(now));
      if (entries.size() > PRUNE_ABOVE) {
        entries.clear();
      }
    }
    entries.put(key(user, password), new Entry(List.copyOf(authorities), now.plus(keepFor)));
  }

  /** The user's password or groups changed: their next request is checked by the engine again. */
  public void forget(String user) {
    entries.keySet().removeIf(k -> k.user().equalsIgnoreCase(user));
  }

  /** A group went away: every login is checked again. */
  public void forgetAll() {
    entries.clear();
  }

  private Key key(String user, String password) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(salt);
      sha256.update(user.getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) 0);
      return new Key(user, HexFormat.of().formatHex(sha256.digest(password.getBytes(StandardCharsets.UTF_8))));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private record Key(String user, String passwordHash) {}

  private record Entry(List<GrantedAuthority> authorities, Instant until) {}
}
