package org.mentra.sessions.council.domain;

import org.mentra.sessions.shared.TimeRange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Council rows have assigned ids, so only the version tells Spring Data that an entity is new: two
 * transactions inserting a mentor with the same id must not end as one row (a merge would read the
 * first insert and silently overwrite it); the later insert fails and the first stays as written.
 */
class CouncilMentorInsertTest extends IntegrationTest {

  @Autowired
  private PersonRepository people;
  @Autowired
  private CouncilSessionRepository councils;
  @Autowired
  private CouncilMentorRepository councilMentors;
  @Autowired
  private PlatformTransactionManager transactionManager;

  private final ExecutorService thread = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopThread() {
    thread.shutdownNow();
  }

  @Test
  void aSecondInsertWithTheSameIdFailsInsteadOfMergingIntoTheFirst() throws Exception {
    Person mentee = people.save(TestPeople.person("Insert Mentee", "Europe/London", Role.PATIENT, Plan.COUNCIL));
    Person first = people.save(TestPeople.person("Insert First", "Europe/Berlin", Role.MENTOR, Plan.PROFESSIONAL));
    Person second = people.save(TestPeople.person("Insert Second", "Africa/Lagos", Role.MENTOR, Plan.PROFESSIONAL));
    Instant now = Instant.now();
    CouncilSession council = councils.save(new CouncilSession(mentee.getId(), "Two inserts", "", "",
        List.of(TimeRange.starting(now.plus(Duration.ofDays(5)), Duration.ofHours(1))), 3, 5,
        now.plus(Duration.ofHours(72)), "test", now));
    CouncilMentor written = new CouncilMentor(council, first.getId(), 0, MentorSource.PICKED, 80, List.of("first"));
    CouncilMentor sameId = new CouncilMentor(council, second.getId(), 1, MentorSource.MATCHED, 20, List.of("second"));
    ReflectionTestUtils.setField(sameId, "id", written.getId());
    TransactionTemplate tx = new TransactionTemplate(transactionManager);

    // The later insert's transaction is open (and has read) before the first commits, as two requests would be.
    CountDownLatch laterOpen = new CountDownLatch(1);
    CountDownLatch firstCommitted = new CountDownLatch(1);
    Future<?> later = thread.submit(() -> tx.executeWithoutResult(status -> {
      assertThat(councilMentors.findById(written.getId())).isEmpty();
      laterOpen.countDown();
      await(firstCommitted);
      councilMentors.saveAndFlush(sameId);
    }));
    assertThat(laterOpen.await(10, TimeUnit.SECONDS)).isTrue();
    tx.executeWithoutResult(status -> councilMentors.saveAndFlush(written));
    firstCommitted.countDown();

    assertThatThrownBy(() -> later.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(DataIntegrityViolationException.class);
    CouncilMentor stored = tx.execute(status -> councilMentors.findById(written.getId()).orElseThrow());
    assertThat(stored.getMentorId()).isEqualTo(first.getId());
    assertThat(stored.getScoreReasons()).containsExactly("first");
    assertThat(stored.getSource()).isEqualTo(MentorSource.PICKED);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("the first insert did not commit");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
