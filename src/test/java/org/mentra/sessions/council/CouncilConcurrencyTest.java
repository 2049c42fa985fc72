package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.engine.MessageCorrelator;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.shared.TimeRange;
import org.mentra.sessions.support.EngineRest;
import org.mentra.sessions.support.LoggedErrors;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilStatus;
import org.mentra.sessions.council.domain.MentorResponse;

/**
 * Real threads at the same instant: five mentors answering together, fifty clicks on one council, a double
 * click, a click racing a reminder timer and the deadline timer, two coordinators completing one task.
 * Nothing may raise an incident, lose an answer, mix two answers or send a mail twice.
 */
class CouncilConcurrencyTest extends CouncilIntegrationTest {

  @Autowired
  MessageCorrelator correlator;

  @Autowired
  private TestRestTemplate http;

  @Autowired
  private HistoryService history;

  @Autowired
  private JdbcTemplate jdbc;

  private final ExecutorService threads = Executors.newFixedThreadPool(50);

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void fiveMentorsAnsweringInTheSameSecond() throws Exception {
    List<Person> mentors = mentors(5);
    CouncilSession council = request(mentee(), mentors, 3);
    ProcessInstance instance = process(council);
    runJobs(instance);

    CyclicBarrier start = new CyclicBarrier(mentors.size());
    List<Callable<HttpStatus>> clicks = new ArrayList<>();
    for (Person mentor : mentors) {
      String link = link(council, mentor);
      clicks.add(() -> {
        start.await(10, TimeUnit.SECONDS);
        return post(link);
      });
    }
    List<HttpStatus> statuses = all(clicks);

    assertThat(statuses).containsOnly(HttpStatus.OK);
    mentors.forEach(m -> assertThat(response(council, m)).isEqualTo(MentorResponse.AVAILABLE));
    assertThat(instance).as("every answer reached its branch").isWaitingAt("Task_SelectTime");
    assertNothingFailed(instance);
    runJobs(instance);
    assertThat(selectedMentors(council)).hasSize(5);
    mentors.forEach(m -> assertThat(mails(m, "availability-request")).hasSize(1));
    mentors.forEach(m -> assertThat(mails(m, "confirmation")).hasSize(1));
  }

  @Test
  void aDoubleClickCountsOnce() throws Exception {
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee(), mentors, 3);
    ProcessInstance instance = process(council);
    runJobs(instance);
    String link = link(council, mentors.get(0));

    CyclicBarrier start = new CyclicBarrier(2);
    Callable<HttpStatus> click = () -> {
      start.await(10, TimeUnit.SECONDS);
      return post(link);
    };
    List<HttpStatus> statuses = all(List.of(click, click));

