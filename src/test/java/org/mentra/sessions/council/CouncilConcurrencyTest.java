package org.mentra.sessions.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.engine.MessageCorrelator;
import org.mentra.sessions.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilStatus;
import org.mentra.sessions.council.domain.MentorResponse;

/**
 * Real threads at the same instant: five mentors answering together, a double click, a click racing
 * a reminder timer. Nothing may raise an incident, lose an answer or send a mail twice.
 */
class CouncilConcurrencyTest extends CouncilIntegrationTest {

  @Autowired
  MessageCorrelator correlator;

  @Autowired
  private TestRestTemplate http;

  private final ExecutorService threads = Executors.newFixedThreadPool(5);

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
    mentors.subList(1, 3).forEach(m -> availability.answer(council.getId(), m.getId(), new MentorAnswer(
        List.of(new MentorAnswer.SlotAnswer(SLOTS.get(0), Availability.AVAILABLE)), null, null)));
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
    mentors.subList(0, 2).forEach(m -> availability.answer(council.getId(), m.getId(), new MentorAnswer(
        List.of(new MentorAnswer.SlotAnswer(SLOTS.get(0), Availability.AVAILABLE)), null, null)));
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
      mentors.forEach(m -> availability.answer(council.getId(), m.getId(), new MentorAnswer(
          List.of(new MentorAnswer.SlotAnswer(SLOTS.get(0), Availability.AVAILABLE)), null, null)));
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
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return HttpStatus.valueOf(http.postForEntity(link, new HttpEntity<>(form, headers), String.class)
        .getStatusCode().value());
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
