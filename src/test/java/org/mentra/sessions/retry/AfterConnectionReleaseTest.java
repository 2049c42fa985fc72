package org.mentra.sessions.retry;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follow-up work after a commit that needs a transaction of its own (a message delivered to its process)
 * on a pool of one connection: in {@code afterCommit} it waits for a second connection the pool does not
 * have; run by {@link AfterConnectionRelease} it gets the one the committed transaction gave back.
 */
class AfterConnectionReleaseTest {

  private final HikariDataSource pool = new HikariDataSource();
  private final List<String> outcomes = new ArrayList<>();

  AfterConnectionReleaseTest() {
    pool.setJdbcUrl("jdbc:h2:mem:after-release;DB_CLOSE_DELAY=-1");
    pool.setMaximumPoolSize(1);
    pool.setConnectionTimeout(250);
  }

  @AfterEach
  void close() {
    pool.close();
  }

  @Test
  void workAfterTheCommitGetsTheConnectionTheTransactionGaveBack() {
    service(true).answer();

    assertThat(outcomes).containsExactly("answered", "delivered");
  }

  @Test
  void inAfterCommitItselfTheCommittedTransactionStillHoldsItsConnection() {
    service(false).answer();

    assertThat(outcomes).containsExactly("answered", "no connection");
  }

  @Test
  void withoutACallThatBeganTheTransactionTheWorkRunsAtOnce() {
    List<String> ran = new ArrayList<>();
    AfterConnectionRelease.run(() -> ran.add("ran"));

    assertThat(ran).containsExactly("ran");
  }

  private Answering service(boolean deferred) {
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(pool);
    TransactionTemplate newTransaction = new TransactionTemplate(transactions);
    newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    Runnable deliver = () -> {
      try {
        newTransaction.executeWithoutResult(status -> new JdbcTemplate(pool).queryForObject("select 1", Integer.class));
        outcomes.add("delivered");
      } catch (RuntimeException e) {
        outcomes.add("no connection");
      }
    };
    ProxyFactory proxy = new ProxyFactory(new Answering(pool, outcomes, deferred ? () -> AfterConnectionRelease.run(deliver)
        : deliver));
    proxy.setProxyTargetClass(true);
    proxy.addAdvice(new AfterConnectionRelease());
    proxy.addAdvice(new TransactionInterceptor(transactions, new AnnotationTransactionAttributeSource()));
    return (Answering) proxy.getProxy();
  }

  /** A service whose transaction registers follow-up work for after its commit, as the correlator does. */
  static class Answering {
    private final HikariDataSource pool;
    private final List<String> outcomes;
    private final Runnable afterCommit;

    Answering(HikariDataSource pool, List<String> outcomes, Runnable afterCommit) {
      this.pool = pool;
      this.outcomes = outcomes;
      this.afterCommit = afterCommit;
    }

    @Transactional
    public void answer() {
      new JdbcTemplate(pool).queryForObject("select 1", Integer.class);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          afterCommit.run();
        }
      });
      outcomes.add("answered");
    }
  }
}
