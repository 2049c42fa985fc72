package org.mentra.sessions.retry;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a {@link RetryOnConflict} method again when its transaction lost a race. It sits outside the
 * transaction interceptor (see {@link ConflictRetryConfig}), so each attempt is a transaction of its
 * own from the start: rolled back entirely before the next one begins.
 */
public class ConflictRetry implements MethodInterceptor {

  /** SQLSTATE of a unique-key violation, the same in PostgreSQL and H2 (class 23, integrity constraint). */
  private static final String UNIQUE_VIOLATION = "23505";
  private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);

  private final RetryPolicy policy;
  private final TransactionAttributeSource transactions = new AnnotationTransactionAttributeSource();

  public ConflictRetry(RetryPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Object invoke(MethodInvocation invocation) throws Throwable {
    if (!startsItsOwnTransaction(invocation) || !(invocation instanceof ProxyMethodInvocation proxied)) {
      return invocation.proceed();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return proxied.invocableClone().proceed();
      } catch (RuntimeException e) {
        if (attempt >= policy.maxAttempts() || !isLostRace(e)) {
          throw e;
        }
        Duration wait = jittered(policy.backoffAfter(attempt));
        log.info("{} lost a race with a concurrent transaction (attempt {} of {}), trying again in {} ms: {}",
            invocation.getMethod().getName(), attempt, policy.maxAttempts(), wait.toMillis(), e.getMessage());
        Thread.sleep(wait.toMillis());
      }
    }
  }

  /**
   * Whether this call begins a transaction: only a whole transaction can be tried again, never the part
   * of a caller's.
   */
  private boolean startsItsOwnTransaction(MethodInvocation invocation) {
    Class<?> target = invocation.getThis() == null ? invocation.getMethod().getDeclaringClass()
        : AopUtils.getTargetClass(invocation.getThis());
    Method method = AopUtils.getMostSpecificMethod(invocation.getMethod(), target);
    TransactionAttribute transaction = transactions.getTransactionAttribute(method, target);
    if (transaction == null) {
      return false;
    }
    int propagation = transaction.getPropagationBehavior();
    return propagation == TransactionDefinition.PROPAGATION_REQUIRES_NEW
        || (propagation == TransactionDefinition.PROPAGATION_REQUIRED
            && !TransactionSynchronizationManager.isActualTransactionActive());
  }

  /** Lost to a concurrent transaction: trying the same again may well succeed. */
  public static boolean isLostRace(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof ConcurrencyFailureException || c instanceof OptimisticLockingException) {
        return true;
      }
    }
    return isUniqueViolation(e);
  }

  /** A unique key (an email, a seat) that another transaction holds. */
  public static boolean isUniqueViolation(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** Between half and one and a half of the back-off, so that two losers do not meet again. */
  private static Duration jittered(Duration backoff) {
    long millis = Math.max(1, backoff.toMillis());
    return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis + 1));
  }
}
