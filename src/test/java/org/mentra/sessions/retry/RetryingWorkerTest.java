package org.mentra.sessions.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * Work done whose record fails for a moment (the pool gave no connection in time): the record is tried
 * again, so the row does not stay claimed and get worked a second time, by another node, when the claim ends.
 */
class RetryingWorkerTest {

  private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

  @Test
  void aDoneMarkThatFailsForAMomentIsRecordedAfterAllAndTheWorkIsDoneOnce() {
    Work work = new Work();
    @SuppressWarnings("unchecked")
    RetryableRepository<Work> repository = mock(RetryableRepository.class);
    AtomicInteger reads = new AtomicInteger();
    when(repository.findById(work.getId())).thenAnswer(call -> {
      // 1: the claim; 2 and 3: recording it done, when the pool has no connection to give
      int read = reads.incrementAndGet();
      if (read == 2 || read == 3) {
        throw new CannotCreateTransactionException("Connection is not available, request timed out after 30000ms");
      }
      return Optional.of(work);
    });
    when(repository.saveAndFlush(any())).thenAnswer(call -> call.getArgument(0));
    PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
    AtomicInteger performed = new AtomicInteger();
    RetryingWorker<Work> worker = new RetryingWorker<>(repository, new RetryPolicy(3, Duration.ofSeconds(1),
        Duration.ofSeconds(10)), Duration.ofSeconds(10), transactions, Clock.fixed(NOW, ZoneOffset.UTC)) {
      @Override
      protected void perform(Work w) {
        performed.incrementAndGet();
      }

      @Override
      protected void markDone(Work w, Instant now) {
        w.done = true;
      }

      @Override
      protected void markGivenUp(Work w, Instant now) {
        throw new AssertionError("not given up");
      }
    };

    assertThat(worker.runOne(work.getId())).isTrue();

    assertThat(performed).hasValue(1);
    assertThat(work.done).as("recorded as done").isTrue();
    assertThat(reads).hasValue(4);
  }

  static final class Work implements Retryable {
    private final UUID id = UUID.randomUUID();
    private final RetryState retry = RetryState.dueAt(NOW);
    boolean done;

    @Override
    public UUID getId() {
      return id;
    }

    @Override
    public RetryState retry() {
      return retry;
    }

    @Override
    public boolean isPending() {
      return !done;
    }
  }
}
