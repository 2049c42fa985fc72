package org.mentra.sessions.events.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventFormat;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventPrivacy;
import org.mentra.sessions.events.EventRequest;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.events.registration.domain.Registration;
import org.mentra.sessions.events.registration.domain.RegistrationRepository;
import org.mentra.sessions.mail.OutboundMessage;
import org.mentra.sessions.mail.OutboxRepository;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;

/** What the registration tests share: a fixed clock, people, group events, their processes and mail. */
abstract class RegistrationTest extends IntegrationTest {

  static final Instant NOW = Instant.parse("2031-06-01T09:00:00Z");
  static final Instant START = NOW.plus(Duration.ofDays(10));

  @Autowired
  EventService events;
  @Autowired
  EventRegistrationService registrations;
  @Autowired
  RegistrationRepository registrationRepository;
  @Autowired
  PersonRepository people;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  OutboxRepository outbox;
  @Autowired
  EventRegistrationProperties properties;
  @Autowired
  Clock clock;

  @BeforeEach
  void freezeClock() {
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  Person person(String name, Plan plan) {
    return people.save(TestPeople.person(name, "Europe/Berlin", Role.PATIENT, plan));
  }

  Person personWithLogin(String name, Plan plan, String userId) {
    Person person = TestPeople.person(name, "Europe/Berlin", Role.PATIENT, plan);
    person.setUserId(userId);
    return people.save(person);
  }

  Event groupEvent(Person host, int seats, boolean approval, Plan planRequired) {
    return groupEvent(host, seats, approval, planRequired, START);
  }

  Event groupEvent(Person host, int seats, boolean approval, Plan planRequired, Instant start) {
    return events.create(request("Mindful evening " + UUID.randomUUID().toString().substring(0, 6), host, seats,
        approval, planRequired, null, start));
  }

  Event groupEvent(Person host, int seats, EventPrivacy privacy) {
    return events.create(request("Closed circle " + UUID.randomUUID().toString().substring(0, 6), host, seats,
        false, null, privacy, START));
  }

  /** The request that creates (or, with the event's title, changes) a published online group event. */
  static EventRequest request(String title, Person host, int seats, boolean approval, Plan planRequired,
      EventPrivacy privacy, Instant start) {
    var at = start.atOffset(ZoneOffset.UTC);
    return new EventRequest(title, "Breathing together", null, null, EventKind.GROUP, EventFormat.VIRTUAL, at,
        at.plusHours(1), "Europe/Berlin", host.getId(), seats, privacy, planRequired, approval, null, null,
        EventStatus.PUBLISHED);
  }

  RegistrationOutcome register(Event event, Person person) {
    return registrations.register(event.getId(), person.getId(), properties.codeOfConductVersion());
  }

  Registration registrationOf(Event event, Person person) {
    return registrationRepository.findByEventIdAndPersonId(event.getId(), person.getId()).orElseThrow();
  }

  ProcessInstance processOf(Event event, Person person) {
    Registration registration = registrationOf(event, person);
    return runtime.createProcessInstanceQuery().processDefinitionKey(RegistrationProcess.PROCESS_KEY)
        .processInstanceBusinessKey(RegistrationProcess.businessKey(registration)).singleResult();
  }

  /** Runs the instance's jobs that are due now (not future timers), until none is left. */
  void runDueJobs(ProcessInstance instance) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs keep coming for " + instance.getId());
  }

  /** Moves the clock past the instance's earliest timer and runs everything due. */
  Instant fireNextTimer(ProcessInstance instance) {
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().orderByJobDuedate().asc()
        .listPage(0, 1).stream().findFirst().orElseThrow(() -> new AssertionError("No timer waits"));
    Instant due = timer.getDuedate().toInstant();
    ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));
    runDueJobs(instance);
    return due;
  }

  List<OutboundMessage> mails(Person person, String purpose) {
    return outbox.findByRecipientPersonIdOrderByCreatedAt(person.getId()).stream()
        .filter(m -> m.getPurpose().equals(purpose)).toList();
  }

  OutboundMessage mail(Person person, String purpose) {
    List<OutboundMessage> found = mails(person, purpose);
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " mails " + purpose + " to " + person.getEmail() + " among "
          + outbox.findByRecipientPersonIdOrderByCreatedAt(person.getId()).stream().map(OutboundMessage::getPurpose)
              .toList());
    }
    return found.get(0);
  }
}
