package org.mentra.sessions.events.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.registration.domain.Registration;
import org.mentra.sessions.events.registration.mail.RegistrationLetters;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.events.registration.domain.RegistrationStatus;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A hundred people registering for the last ten seats in the same instant, through the API, on real threads
 * against PostgreSQL: the event's row lock hands out seats and waitlist places one after the other.
 */
class RegistrationRaceTest extends RegistrationTest {

  private static final int SEATS = 15;
  private static final int TAKEN = 5;
  private static final int RACERS = 100;

  @Autowired
  TestRestTemplate http;
  @Autowired
  RegistrationLetters letters;
  @Autowired
  TransactionTemplate transactions;

  private final ExecutorService threads = Executors.newFixedThreadPool(RACERS);

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void aHundredForTheLastTenSeatsGiveTenConfirmedAndNinetyWaitlistedInArrivalOrder() throws Exception {
    Event event = groupEvent(person("Hana Host", Plan.PROFESSIONAL), SEATS, false, null);
    IntStream.range(0, TAKEN).forEach(i -> register(event, person("Early " + i, Plan.FREE)));
    List<Person> racers = IntStream.range(0, RACERS).mapToObj(i -> person("Racer " + i, Plan.FREE)).toList();

    CyclicBarrier start = new CyclicBarrier(RACERS);
    List<Future<HttpStatus>> answers = new ArrayList<>();
    for (Person racer : racers) {
      Callable<HttpStatus> call = () -> {
        start.await(30, TimeUnit.SECONDS);
        return register(event.getId().toString(), racer);
      };
      answers.add(threads.submit(call));
    }
    List<HttpStatus> statuses = new ArrayList<>();
    for (Future<HttpStatus> answer : answers) {
      statuses.add(answer.get(120, TimeUnit.SECONDS));
    }

    assertThat(statuses).containsOnly(HttpStatus.CREATED);
    List<Registration> all = registrationRepository.findByEventIdOrderByArrival(event.getId());
    List<Registration> raced = all.stream().filter(r -> racers.stream().anyMatch(p -> p.getId()
        .equals(r.getPersonId()))).toList();
    assertThat(raced).hasSize(RACERS);
    assertThat(all).extracting(Registration::getArrival).as("arrivals without gaps or doubles")
        .containsExactlyElementsOf(IntStream.rangeClosed(1, TAKEN + RACERS).boxed().toList());
    List<Registration> confirmed = raced.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)
        .toList();
    List<Registration> waitlisted = raced.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
        .toList();
    assertThat(confirmed).hasSize(SEATS - TAKEN);
    assertThat(waitlisted).hasSize(RACERS - SEATS + TAKEN);
    int lastSeat = confirmed.stream().mapToInt(Registration::getArrival).max().orElseThrow();
    assertThat(waitlisted).as("every seat went before any waitlist place")
        .allSatisfy(r -> assertThat(r.getArrival()).isGreaterThan(lastSeat));
    List<Integer> positions = waitlisted.stream().sorted(Comparator.comparingInt(Registration::getArrival))
        .map(r -> registrations.outcome(r, false).waitlistPosition()).toList();
    assertThat(positions).as("waitlist positions follow arrival")
        .containsExactlyElementsOf(IntStream.rangeClosed(1, RACERS - SEATS + TAKEN).boxed().toList());

    for (Person racer : racers) {
      ProcessInstance instance = processOf(event, racer);
      runDueJobs(instance);
      assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).as("incidents").isZero();
    }
    assertThat(racers.stream().filter(p -> mails(p, "confirmed").size() == 1).count()).isEqualTo(SEATS - TAKEN);
    assertThat(racers.stream().filter(p -> mails(p, "waitlisted").size() == 1).count())
        .isEqualTo(RACERS - SEATS + TAKEN);
  }

  @Test
  void confirmationLettersOfOneEventSentOnParallelThreadsEachCarryTheSharedInvite() throws Exception {
    Event event = groupEvent(person("Hana Host", Plan.PROFESSIONAL), 20, false, null);
    List<Person> guests = IntStream.range(0, 8).mapToObj(i -> person("Guest " + i, Plan.FREE)).toList();
    guests.forEach(guest -> register(event, guest));
    CyclicBarrier start = new CyclicBarrier(guests.size());
    List<Future<?>> sent = new ArrayList<>();
    for (Person guest : guests) {
      Registration registration = registrationOf(event, guest);
      sent.add(threads.submit(() -> {
        start.await(30, TimeUnit.SECONDS);
        // the job's transaction, as the engine runs the letter task
        return transactions.execute(status -> {
          letters.send(new MailStep("race-" + registration.getId(), "Task_SendConfirmation"), registration.getId(),
              RegistrationLetters.Letter.CONFIRMED, false, null);
          return null;
        });
      }));
    }
    for (Future<?> one : sent) {
      one.get(60, TimeUnit.SECONDS); // a lost race on the invite record would throw here
    }
    assertThat(guests).allSatisfy(guest -> assertThat(mails(guest, "confirmed")).singleElement()
        .satisfies(m -> assertThat(m.getAttachments()).hasSize(1)));
  }

  private HttpStatus register(String eventId, Person person) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = "{\"userId\": \"%s\", \"codeOfConductVersion\": \"%s\"}".formatted(person.getId(),
        properties.codeOfConductVersion());
    return HttpStatus.valueOf(http.withBasicAuth(TestUsers.COORDINATOR, TestUsers.COORDINATOR_PASSWORD)
        .postForEntity("/api/v1/events/" + eventId + "/register", new HttpEntity<>(body, headers), String.class)
        .getStatusCode().value());
  }
}
