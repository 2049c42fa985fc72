package org.mentra.sessions.retry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * Attempts, back-off and the claim of one row of background work (an outbox mail, a pending
 * correlation). A claim is a lease: the node that holds it works on the row; when the node dies
 * the lease runs out and another node takes over.
 */
@Embeddable
public class RetryState {

  private static final int MAX_ERROR_LENGTH = 2000;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "last_error", length = MAX_ERROR_LENGTH)
  private String lastError;

  protected RetryState() {}

  public static RetryState dueAt(Instant when) {
    RetryState state = new RetryState();
    state.nextAttemptAt = when;
    return state;
  }

  public boolean isClaimable(Instant now) {
    return !nextAttemptAt.isAfter(now) && (claimedUntil == null || claimedUntil.isBefore(now));
  }

  public void claim(Instant now, Duration lease) {
    claimedUntil = now.plus(lease);
  }

  public void release() {
    claimedUntil = null;
  }

  /** Records a failed attempt; returns true when no attempt is left. */
  public boolean recordFailure(Instant now, String error, RetryPolicy policy) {
    attempts++;
    claimedUntil = null;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
    if (attempts >= policy.maxAttempts()) {
      return true;
    }
    nextAttemptAt = now.plus(policy.backoffAfter(attempts));
    return false;
  }

  /** Makes the row due again at once, with a fresh set of attempts (a coordinator's manual retry). */
  public void resetAt(Instant now) {
    attempts = 0;
    claimedUntil = null;
    nextAttemptAt = now;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }
}
