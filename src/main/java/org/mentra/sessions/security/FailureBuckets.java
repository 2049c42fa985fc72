package org.mentra.sessions.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.lang.Nullable;

/**
 * Failures counted per key in token buckets (Bucket4j), the one way both throttles count: each failure
 * takes a token, tokens come back evenly over the window, and an empty bucket means "wait" until the next
 * one is back. Nothing is ever locked for good. Time is the application's clock (the engine's), so tests
 * move the back-off with it.
 */
final class FailureBuckets {

  private static final Logger log = LoggerFactory.getLogger(FailureBuckets.class);
  /** Buckets are dropped again once full (all failures forgiven); this many are kept before looking. */
  private static final int PRUNE_ABOVE = 10_000;

  private final int limit;
  private final Duration window;
  private final String what;
  private final TimeMeter time;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** @param what the failures counted, for the log line when a back-off starts ("Logins", "One-click links") */
  FailureBuckets(int limit, Duration window, String what, Clock clock) {
    this.limit = limit;
    this.window = window;
    this.what = what;
    this.time = new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        Instant now = clock.instant();
        return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
      }

      @Override
      public boolean isWallClockBased() {
        return true;
      }
    };
  }

  /** Nanoseconds until the key may fail once more; 0 when it may now (or has never failed). */
  long wait(@Nullable String key) {
    Bucket bucket = key == null ? null : buckets.get(key);
    if (bucket == null) {
      return 0;
    }
    EstimationProbe probe = bucket.estimateAbilityToConsume(1);
    return probe.canBeConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
  }

  /** One failure for the key; the one that empties its bucket is logged. */
  void take(@Nullable String key, String who) {
    if (key == null) {
      return;
    }
    if (buckets.size() > PRUNE_ABOVE) {
      buckets.values().removeIf(b -> b.getAvailableTokens() >= limit);
    }
    Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
        .addLimit(l -> l.capacity(limit).refillGreedy(limit, window))
        .withCustomTimePrecision(time)
        .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed() && probe.getRemainingTokens() == 0) {
      Duration wait = Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
      log.warn("{} throttled: {} failed {} times within {}; next try allowed in {} s (no lock, it ends by itself)",
          what, who, limit, window, seconds(wait));
    }
  }

  /** Whole seconds to wait, rounded up, at least one: the value of a Retry-After header. */
  static long seconds(Duration wait) {
    return Math.max(1, (wait.toNanos() + 999_999_999L) / 1_000_000_000L);
  }
}
