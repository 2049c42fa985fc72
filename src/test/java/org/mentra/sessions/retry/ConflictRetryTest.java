package org.mentra.sessions.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A transaction that loses a race is tried again as a whole inside the server, a few times, then refused. */
class ConflictRetryTest extends IntegrationTest {

  @Autowired
  private LosingRaces races;
  @Autowired
  private PersonRepository people;
  @Autowired
  private PlatformTransactionManager transactions;

  private final String key = UUID.randomUUID().toString();

  @Test
  void aTransactionThatLostToAConcurrentOneIsTriedAgainAndBothChangesStay() {
    Person person = people.save(TestPeople.person("Raced Person", "UTC", Role.COUNSELOR, Plan.FREE));

    races.raiseSeniority(key, person.getId(), 1);

    assertThat(races.attempts(key)).isEqualTo(2);
    Person after = people.findById(person.getId()).orElseThrow();
    assertThat(after.getSeniority()).isEqualTo(person.getSeniority() + 1);
    assertThat(after.getReliability()).isEqualTo(person.getReliability() - 0.1);
  }

  @Test
  void anEngineRaceIsTriedAgainToo() {
    races.loseToTheEngine(key, 2);

    assertThat(races.attempts(key)).isEqualTo(3);
  }

  @Test
  void aRaceLostEveryTimeIsRefusedAfterAFewAttempts() {
    Person person = people.save(TestPeople.person("Always Raced", "UTC", Role.COUNSELOR, Plan.FREE));

    assertThatThrownBy(() -> races.raiseSeniority(key, person.getId(), 100))
        .isInstanceOf(OptimisticLockingFailureException.class);

    assertThat(races.attempts(key)).isEqualTo(4);
    assertThat(people.findById(person.getId()).orElseThrow().getSeniority()).isEqualTo(person.getSeniority());
  }

  @Test
  void otherFailuresAreNotTriedAgain() {
    assertThatThrownBy(() -> races.failForAnotherReason(key)).isInstanceOf(IllegalStateException.class);

    assertThat(races.attempts(key)).isEqualTo(1);
  }

  @Test
  void onlyAWholeTransactionIsTriedAgainNeverPartOfOne() {
    Person person = people.save(TestPeople.person("Inner Raced", "UTC", Role.COUNSELOR, Plan.FREE));

    assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status ->
        races.raiseSeniority(key, person.getId(), 1))).isInstanceOf(OptimisticLockingFailureException.class);
    assertThat(races.attempts(key)).isEqualTo(1);

    String outside = key + "-outside";
    assertThatThrownBy(() -> races.loseOutsideATransaction(outside)).isInstanceOf(OptimisticLockingException.class);
    assertThat(races.attempts(outside)).isEqualTo(1);
  }
}
