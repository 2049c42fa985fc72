package org.mentra.sessions.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works off due rows of background work, safely when several nodes share one database: each row
 * is claimed in a short transaction of its own (optimistic locking decides between two nodes), the
 * work runs outside it, and the outcome is recorded in another short transaction.
 */
public abstract class RetryingWorker<E extends Retryable> {

  private static final Logger log = LoggerFactory.getLogger(RetryingWorker.class);
  private static final Duration RECORD_RETRY = Duration.ofMillis(500);

  private final RetryableRepository<E> repository;
  private final RetryPolicy policy;
  private final Duration lease;
  private final TransactionTemplate newTransaction;
  protected final Clock clock;

  /**
   * @param lease how long a claim holds; longer than the work can take (e.g. the SMTP time-outs)
   */
  protected RetryingWorker(RetryableRepository<E> repository, RetryPolicy policy, Duration lease,
      PlatformTransactionManager transactionManager, Clock clock) {
    this.repository = repository;
    this.policy = policy;
    this.lease = lease;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** Does the work; runs outside the claim's transaction. Throws when it failed, {@link GiveUp} when for good. */
  protected abstract void perform(E work) throws Exception;

  protected abstract void markDone(E work, Instant now);

  protected abstract void markGivenUp(E work, Instant now);

  /** Works off every row due now, at most {@code limit}; returns how many succeeded. */
  public int runDue(int limit) {
    List<UUID> due = newTransaction.execute(status -> repository.findDue(clock.instant(), Limit.of(limit)));
    int done = 0;
    for (UUID id : due) {
      if (runOne(id)) {
        done++;
      }
    }
    return done;
  }

  /** Claims and works on one row; false when it was not due, claimed elsewhere, or failed. */
  public boolean runOne(UUID id) {
    Optional<E> claimed = claim(id);
    if (claimed.isEmpty()) {
      return false;
    }
    E work = claimed.get();
    try {
      perform(work);
    } catch (GiveUp e) {
      record(id, (w, now) -> {
        log.warn("{} {} given up: {}", describe(), id, e.getMessage());
        markGivenUp(w, now);
      });
      return false;
    } catch (Exception e) {
      recordFailure(id, e);
      return false;
    }
    return recordDone(id);
  }

  /**
   * Records that the work was done. A passing database failure here (a connection not given in time)
   * must not lose the mark: the row would stay claimed, and when the lease ran out another node would
   * do the work again (issue 14: one mail sent twice by two nodes, the same Message-ID). So it is tried
   * again for up to half the lease.
   */
  private boolean recordDone(UUID id) {
    long giveUpAt = System.nanoTime() + lease.dividedBy(2).toNanos();
    for (int attempt = 1; ; attempt++) {
      try {
        return record(id, this::markDone);
      } catch (RuntimeException e) {
        if (System.nanoTime() >= giveUpAt) {
          throw e;
        }
        log.warn("{} {} done, but recording it failed (attempt {}), trying again: {}", describe(), id, attempt,
            e.getMessage());
        try {
          Thread.sleep(Math.min(RECORD_RETRY.toMillis() * attempt, lease.dividedBy(10).toMillis()));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private Optional<E> claim(UUID id) {
    try {
      return newTransaction.execute(status -> repository.findById(id)
          .filter(Retryable::isPending)
          .filter(w -> w.retry().isClaimable(clock.instant()))
          .map(w -> {
            w.retry().claim(clock.instant(), lease);
            return repository.saveAndFlush(w);
          }));
    } catch (OptimisticLockingFailureException e) {
      log.debug("{} {} was claimed by another node", describe(), id);
      return Optional.empty();
    }
  }

  private void recordFailure(UUID id, Exception cause) {
    String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    record(id, (w, now) -> {
      if (w.retry().recordFailure(now, error, policy)) {
        log.warn("{} {} given up after {} attempts: {}", describe(), id, w.retry().attempts(), error);
        markGivenUp(w, now);
      } else {
        log.info("{} {} failed (attempt {}), next at {}: {}", describe(), id, w.retry().attempts(),
            w.retry().nextAttemptAt(), error);
      }
    });
  }

  private boolean record(UUID id, Outcome<E> outcome) {
    Boolean recorded = newTransaction.execute(status -> repository.findById(id).map(w -> {
      if (w.isPending()) {
        outcome.apply(w, clock.instant());
        repository.saveAndFlush(w);
      }
      return true;
    }).orElse(false));
    return Boolean.TRUE.equals(recorded);
  }

  protected String describe() {
    return getClass().getSimpleName();
  }

  /** Thrown by {@link #perform} when retrying cannot help (an expired message, a bad address). */
  public static class GiveUp extends Exception {
    public GiveUp(String reason) {
      super(reason);
    }
  }

  @FunctionalInterface
  private interface Outcome<W> {
    void apply(W work, Instant now);
  }
}
