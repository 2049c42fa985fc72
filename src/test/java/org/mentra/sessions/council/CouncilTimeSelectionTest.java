package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import ai.timefold.solver.core.api.solver.event.BestSolutionChangedEvent;
import ai.timefold.solver.core.api.solver.event.SolverEventListener;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
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
 * The time selection solves on a snapshot and holds nothing while it solves: no transaction, no
 * connection, no lock. A council confirmed meanwhile with one of its mentors makes it solve again,
 * so nobody is ever double-booked.
 */
class CouncilTimeSelectionTest extends CouncilIntegrationTest {

  @Autowired
  CouncilSolver solver;
  @Autowired
  TimeSelection timeSelection;
  @Autowired
  DataSource dataSource;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ExternalTaskService externalTaskService;

  private final List<SolverEventListener<CouncilSchedule>> observers = new ArrayList<>();
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    observers.forEach(solver::removeObserver);
    threads.shutdownNow();
  }

  @Test
  void theSolveRunsWithoutATransactionOrAConnection() {
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee(), mentors, 3);
    ProcessInstance instance = answeredByAll(council, mentors);
    List<Boolean> inTransaction = new CopyOnWriteArrayList<>();
    List<Integer> activeConnections = new CopyOnWriteArrayList<>();
    observe(event -> {
      inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
      activeConnections.add(pool().getHikariPoolMXBean().getActiveConnections());
    });

    runJobs(instance);

    assertThat(status(council)).isEqualTo(CouncilStatus.CONFIRMED);
    assertThat(inTransaction).as("seen from inside the solve").isNotEmpty().containsOnly(false);
    // Nothing else runs in tests (no job executor, no pollers): the solve is the only thing going on.
    assertThat(activeConnections).as("connections taken from the pool during the solve").containsOnly(0);
    assertThat(mails(mentors.get(0), "confirmation")).as("through the outbox, after the commit").hasSize(1);
  }

  @Test
  void solvingInsideATransactionIsRefused() {
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee(), mentors, 3);
    answeredByAll(council, mentors);

    assertThatThrownBy(() -> new TransactionTemplate(transactionManager).execute(status ->
        timeSelection.solve(timeSelection.snapshot(councilRepository.getOrFail(council.getId())))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside any transaction");
  }

  @Test
  void aCouncilConfirmedWithItsMentorDuringTheSolveMakesItSolveAgain() throws Exception {
    List<Person> mentors = mentors(3);
    CouncilSession slow = request(mentee(), mentors, 3);
    CouncilSession quick = request(mentee(), mentors, 3);
    ProcessInstance slowInstance = answeredByAll(slow, mentors);
    ProcessInstance quickInstance = answeredByAll(quick, mentors);
    Set<Object> slowSolves = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    AtomicBoolean interrupted = new AtomicBoolean();
    observe(event -> {
      boolean ofSlow = event.getNewBestSolution().getCouncils().stream().anyMatch(c -> c.getId().equals(slow.getId()))
          && event.getNewBestSolution().getCouncils().stream().noneMatch(c -> c.isPinned());
      if (event.getNewBestSolution().getCouncils().get(0).getId().equals(slow.getId())) {
        slowSolves.add(solve(event));
      }
      if (ofSlow && interrupted.compareAndSet(false, true)) {
        // In the middle of the slow council's solve, the other one takes the mentors. If the slow one
        // held their locks, this would wait until the time-out.
        await(threads.submit(() -> runJobs(quickInstance)));
      }
    });

    runJobs(slowInstance);

    assertThat(interrupted).isTrue();
    assertThat(status(quick)).isEqualTo(CouncilStatus.CONFIRMED);
    assertThat(status(slow)).as("solved again, with the mentors taken").isEqualTo(CouncilStatus.NEEDS_COORDINATOR);
    assertThat(slowSolves).as("solves of the slow council").hasSize(2);
    assertThat(selectedMentors(slow)).isEmpty();
    assertThat(slowInstance).isWaitingAt("UserTask_ResolveCoordination");
  }

  @Test
  void twoCouncilsRacingForOneMentorBothGoAheadWithHimInOnlyOne() throws Exception {
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
  void aSnapshotThatChangesDuringEverySolveIsTriedAgainLaterWithoutAnIncident() {
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee(), mentors, 3);
    ProcessInstance instance = answeredByAll(council, mentors);
    List<String> zones = List.of("Europe/Paris", "Europe/Rome", "Europe/Vienna", "Europe/Oslo");
    List<Object> solves = new CopyOnWriteArrayList<>();
    observe(event -> {
      if (solves.stream().noneMatch(seen -> seen == solve(event))) {
        solves.add(solve(event));
        // Someone edits a mentor's profile meanwhile: another zone, another snapshot.
        await(threads.submit(() -> jdbc.update("update person set time_zone = ? where id = ?",
            zones.get(solves.size() - 1), mentors.get(1).getId())));
      }
    });

    runJobs(instance);

    assertThat(solves).as("solves, one per attempt").hasSize(CouncilProperties.defaults().solver().attempts());
    ExternalTask task = externalTaskService.createExternalTaskQuery().processInstanceId(instance.getId())
        .singleResult();
    assertThat(task.getRetries()).as("tries left").isEqualTo(2);
    assertThat(task.getErrorMessage()).contains("changed during each of 3 time selections");
    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(status(council)).isNotIn(CouncilStatus.CONFIRMED, CouncilStatus.NEEDS_COORDINATOR);
    assertThat(instance).isWaitingAt("Task_SelectTime");
  }

  private HikariDataSource pool() {
    try {
      return dataSource.unwrap(HikariDataSource.class);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
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

  private static void await(Future<?> future) {
    try {
      future.get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
