package org.mentra.sessions.retry;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test-only work for {@link ConflictRetryTest} whose first attempts lose a race deterministically.
 * Top-level, so the application's component scan finds it. Attempts are counted per key, so tests
 * never see each other's.
 */
@Component
@RetryOnConflict
public class LosingRaces {

  private final PersonRepository people;
  private final TransactionTemplate competitor;
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

  LosingRaces(PersonRepository people, PlatformTransactionManager transactions) {
    this.people = people;
    this.competitor = new TransactionTemplate(transactions);
    this.competitor.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Raises the person's seniority. In the first {@code losses} attempts a competing transaction
   * changes the person after this one read it and commits first: this one's update then finds a newer
   * version, as when our own background job touches the row a request is changing.
   */
  @Transactional
  public void raiseSeniority(String key, UUID personId, int losses) {
    int attempt = attempt(key);
    Person person = people.findById(personId).orElseThrow();
    if (attempt <= losses) {
      competitor.executeWithoutResult(status -> {
        Person same = people.findById(personId).orElseThrow();
        same.setReliability(same.getReliability() - 0.1);
        people.saveAndFlush(same);
      });
    }
    person.setSeniority(person.getSeniority() + 1);
  }

  /** The engine's way of losing a race, in the first {@code losses} attempts. */
  @Transactional
  public void loseToTheEngine(String key, int losses) {
    if (attempt(key) <= losses) {
      throw new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity[42]' failed.");
    }
  }

  @Transactional
  public void failForAnotherReason(String key) {
    attempt(key);
    throw new IllegalStateException("not a race");
  }

  /** Not a transaction of its own: nothing here could be tried again as a whole. */
  public void loseOutsideATransaction(String key) {
    attempt(key);
    throw new OptimisticLockingException("ENGINE-03005 lost");
  }

  public int attempts(String key) {
    return attempts.getOrDefault(key, new AtomicInteger()).get();
  }

  private int attempt(String key) {
    return attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
  }
}
