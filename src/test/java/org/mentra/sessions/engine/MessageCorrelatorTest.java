package org.mentra.sessions.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class MessageCorrelatorTest extends IntegrationTest {

  private static final ProcessMessage ANSWERED = () -> "TestAnswered";
  private static final ProcessVariable<String> PERSON = ProcessVariable.string("personId");

  @Autowired
  private MessageCorrelator correlator;

  @Autowired
  private PendingCorrelationRepository pending;

  @Autowired
  private RepositoryService repository;

  @Autowired
  private RuntimeService runtime;

  @Autowired
  private TransactionTemplate transaction;

  @Autowired
  private DataSource dataSource;

  @Test
  void aClickBeforeTheProcessWaitsIsKeptAndDeliveredOnceItWaits() {
    Instant now = Instant.parse("2026-04-01T10:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
    String key = TestProcesses.deploy(repository, "early-click", k -> TestProcesses.waitForMessage(k, "TestAnswered"));
    String businessKey = UUID.randomUUID().toString();
    ProcessInstance instance = runtime.startProcessInstanceByKey(key, businessKey);

    transaction.executeWithoutResult(s -> correlator.correlateAfterCommit(Correlation.of(ANSWERED, businessKey)));

    assertThat(instance).isWaitingAt("Task_Wait").isNotEnded();
    assertThat(pendingFor(businessKey)).hasSize(1);

    execute(job());
    ClockUtil.setCurrentTime(Date.from(now.plusSeconds(6)));
    correlator.deliverDue();

    assertThat(instance).isEnded();
    assertThat(pendingFor(businessKey)).singleElement()
        .satisfies(p -> assertThat(p.status()).isEqualTo(PendingCorrelation.Status.DELIVERED));
  }

  @Test
  void fivePeopleAnsweringInTheSameInstantAllLandWithoutIncident() throws Exception {
    String key = TestProcesses.deploy(repository, "parallel", k -> TestProcesses.waitInParallel(k, "TestAnswered"));
    String businessKey = UUID.randomUUID().toString();
    List<String> people = List.of("p1", "p2", "p3", "p4", "p5");
    ProcessInstance instance = runtime.startProcessInstanceByKey(key, businessKey, Map.of("people", people));

    CyclicBarrier together = new CyclicBarrier(people.size());
    ExecutorService threads = Executors.newFixedThreadPool(people.size());
    List<Future<?>> answers = new ArrayList<>();
    for (String person : people) {
      answers.add(threads.submit(() -> {
        together.await(10, TimeUnit.SECONDS);
        transaction.executeWithoutResult(s -> correlator.correlateAfterCommit(
            Correlation.of(ANSWERED, businessKey).where(PERSON, person)));
        return null;
      }));
    }
    for (Future<?> answer : answers) {
      answer.get(60, TimeUnit.SECONDS);
    }
    threads.shutdown();

    assertThat(instance).isEnded();
    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count())
        .isZero();
    assertThat(pendingFor(businessKey)).hasSize(5)
        .allSatisfy(p -> assertThat(p.status()).isEqualTo(PendingCorrelation.Status.DELIVERED));
  }

  @Test
  void inTheBackgroundTheCallerIsAnsweredBeforeTheProcessMovesOn() throws Exception {
    String key = TestProcesses.deploy(repository, "background", k -> TestProcesses.waitForMessage(k, "TestAnswered"));
    String businessKey = UUID.randomUUID().toString();
    ProcessInstance instance = runtime.startProcessInstanceByKey(key, businessKey);
    assertThat(instance).isWaitingAt("Task_Wait");
    execute(job()); // now it waits for the message
    ExecutorService caller = Executors.newSingleThreadExecutor();
    correlator.setDeliverInBackground(true);
    try (Connection lock = dataSource.getConnection()) {
      // While this lock is held the process cannot move on: a delivery in the caller's thread would keep it waiting.
      lock.setAutoCommit(false);
      try (PreparedStatement rows = lock.prepareStatement(
          "select ID_ from ACT_RU_EXECUTION where PROC_INST_ID_ = ? for update")) {
        rows.setString(1, instance.getId());
        rows.executeQuery().close();
      }
      caller.submit(() -> transaction.executeWithoutResult(s -> correlator.correlateAfterCommit(
          Correlation.of(ANSWERED, businessKey)))).get(30, TimeUnit.SECONDS);

      assertThat(instance).isWaitingAt("Task_Wait");
      assertThat(pendingFor(businessKey)).singleElement()
          .satisfies(p -> assertThat(p.status()).isEqualTo(PendingCorrelation.Status.PENDING));
      lock.rollback();
    } finally {
      correlator.setDeliverInBackground(false);
      caller.shutdown();
    }
    correlator.awaitBackgroundDeliveries(Duration.ofSeconds(30));

    assertThat(instance).isEnded();
    assertThat(pendingFor(businessKey)).singleElement()
        .satisfies(p -> assertThat(p.status()).isEqualTo(PendingCorrelation.Status.DELIVERED));
  }

  @Test
  void aMessageNobodyEverWaitsForExpires() {
    Instant now = Instant.parse("2026-04-01T10:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
    String businessKey = UUID.randomUUID().toString();

    transaction.executeWithoutResult(s -> correlator.correlateAfterCommit(
        Correlation.of(ANSWERED, businessKey).keptFor(Duration.ofMinutes(1))));
    ClockUtil.setCurrentTime(Date.from(now.plusSeconds(120)));
    correlator.deliverDue();

    assertThat(pendingFor(businessKey)).singleElement()
        .satisfies(p -> assertThat(p.status()).isEqualTo(PendingCorrelation.Status.EXPIRED));
  }

  @Test
  void aRolledBackCallerSendsNothing() {
    String businessKey = UUID.randomUUID().toString();
    try {
      transaction.executeWithoutResult(s -> {
        correlator.correlateAfterCommit(Correlation.of(ANSWERED, businessKey));
        throw new IllegalStateException("rolled back");
      });
    } catch (IllegalStateException expected) {
      // the caller failed
    }
    assertThat(pendingFor(businessKey)).isEmpty();
  }

  @Test
  void aValueThatWouldNotArriveAsItWasGivenIsRefusedAtOnce() {
    String businessKey = UUID.randomUUID().toString();
    ProcessVariable<Instant> when = ProcessVariable.instant("answeredAt");

    assertThatThrownBy(() -> transaction.executeWithoutResult(s -> correlator.correlateAfterCommit(
        Correlation.of(ANSWERED, businessKey).with(when, Instant.parse("2026-04-01T10:00:00Z")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("answeredAt");
    assertThat(pendingFor(businessKey)).isEmpty();

    transaction.executeWithoutResult(s -> correlator.correlateAfterCommit(Correlation.of(ANSWERED, businessKey)
        .where(PERSON, "p1").with(ProcessVariable.integer("round"), 2).with(ProcessVariable.bool("sure"), true)));
    assertThat(pendingFor(businessKey)).singleElement().satisfies(p -> {
      assertThat(p.localMatch()).isEqualTo(Map.of("personId", "p1"));
      assertThat(p.variables()).isEqualTo(Map.of("round", 2, "sure", true));
    });
  }

  @Test
  void correlateNowSaysWhetherAProcessTookTheMessage() {
    String key = TestProcesses.deploy(repository, "now", k -> TestProcesses.waitForMessage(k, "TestAnswered"));
    String businessKey = UUID.randomUUID().toString();
    ProcessInstance instance = runtime.startProcessInstanceByKey(key, businessKey);

    assertThat(correlator.correlateNow(Correlation.of(ANSWERED, businessKey))).as("not waiting yet").isFalse();
    execute(job(instance));
    assertThat(correlator.correlateNow(Correlation.of(ANSWERED, businessKey))).isTrue();
    assertThat(instance).isEnded();
  }

  @Test
  void aMessageThatFitsSeveralWaitingBranchesIsRefusedAtOnceNotGuessed() {
    String key = TestProcesses.deploy(repository, "ambiguous", k -> TestProcesses.waitInParallel(k, "TestAnswered"));
    String businessKey = UUID.randomUUID().toString();
    ProcessInstance instance = runtime.startProcessInstanceByKey(key, businessKey, Map.of("people", List.of("a", "b")));

    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> correlator.correlateNow(Correlation.of(ANSWERED, businessKey)))
        .isInstanceOf(MessageCorrelator.AmbiguousCorrelation.class);
    transaction.executeWithoutResult(s -> correlator.correlateAfterCommit(Correlation.of(ANSWERED, businessKey)));

    assertThat(pendingFor(businessKey)).singleElement()
        .satisfies(p -> assertThat(p.status()).isEqualTo(PendingCorrelation.Status.EXPIRED));
    assertThat(instance).isWaitingAt("Task_WaitForPerson");
  }

  private List<PendingCorrelation> pendingFor(String businessKey) {
    return pending.findAll().stream().filter(p -> businessKey.equals(p.businessKey())).toList();
  }
}