    assertThat(statuses).containsOnly(HttpStatus.OK);
    assertThat(response(council, mentors.get(0))).isEqualTo(MentorResponse.AVAILABLE);
    assertThat(runtime.createExecutionQuery().processInstanceId(instance.getId()).activityId("Task_WaitForAnswer")
        .count()).as("only the two others still wait").isEqualTo(2);
    assertNothingFailed(instance);
    answerYesToFirstSlot(council, mentors.subList(1, 3));
    runJobs(instance);
    assertThat(status(council)).isEqualTo(CouncilStatus.CONFIRMED);
  }

  @Test
  void aClickRacingTheReminderTimer() throws Exception {
    List<Person> mentors = mentors(3);
    Person racer = mentors.get(2);
    CouncilSession council = request(mentee(), mentors, 3);
    ProcessInstance instance = process(council);
    runJobs(instance);
    answerYesToFirstSlot(council, mentors.subList(0, 2));
    Job reminder = timers(instance, "Timer_FirstReminder", racer).get(0);
    ClockUtil.setCurrentTime(reminder.getDuedate());
    String link = link(council, racer);

    CyclicBarrier start = new CyclicBarrier(2);
    List<HttpStatus> statuses = all(List.of(
        () -> {
          start.await(10, TimeUnit.SECONDS);
          return post(link);
        },
        () -> {
          start.await(10, TimeUnit.SECONDS);
          try {
            management.executeJob(reminder.getId());
          } catch (RuntimeException lostTheRace) {
            // The click won: its transaction ended the branch (and deleted the timer) or the job retries.
          }
          return HttpStatus.OK;
        }));
    // A click whose delivery lost the race is kept and tried again by the poller (not running in tests)
    // after its back-off: a minute on, deliver what is due, as the poller would.
    ClockUtil.setCurrentTime(new Date(reminder.getDuedate().getTime() + 60_000));
    correlator.deliverDue();
    runJobs(instance);
    management.createJobQuery().processInstanceId(instance.getId()).timers().activityId("Timer_FirstReminder").list()
        .forEach(job -> management.executeJob(job.getId()));
    runJobs(instance);

    assertThat(statuses).containsOnly(HttpStatus.OK);
    assertThat(response(council, racer)).isEqualTo(MentorResponse.AVAILABLE);
    assertThat(mails(racer, "reminder-first")).hasSizeLessThanOrEqualTo(1);
    assertThat(mails(racer, "availability-request")).hasSize(1);
    assertNothingFailed(instance);
    assertThat(status(council)).isEqualTo(CouncilStatus.CONFIRMED);
  }

  @Test
  void twoCouncilsChoosingTheirTimeAtOnceNeverShareAMentor() throws Exception {
    List<Person> mentors = mentors(3);
    CouncilSession first = request(mentee(), mentors, 3);
    CouncilSession second = request(mentee(), mentors, 3);
    List<ProcessInstance> instances = List.of(process(first), process(second));
    instances.forEach(this::runJobs);
    for (CouncilSession council : List.of(first, second)) {
      answerYesToFirstSlot(council, mentors);
    }
    instances.forEach(instance -> assertThat(instance).isWaitingAt("Task_SelectTime"));

    CyclicBarrier start = new CyclicBarrier(2);
    List<Callable<HttpStatus>> selections = new ArrayList<>();
    for (ProcessInstance instance : instances) {
      Job select = management.createJobQuery().processInstanceId(instance.getId()).activityId("Task_SelectTime")
          .singleResult();
      selections.add(() -> {
        start.await(10, TimeUnit.SECONDS);
        management.executeJob(select.getId());
        return HttpStatus.OK;
      });
    }
    all(selections);

    // The three mentors can only come once at that hour: one council has them, the other needs a coordinator.
    assertThat(List.of(status(first), status(second)))
        .containsExactlyInAnyOrder(CouncilStatus.CONFIRMED, CouncilStatus.NEEDS_COORDINATOR);
    instances.forEach(this::assertNothingFailed);
  }

  @Test
  void fiftyClicksOnOneCouncilFiveMentorsTenEachCountOnceAndKeepOneWholeAnswer() throws Exception {
    List<Person> mentors = mentors(5);
    CouncilSession council = request(mentee(), mentors, 3);
    ProcessInstance instance = process(council);
    runJobs(instance);
    int clicksEach = 10;

    CyclicBarrier start = new CyclicBarrier(mentors.size() * clicksEach);
    List<Callable<HttpStatus>> clicks = new ArrayList<>();
    for (Person mentor : mentors) {
      String link = link(council, mentor);
      for (int k = 0; k < clicksEach; k++) {
        MultiValueMap<String, String> form = mixedAnswer(k);
        clicks.add(() -> {
          start.await(30, TimeUnit.SECONDS);
          return post(link, form);
        });
      }
    }
    List<HttpStatus> statuses = all(clicks);
    // A delivery that lost its race more often than it retries at once waits for the poller: deliver as it would.
    ClockUtil.setCurrentTime(Date.from(NOW.plusSeconds(60)));
    correlator.deliverDue();

    // Answers may change until the deadline: every click is taken, one after the other under the mentor's row lock.
    assertThat(statuses).containsOnly(HttpStatus.OK);
    for (Person mentor : mentors) {
      CouncilMentor stored = inTransaction(council, c -> c.mentor(mentor.getId()).orElseThrow());
      String note = stored.getConflictNote().orElseThrow();
      int k = Integer.parseInt(note.substring("click ".length()));
      MultiValueMap<String, String> sent = mixedAnswer(k);
      for (int slot = 0; slot < SLOTS.size(); slot++) {
        assertThat(stored.answerFor(SLOTS.get(slot)).map(Enum::name)).as("%s slot %d: one whole answer, the one of %s",
            mentor.getDisplayName(), slot, note).hasValue(sent.getFirst("slot-" + slot));
      }
      assertThat(stored.getResponse()).isEqualTo(MentorResponse.AVAILABLE);
    }
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("Task_WaitForAnswer").finished().count()).as("each mentor's branch told once").isEqualTo(5);
    assertThat(jdbc.queryForObject("select count(*) from pending_correlation where business_key = ?", Long.class,
        council.getId().toString())).as("one message per mentor, the first answer's").isEqualTo(5);
    assertThat(jdbc.queryForObject("select count(*) from pending_correlation where business_key = ? and status <> ?",
        Long.class, council.getId().toString(), "DELIVERED")).as("every message delivered").isZero();
    assertThat(instance).isWaitingAt("Task_SelectTime");
    assertNothingFailed(instance);
    runJobs(instance);
    assertThat(status(council)).isEqualTo(CouncilStatus.CONFIRMED);
    assertThat(confirmedStart(council)).as("slot 0 is the one every click says yes to").isEqualTo(SLOTS.get(0));
    mentors.forEach(m -> assertThat(mails(m, "availability-request")).hasSize(1));
    mentors.forEach(m -> assertThat(mails(m, "confirmation")).hasSize(1));
    assertNothingFailed(instance);
  }

  @Test
  void aClickRacingTheDeadlineTimerEitherCountsOrIsTooLateNeverBoth() throws Exception {
    List<Person> mentors = mentors(3);
    Person racer = mentors.get(2);
    CouncilSession council = request(mentee(), mentors, 3);
    ProcessInstance instance = process(council);
    runJobs(instance);
    answerYesToFirstSlot(council, mentors.subList(0, 2));
    Job deadline = timers(instance, "Timer_ResponseDeadline", racer).get(0);
    // A second before the deadline: the click is still in time on the clock, the timer fires now.
    ClockUtil.setCurrentTime(new Date(deadline.getDuedate().getTime() - 1_000));
    String link = link(council, racer);

    CyclicBarrier start = new CyclicBarrier(2);
    List<ResponseEntity<String>> answers = new ArrayList<>();
    List<Callable<HttpStatus>> racers = List.of(
        () -> {
          start.await(10, TimeUnit.SECONDS);
          ResponseEntity<String> answer = postForEntity(link, mixedAnswer(0));
          synchronized (answers) {
            answers.add(answer);
          }
          return HttpStatus.valueOf(answer.getStatusCode().value());
        },
        () -> {
          start.await(10, TimeUnit.SECONDS);
          try {
            management.executeJob(deadline.getId());
          } catch (RuntimeException lostTheRace) {
            // The click's message ended the branch first (and deleted the timer with it).
          }
          return HttpStatus.OK;
        });
    HttpStatus click = all(racers).get(0);
    ClockUtil.setCurrentTime(new Date(deadline.getDuedate().getTime() + 60_000));
    correlator.deliverDue();
    runJobs(instance);

    MentorResponse response = response(council, racer);
    String page = answers.get(0).getBody();
    if (click == HttpStatus.OK) {
      assertThat(page).contains("Your answer is saved");
      assertThat(response).as("the answer counts").isEqualTo(MentorResponse.AVAILABLE);
      assertThat(status(council)).isEqualTo(CouncilStatus.CONFIRMED);
    } else {
      assertThat(click).as(page).isIn(HttpStatus.GONE, HttpStatus.CONFLICT);
      assertThat(page).contains("deadline").doesNotContain("Exception", "Your answer is saved");
      assertThat(response).as("too late, and not taken").isEqualTo(MentorResponse.NO_RESPONSE);
      assertThat(status(council)).as("two of three is below the minimum").isEqualTo(CouncilStatus.NEEDS_COORDINATOR);
    }
    System.out.printf("The click racing the deadline timer: %s, the mentor %s%n", click, response);
    assertThat(timers(instance, "Timer_ResponseDeadline", racer)).as("the deadline fired or was cancelled").isEmpty();
    assertNothingFailed(instance);
  }

  @Test
  void twoCoordinatorsCompletingOneTaskAtOnceOneWinsTheOtherIsToldAndNothingHappensTwice() throws Exception {
    TestUsers.ensureSecondCoordinator(processEngine.getIdentityService());
    Person mentee = mentee();
    List<Person> mentors = mentors(3);
    CouncilSession council = request(mentee, mentors, 3);
    ProcessInstance instance = process(council);
    runJobs(instance);
    Instant proposed = Instant.parse("2026-05-14T15:00:00Z");
    for (int i = 0; i < 3; i++) {
      Map<Integer, Availability> answers = new HashMap<>(all(Availability.UNAVAILABLE));
      answers.put(i, Availability.AVAILABLE);
      availability.answer(council.getId(), mentors.get(i).getId(), new MentorAnswer(answers.entrySet().stream()
          .map(e -> new MentorAnswer.SlotAnswer(SLOTS.get(e.getKey()), e.getValue())).toList(), null,
          List.of(TimeRange.starting(proposed, Duration.ofHours(1)))));
    }
    runJobs(instance);
    assertThat(instance).isWaitingAt("UserTask_ResolveCoordination");
    String task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    Map<String, Object> confirm = Map.of("decision", "confirm", "chosenSlot", proposed.toString(),
        "chosenMentorIds", mentors.stream().map(m -> m.getId().toString()).toList());

    CyclicBarrier start = new CyclicBarrier(2);
    List<ResponseEntity<String>> answers = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Callable<HttpStatus>> coordinators = new ArrayList<>();
    for (EngineRest coordinator : List.of(EngineRest.asCoordinator(http), EngineRest.as(http,
        TestUsers.SECOND_COORDINATOR, TestUsers.SECOND_COORDINATOR_PASSWORD))) {
      coordinators.add(() -> {
        start.await(10, TimeUnit.SECONDS);
        ResponseEntity<String> answer = coordinator.submitTaskForm(task, confirm);
        answers.add(answer);
        return HttpStatus.valueOf(answer.getStatusCode().value());
      });
    }
    List<HttpStatus> statuses;
    List<String> errors;
    try (LoggedErrors logged = LoggedErrors.capture()) {
      statuses = all(coordinators);
      errors = logged.lines();
    }
    runJobs(instance);

    assertThat(statuses).as("%s", answers).containsOnlyOnce(HttpStatus.NO_CONTENT);
    ResponseEntity<String> lost = answers.stream().filter(a -> a.getStatusCode().value() != 204).findFirst()
        .orElseThrow();
    // 400 as for any refused form (Tasklist shows the message), or 404 when the task was gone before the lookup.
    assertThat(lost.getStatusCode().value()).as(lost.getBody()).isIn(400, 404);
    assertThat(EngineRest.message(lost)).as("the loser is told, in words")
        .doesNotContain("ENGINE-", "Exception", "org.")
        .containsAnyOf("no longer waiting for a coordinator", "Cannot find task");
    assertThat(errors).as("a lost race is not an error").isEmpty();
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("UserTask_ResolveCoordination").finished().count()).isEqualTo(1);
    assertThat(status(council)).isEqualTo(CouncilStatus.CONFIRMED);
    assertThat(confirmedStart(council)).isEqualTo(proposed);
    assertThat(mails(mentee, "confirmation")).as("one confirmation, not two").hasSize(1);
    mentors.forEach(m -> assertThat(mails(m, "confirmation")).hasSize(1));
    assertNothingFailed(instance);
  }

  /**
   * Click {@code k} of a mentor: yes to slot 0 (so every answer makes the council possible), the two others
   * mixed yes, maybe and no by {@code k}, and a note naming the click, so the stored answer shows which it was.
   */
  private static MultiValueMap<String, String> mixedAnswer(int k) {
    Availability[] answers = Availability.values();
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("slot-0", Availability.AVAILABLE.name());
    form.add("slot-1", answers[k % 3].name());
    form.add("slot-2", answers[(k / 3) % 3].name());
    form.add("alternative-0", "");
    form.add("note", "click " + k);
    return form;
  }

  /** These mentors answer through the service, each available at the first proposed slot only. */
  private void answerYesToFirstSlot(CouncilSession council, List<Person> mentors) {
    mentors.forEach(m -> availability.answer(council.getId(), m.getId(), new MentorAnswer(
        List.of(new MentorAnswer.SlotAnswer(SLOTS.get(0), Availability.AVAILABLE)), null, null)));
  }

  private void assertNothingFailed(ProcessInstance instance) {
    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).as("incidents").isZero();
    assertThat(management.createJobQuery().processInstanceId(instance.getId()).withException().count())
        .as("failed jobs").isZero();
  }

  private String link(CouncilSession council, Person mentor) {
    String url = inTransaction(council, c -> links.slotAnswer(c, mentor.getId(), 0));
    return url.substring(url.indexOf("/r/"));
  }

  /** The page's form as a browser posts it: slot 0 available, the others not, no proposals. */
  private HttpStatus post(String link) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("slot-0", "AVAILABLE");
    form.add("slot-1", "UNAVAILABLE");
    form.add("slot-2", "UNAVAILABLE");
    form.add("alternative-0", "");
    form.add("note", "");
    return post(link, form);
  }

  private HttpStatus post(String link, MultiValueMap<String, String> form) {
    return HttpStatus.valueOf(postForEntity(link, form).getStatusCode().value());
  }

  private ResponseEntity<String> postForEntity(String link, MultiValueMap<String, String> form) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return http.postForEntity(link, new HttpEntity<>(form, headers), String.class);
  }

  private List<HttpStatus> all(List<Callable<HttpStatus>> calls) throws Exception {
    List<Future<HttpStatus>> futures = new ArrayList<>();
    calls.forEach(call -> futures.add(threads.submit(call)));
    List<HttpStatus> results = new ArrayList<>();
    for (Future<HttpStatus> future : futures) {
      results.add(future.get(60, TimeUnit.SECONDS));
    }
    return results;
  }
}
