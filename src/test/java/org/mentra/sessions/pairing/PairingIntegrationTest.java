package org.mentra.sessions.pairing;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventRequest;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.mail.OutboundMessage;
import org.mentra.sessions.mail.OutboxDispatcher;
import org.mentra.sessions.mail.OutboxRepository;
import org.mentra.sessions.pairing.planning.domain.Interval;
import org.mentra.sessions.people.PeopleService;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRequest;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.domain.ChatRepository;
import org.mentra.sessions.pairing.domain.PairingMode;
import org.mentra.sessions.pairing.domain.RegistrationPreferences;
import org.mentra.sessions.pairing.domain.SupportRegistration;
import org.mentra.sessions.pairing.domain.SupportRegistrationRepository;

/**
 * What the paired-support tests share: their own people (unique emails), events on a clock of their
 * own, and running the jobs of their own processes only (the database is shared with every other test).
 */
abstract class PairingIntegrationTest extends IntegrationTest {

  /** "Now" at the start of each story; events start days later. */
  static final Instant NOW = Instant.parse("2031-05-01T12:00:00Z");

  @Autowired
  PeopleService peopleService;
  @Autowired
  EventService eventService;
  @Autowired
  AvailabilityService availabilityService;
  @Autowired
  RegistrationService registrationService;
  @Autowired
  CompatibilityService compatibilityService;
  @Autowired
  ChatSessionService chatSessionService;
  @Autowired
  ChatRepository chatRepository;
  @Autowired
  SupportRegistrationRepository registrationRepository;
  @Autowired
  OutboxRepository outbox;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  TaskService taskService;

  @Autowired
  OutboxDispatcher outboxDispatcher;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  /**
   * Sends this story's mail (to GreenMail) while its clock still stands: left pending, mail dated in the
   * stories' future would sit on top of the coordinators' outbox page that other tests read.
   */
  @AfterEach
  void sendTheMail() {
    outboxDispatcher.dispatchDue();
  }

  static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  Person counselor(String name, List<String> languages, List<String> expertise) {
    return person(name, Role.COUNSELOR, languages, List.of(), expertise);
  }

  Person counselor(String name) {
    return counselor(name, List.of("en"), List.of());
  }

  Person patient(String name, List<String> languages, List<String> topics) {
    return person(name, Role.PATIENT, languages, topics, List.of());
  }

  Person patient(String name) {
    return patient(name, List.of("en"), List.of());
  }

  private Person person(String name, Role role, List<String> languages, List<String> topics, List<String> expertise) {
    String email = name.toLowerCase().replace(' ', '.') + "." + run + "@pairing.test";
    return peopleService.create(new PersonRequest(name, email, "Europe/London", Set.copyOf(EnumSet.of(role)), null,
        topics, languages, expertise, 3, null));
  }

  Event event(String title, Instant start, Duration length, PairingMode mode) {
    return eventService.create(new EventRequest(title, null, null, "depression", EventKind.PAIRED_SUPPORT, null,
        offset(start), offset(start.plus(length)), "Europe/London", null, null, null, null, null, 60, mode.name(), null));
  }

  ProcessInstance supportEvent(Event event) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("support-event")
        .processInstanceBusinessKey(event.getId().toString()).singleResult();
  }

  ProcessInstance chatSession(Chat chat) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("chat-session")
        .processInstanceBusinessKey(chat.getId().toString()).singleResult();
  }

  void available(Event event, Person counselor, Instant from, Instant to) {
    availabilityService.setAvailability(event.getId(), counselor.getId(), List.of(new Interval(from, to)), null);
  }

  SupportRegistration register(Event event, Person patient, Instant from, Instant to) {
    return registrationService.register(event.getId(), patient.getId(), List.of(new Interval(from, to)),
        RegistrationPreferences.NONE, null);
  }

  void compatibility(Person patient, Person counselor, int score) {
    compatibilityService.setExplicit(patient.getId(), counselor.getId(), score, "test");
  }

  List<Chat> chats(Event event) {
    return chatRepository.findByEventIdOrderByStartsAt(event.getId());
  }

  Chat chatOf(Event event, Person patient) {
    return chats(event).stream().filter(c -> c.getPatientId().equals(patient.getId()) && c.isLive()).findFirst()
        .orElseThrow(() -> new AssertionError(patient.getDisplayName() + " has no live chat"));
  }

  List<OutboundMessage> mailTo(Person person) {
    return outbox.findByRecipientPersonIdOrderByCreatedAt(person.getId());
  }

  List<String> subjectsTo(Person person) {
    return mailTo(person).stream().map(OutboundMessage::getSubject).toList();
  }

  /**
   * Executes the due jobs of this event's processes (its support-event and its chats' chat-sessions)
   * until none is left, and returns how many ran. Other tests' jobs are left alone.
   */
  int runDueJobs(Event event) {
    int ran = 0;
    for (int round = 0; round < 200; round++) {
      List<String> instances = new ArrayList<>();
      ProcessInstance support = supportEvent(event);
      if (support != null) {
        instances.add(support.getId());
      }
      chats(event).stream().map(this::chatSession).filter(Objects::nonNull)
          .forEach(pi -> instances.add(pi.getId()));
      Job due = instances.isEmpty() ? null : instances.stream()
          .flatMap(id -> managementService.createJobQuery().processInstanceId(id).executable().list().stream())
          .findFirst().orElse(null);
      if (due == null) {
        return ran;
      }
      managementService.executeJob(due.getId());
      ran++;
    }
    throw new AssertionError("Jobs keep coming: a loop in the process?");
  }

  /** Moves the clock and runs what fell due. */
  int advanceTo(Instant instant, Event event) {
    at(instant);
    return runDueJobs(event);
  }

  static OffsetDateTime offset(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
