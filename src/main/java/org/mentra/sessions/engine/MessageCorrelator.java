package org.mentra.sessions.engine;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.mentra.sessions.retry.AfterConnectionRelease;
import org.mentra.sessions.retry.RetryingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers messages to waiting processes so that nothing is lost and no race raises an incident.
 *
 * <p>{@link #correlateAfterCommit} keeps the message in the caller's transaction and delivers it once that
 * commits: on the node's delivery thread, so a mentor's click is answered without waiting for the process to
 * move on ({@code mentra.correlation.deliver-in-background}), or, as the tests run it, in the caller's thread
 * once its transaction has given its connection back ({@link AfterConnectionRelease}). A lost
 * optimistic-locking race (five mentors answering in the same second, a click racing a timer) is retried at
 * once; a process that is not waiting yet (a click that arrives before the process reaches its receive task)
 * gets the message later, from the poller.
 */
@Service
@EnableConfigurationProperties(CorrelationProperties.class)
public class MessageCorrelator extends RetryingWorker<PendingCorrelation> {

  private static final Logger log = LoggerFactory.getLogger(MessageCorrelator.class);
  private static final int IMMEDIATE_RETRIES = 8;
  /** A delivery is one short engine command; a minute is far beyond it. */
  private static final Duration LEASE = Duration.ofMinutes(1);

  private final RuntimeService runtime;
  private final PendingCorrelationRepository pending;
  private final TransactionTemplate newTransaction;
  /**
   * One thread: deliveries to one process would only race each other, and it keeps them from crowding the
   * requests off the cores. What it has not run when the node stops is kept and the poller delivers it.
   */
  private final ExecutorService deliveries = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "correlation-delivery");
    thread.setDaemon(true);
    return thread;
  });
  private volatile boolean deliverInBackground;

  MessageCorrelator(RuntimeService runtime, PendingCorrelationRepository pending, CorrelationProperties properties,
      PlatformTransactionManager transactionManager, Clock clock) {
    super(pending, properties.retryPolicy(), LEASE, transactionManager, clock);
    this.runtime = runtime;
    this.pending = pending;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.deliverInBackground = properties.deliverInBackground();
  }

  /**
   * Keeps the message with the caller's transaction and delivers it after commit (or at once when
   * there is no transaction). Rolled back with the caller, it is never delivered. Its values must
   * survive being kept (text, int, decimals, booleans; ids as text): anything else fails here.
   */
  public void correlateAfterCommit(Correlation correlation) {
    UUID id = pending.save(new PendingCorrelation(correlation, clock.instant())).getId();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          // The caller's work has committed: a failure here must not fail it; the message is kept. The
          // delivery is a transaction of its own, never on the caller's connection.
          Runnable delivery = () -> {
            try {
              runOne(id);
            } catch (RuntimeException e) {
              log.warn("Delivering {} after commit failed; the poller tries again", correlation, e);
            }
          };
          if (deliverInBackground) {
            deliveries.execute(delivery);
          } else {
            AfterConnectionRelease.run(delivery);
          }
        }
      });
    } else {
      runOne(id);
    }
  }

  /**
   * Delivers now, retrying lost races; returns false when no process waits for the message. For
   * commands whose caller wants to know (a cancellation of a council that already ended).
   */
  public boolean correlateNow(Correlation correlation) {
    return deliver(correlation.message().messageName(), correlation.businessKey(), correlation.localMatch(),
        correlation.variables());
  }

  /** Tests switch the background delivery on and off. */
  void setDeliverInBackground(boolean enabled) {
    this.deliverInBackground = enabled;
  }

  /** Waits until every delivery handed to the background thread so far has run (tests). */
  void awaitBackgroundDeliveries(Duration atMost) throws Exception {
    deliveries.submit(() -> { }).get(atMost.toMillis(), TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    deliveries.shutdownNow();
  }

  @Scheduled(fixedDelayString = "${mentra.correlation.poll-interval}")
  public void deliverDue() {
    runDue(100);
  }

  /** How many messages still wait for their process. */
  public long pendingCount() {
    return pending.countByStatus(PendingCorrelation.Status.PENDING);
  }

  private static boolean isAmbiguous(MismatchingMessageCorrelationException e) {
    return e.getMessage() != null && e.getMessage().contains("to a single execution");
  }

  /** A message that fits more than one waiting execution: a modelling or correlation-key error. */
  public static class AmbiguousCorrelation extends IllegalStateException {
    AmbiguousCorrelation(String message) {
      super(message);
    }
  }

  @Override
  protected void perform(PendingCorrelation message) throws Exception {
    if (message.isExpiredAt(clock.instant())) {
      throw new GiveUp("no process took " + message.messageName() + " for " + message.businessKey()
          + " before it expired");
    }
    boolean delivered;
    try {
      delivered = deliver(message.messageName(), message.businessKey(), message.localMatch(), message.variables());
    } catch (AmbiguousCorrelation e) {
      throw new GiveUp(e.getMessage());
    }
    if (!delivered) {
      throw new IllegalStateException("No process waits for " + message.messageName() + " "
          + message.businessKey() + " " + message.localMatch() + " yet");
    }
  }

  private boolean deliver(String messageName, String businessKey, Map<String, Object> localMatch,
      Map<String, Object> variables) {
    for (int attempt = 1; ; attempt++) {
      try {
        return Boolean.TRUE.equals(newTransaction.execute(status -> {
          MessageCorrelationBuilder builder = runtime.createMessageCorrelation(messageName).setVariables(variables);
          if (businessKey != null) {
            builder.processInstanceBusinessKey(businessKey);
          }
          localMatch.forEach(builder::localVariableEquals);
          builder.correlateWithResult();
          return true;
        }));
      } catch (MismatchingMessageCorrelationException e) {
        if (isAmbiguous(e)) {
          // Several executions match: waiting cannot help, and guessing would answer the wrong one.
          throw new AmbiguousCorrelation(messageName + " to " + businessKey + " " + localMatch
              + " matches several waiting executions: " + e.getMessage());
        }
        return false;
      } catch (OptimisticLockingException e) {
        if (attempt >= IMMEDIATE_RETRIES) {
          throw e;
        }
        log.debug("Lost a race delivering {} to {} (attempt {}), retrying", messageName, businessKey, attempt);
      }
    }
  }

  @Override
  protected void markDone(PendingCorrelation work, Instant now) {
    work.delivered();
  }

  @Override
  protected void markGivenUp(PendingCorrelation work, Instant now) {
    work.expired();
  }
}
