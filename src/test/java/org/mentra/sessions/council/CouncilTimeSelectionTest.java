package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import ai.timefold.solver.core.api.solver.event.BestSolutionChangedEvent;
import ai.timefold.solver.core.api.solver.event.SolverEventListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilStatus;
import org.mentra.sessions.council.planning.domain.CouncilSchedule;
import org.mentra.sessions.council.planning.solver.CouncilSolver;
import org.mentra.sessions.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The time selection runs in its job's transaction but locks nothing while it solves: it locks the
 * mentors only afterwards, reads its snapshot again and plans once more under the locks when a
 * council took one of its mentors meanwhile, so nobody is ever double-booked.
 */
class CouncilTimeSelectionTest extends CouncilIntegrationTest {

  @Autowired
  CouncilSolver solver;
  @Autowired
  JdbcTemplate jdbc;

  private final List<SolverEventListener<CouncilSchedule>> observers = new ArrayList<>();
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    observers.forEach(solver::removeObserver);
    threads.shutdownNow();
  }

  @Test
  void noMentorRowNorTheCouncilIsLockedWhileItSolves() {
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee(), mentors, 3);
    ProcessInstance instance = answeredByAll(council, mentors);
    List<Boolean> inTransaction = new CopyOnWriteArrayList<>();
    List<Object> lockedFromOutside = new CopyOnWriteArrayList<>();
    observe(event -> {
      inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
      if (lockedFromOutside.isEmpty()) {
        // Another transaction takes the rows the time selection locks afterwards; NOWAIT fails at once
        // if the job already held them.
        lockedFromOutside.add(await(threads.submit(() -> lockAtOnce(mentors, council))));
      }
    });

    runJobs(instance);

    assertThat(lockedFromOutside).as("the mentors' and the council's rows, locked from outside during the solve")
        .containsExactly(List.of(3, 1));
    assertThat(inTransaction).as("the solve runs in the job's transaction").isNotEmpty().containsOnly(true);
    assertThat(status(council)).isEqualTo(CouncilStatus.CONFIRMED);
    assertThat(mails(mentors.get(0), "confirmation")).as("in the outbox with the plan").hasSize(1);
  }

  @Test
  void aCouncilConfirmedWithItsLeadDuringTheSolveIsPlannedAgainWithoutHim() {
    List<Person> mentors = mentors(5);
    mentors.add(mentor("Mentor F", "Europe/Dublin"));
    Person shared = mentors.get(0);
    List<Person> slowMentors = List.of(shared, mentors.get(1), mentors.get(2), mentors.get(3));
    List<Person> quickMentors = List.of(shared, mentors.get(4), mentors.get(5));
    CouncilSession slow = request(mentee(), slowMentors, 3);
    CouncilSession quick = request(mentee(), quickMentors, 3);
    ProcessInstance slowInstance = answeredByAll(slow, slowMentors);
    ProcessInstance quickInstance = answeredByAll(quick, quickMentors);
    Set<Object> slowSolves = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    AtomicBoolean interrupted = new AtomicBoolean();
    observe(event -> {
      if (event.getNewBestSolution().getCouncils().get(0).getId().equals(slow.getId())) {
        slowSolves.add(solve(event));
        if (interrupted.compareAndSet(false, true)) {
          // In the middle of the slow council's first solve, the other one takes the shared mentor (the
          // lead of both). If the slow one held his lock, this would wait for the slow one to commit.
          await(threads.submit(() -> runJobs(quickInstance)));
        }
      }
    });

    runJobs(slowInstance);

    assertThat(interrupted).isTrue();
    assertThat(status(quick)).isEqualTo(CouncilStatus.CONFIRMED);
    assertThat(selectedMentors(quick)).contains(shared.getId());
    assertThat(slowSolves).as("solves of the slow council: the second under the mentors' locks").hasSize(2);
    assertThat(status(slow)).isEqualTo(CouncilStatus.CONFIRMED);
    assertThat(selectedMentors(slow)).as("without the mentor the other council took")
        .containsExactlyInAnyOrder(mentors.get(1).getId(), mentors.get(2).getId(), mentors.get(3).getId());
  }

  @Test
  void twoCouncilsRacingForOneMentorBothGoAheadWithHimInOnlyOne() {
    List<Person> mentors = new ArrayList<>(mentors(5));
    mentors.add(mentor("Mentor F", "Europe/Dublin"));
    mentors.add(mentor("Mentor G", "Europe/Lisbon"));
    Person shared = mentors.get(0);
    List<Person> firstMentors = List.of(shared, mentors.get(1), mentors.get(2), mentors.get(3));
    List<Person> secondMentors = List.of(shared, mentors.get(4), mentors.get(5), mentors.get(6));
    CouncilSession first = request(mentee(), firstMentors, 3);
    CouncilSession second = request(mentee(), secondMentors, 3);
    List<ProcessInstance> instances = List.of(answeredByAll(first, firstMentors), answeredByAll(second, secondMentors));

    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<?>> selections = new ArrayList<>();
    for (ProcessInstance instance : instances) {
      selections.add(threads.submit((Callable<Void>) () -> {
        start.await(10, TimeUnit.SECONDS);
        runJobs(instance);
        return null;
      }));
    }
    selections.forEach(CouncilTimeSelectionTest::await);

    assertThat(List.of(status(first), status(second))).containsOnly(CouncilStatus.CONFIRMED);
    assertThat(List.of(selectedMentors(first), selectedMentors(second)))
        .as("the shared mentor sits in exactly one of the two councils at that hour")
        .filteredOn(selected -> selected.contains(shared.getId())).hasSize(1);
    assertThat(selectedMentors(first)).hasSizeGreaterThanOrEqualTo(3);
    assertThat(selectedMentors(second)).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void aMentorWhoCanComeOnlyAfterTheSnapshotMakesTheJobTryAgain() {
    List<Person> mentors = mentors(4);
    Person late = mentors.get(3);
    CouncilSession council = request(mentee(), mentors, 3);
    ProcessInstance instance = process(council);
    runJobs(instance);
    mentors.subList(0, 3).forEach(m -> answer(council, m, Map.of(0, Availability.AVAILABLE)));
    answer(council, late, Map.of(0, Availability.UNAVAILABLE));
    assertThat(instance).isWaitingAt("Task_SelectTime");
    AtomicBoolean changed = new AtomicBoolean();
    observe(event -> {
      if (changed.compareAndSet(false, true)) {
        // He changes his answer while the others are planned: his row was not locked, he is not a candidate.
        await(threads.submit(() -> answer(council, late, Map.of(0, Availability.AVAILABLE))));
      }
    });
    Job select = management.createJobQuery().processInstanceId(instance.getId()).activityId("Task_SelectTime")
        .singleResult();

    assertThatThrownBy(() -> management.executeJob(select.getId()))
        .hasStackTraceContaining("a mentor who could not come before can come now");

    Job again = management.createJobQuery().jobId(select.getId()).singleResult();
    assertThat(again.getRetries()).as("tries left").isEqualTo(2);
    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(status(council)).as("nothing of the failed try is kept").isEqualTo(CouncilStatus.COLLECTING_AVAILABILITY);
    assertThat(instance).isWaitingAt("Task_SelectTime");

    runJobs(instance);

    assertThat(status(council)).isEqualTo(CouncilStatus.CONFIRMED);
    assertThat(selectedMentors(council)).as("he is planned the next time").contains(late.getId()).hasSize(4);
  }

  /** Locks the mentors' and the council's rows in a transaction of its own, failing at once if they are locked. */
  private List<Integer> lockAtOnce(List<Person> mentors, CouncilSession council) {
    return new TransactionTemplate(transactionManager).execute(status -> List.of(
        jdbc.queryForList("select id from person where id in (?, ?, ?) for update nowait", UUID.class,
            mentors.get(0).getId(), mentors.get(1).getId(), mentors.get(2).getId()).size(),
        jdbc.queryForList("select id from council_session where id = ? for update nowait", UUID.class,
            council.getId()).size()));
  }

  /** Every mentor available at the first slot: the process waits at the time selection. */
  private ProcessInstance answeredByAll(CouncilSession council, List<Person> mentors) {
    ProcessInstance instance = process(council);
    runJobs(instance);
    mentors.forEach(m -> answer(council, m, Map.of(0, Availability.AVAILABLE)));
    assertThat(instance).isWaitingAt("Task_SelectTime");
    return instance;
  }

  /** Which solve an event is of: each solve plans fresh mentors (facts are not cloned, unlike entities). */
  private static Object solve(BestSolutionChangedEvent<CouncilSchedule> event) {
    return event.getNewBestSolution().getMentors().get(0);
  }

  private void observe(SolverEventListener<CouncilSchedule> observer) {
    observers.add(observer);
    solver.addObserver(observer);
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
