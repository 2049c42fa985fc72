package org.mentra.sessions.retry;

import java.util.ArrayList;
import java.util.List;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs follow-up work of a committed transaction once the transaction has also given its database
 * connection back. Spring calls {@code afterCommit} while the committed transaction still holds its
 * connection, so follow-up work there that needs a transaction of its own (a message delivered to its
 * process) held two connections at once: with as many such requests as the pool has connections, every
 * one of them held one and waited for a second until the pool's time-out (issue 14, two nodes). Around
 * each call that begins a transaction (every {@code @Transactional} entry, see
 * {@link AfterConnectionReleaseConfig}), the work registered meanwhile waits and runs when the call
 * returns, still on the caller's thread and before its answer; elsewhere (a job's or a template's
 * transaction) it runs at once.
 */
public final class AfterConnectionRelease implements MethodInterceptor {

  private static final Logger log = LoggerFactory.getLogger(AfterConnectionRelease.class);
  private static final ThreadLocal<List<Runnable>> WAITING = new ThreadLocal<>();

  /** Runs {@code work} after the outermost transactional call on this thread returned; at once if there is none. */
  public static void run(Runnable work) {
    List<Runnable> waiting = WAITING.get();
    if (waiting == null) {
      work.run();
    } else {
      waiting.add(work);
    }
  }

  @Override
  public Object invoke(MethodInvocation invocation) throws Throwable {
    if (WAITING.get() != null || TransactionSynchronizationManager.isActualTransactionActive()) {
      return invocation.proceed();
    }
    List<Runnable> waiting = new ArrayList<>();
    WAITING.set(waiting);
    try {
      return invocation.proceed();
    } finally {
      WAITING.remove();
      // Registered after a commit only: whatever the call ended with, that commit stands.
      for (Runnable work : waiting) {
        try {
          work.run();
        } catch (RuntimeException e) {
          log.warn("Work after a commit failed; it is kept for its poller", e);
        }
      }
    }
  }
}
