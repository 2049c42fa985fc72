package org.mentra.sessions.council;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.mentra.sessions.mail.OutboundMessage;
import org.mentra.sessions.mail.OutboxRepository;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Plan;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.support.IntegrationTest;
import org.mentra.sessions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.mentra.sessions.council.domain.Availability;
import org.mentra.sessions.council.domain.CouncilMentor;
import org.mentra.sessions.council.domain.CouncilSession;
import org.mentra.sessions.council.domain.CouncilSessionRepository;
import org.mentra.sessions.council.domain.CouncilStatus;
import org.mentra.sessions.council.domain.MentorResponse;
import org.mentra.sessions.shared.TimeRange;
import org.mentra.sessions.council.web.CouncilLinks;

/**
 * What the council's integration tests share: a fixed "now" on the engine clock, people with unique
 * emails, a council requested through the service, and driving its process by running its jobs
 * and firing its timers (nothing runs in the background in tests).
 */
abstract class CouncilIntegrationTest extends IntegrationTest {

  /** Monday 4 May 2026, 08:00 UTC. */
  static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
  /** Three proposed slots the next week (all start after the deadline plus the notice period). */
  static final List<Instant> SLOTS = List.of(Instant.parse("2026-05-11T14:00:00Z"),
      Instant.parse("2026-05-12T14:00:00Z"), Instant.parse("2026-05-13T14:00:00Z"));

  @Autowired
  PersonRepository people;
  @Autowired
  CouncilService councils;
  @Autowired
  CouncilSessionRepository councilRepository;
  @Autowired
  CouncilAvailabilityService availability;
  @Autowired
  OutboxRepository outbox;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  CouncilLinks links;
  @Autowired
  PlatformTransactionManager transactionManager;

  @BeforeEach
  void startOfTheWeek() {
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  Person mentee() {
    return people.save(TestPeople.person("Jordan Mentee", "Europe/London", Role.PATIENT, Plan.COUNCIL));
  }

  Person mentor(String name, String zone) {
    Person mentor = TestPeople.person(name, zone, Role.MENTOR, Plan.PROFESSIONAL);
    mentor.setExpertise(List.of("burnout", "career"));
    mentor.setSeniority(3);
    return people.save(mentor);
  }

  /** Four mentors in four zones. */
  List<Person> mentors(int count) {
    List<String> zones = List.of("Europe/Berlin", "Africa/Lagos", "Asia/Kolkata", "America/New_York", "Europe/Madrid");
    List<Person> mentors = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      mentors.add(mentor("Mentor " + (char) ('A' + i), zones.get(i)));
    }
    return mentors;
  }

  /** A council asking exactly these mentors (as many places as mentors, so matching adds nobody). */
  CouncilSession request(Person mentee, List<Person> mentors, int minimum) {
    return request(mentee, mentors, minimum, SLOTS);
  }

  CouncilSession request(Person mentee, List<Person> mentors, int minimum, List<Instant> slotStarts) {
    List<TimeRange> slots = slotStarts.stream().map(s -> new TimeRange(s, s.plusSeconds(3600))).toList();
    return councils.request(new CouncilRequest(mentee.getId(), "Burnout and a career change", "Find my footing again",
        "How did you recover?", slots, mentors.stream().map(Person::getId).toList(), mentors.get(0).getId(),
        minimum, mentors.size()), "test");
  }

  ProcessInstance process(CouncilSession council) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(council.getId().toString()).singleResult();
  }

  /** Runs every due asynchronous continuation of the process, until none is left (timers stay). */
  void runJobs(ProcessInstance instance) {
    for (int round = 0; round < 200; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).messages().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("The process keeps creating jobs");
  }

  /** Moves the clock to the timer's due date and fires it (for one mentor's branch when given), then runs the jobs. */
  void fireTimer(ProcessInstance instance, String activityId, Person mentor) {
    List<Job> timers = timers(instance, activityId, mentor);
    if (timers.isEmpty()) {
      throw new AssertionError("No timer " + activityId + (mentor == null ? "" : " for " + mentor.getDisplayName()));
    }
    for (Job timer : timers) {
      if (timer.getDuedate().toInstant().isAfter(ClockUtil.now().toInstant())) {
        ClockUtil.setCurrentTime(timer.getDuedate());
      }
      management.executeJob(timer.getId());
    }
    runJobs(instance);
  }

  void fireTimer(ProcessInstance instance, String activityId) {
    fireTimer(instance, activityId, null);
  }

  List<Job> timers(ProcessInstance instance, String activityId, Person mentor) {
    return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers().list()
        .stream()
        .filter(job -> mentor == null
            || mentor.getId().toString().equals(runtime.getVariable(job.getExecutionId(), "mentorId")))
        .toList();
  }

  /** A mentor's answer through the service (the same path as the one-click page and the API). */
  void answer(CouncilSession council, Person mentor, Map<Integer, Availability> bySlot) {
    List<MentorAnswer.SlotAnswer> answers = bySlot.entrySet().stream()
        .map(e -> new MentorAnswer.SlotAnswer(inTransaction(council, c -> c.getProposedSlots().get(e.getKey()).start()),
            e.getValue()))
        .toList();
    availability.answer(council.getId(), mentor.getId(), new MentorAnswer(answers, null, null));
  }

  /** Reads the council with its mentors in a transaction (its collections load lazily). */
  <T> T inTransaction(CouncilSession council, Function<CouncilSession, T> read) {
    return new TransactionTemplate(transactionManager)
        .execute(status -> read.apply(councilRepository.findById(council.getId()).orElseThrow()));
  }

  CouncilStatus status(CouncilSession council) {
    return inTransaction(council, CouncilSession::getStatus);
  }

  Instant confirmedStart(CouncilSession council) {
    return inTransaction(council, c -> c.confirmedSlot().orElseThrow().start());
  }

  List<java.util.UUID> selectedMentors(CouncilSession council) {
    return inTransaction(council, c -> c.selectedMentors().stream().map(CouncilMentor::getMentorId).toList());
  }

  MentorResponse response(CouncilSession council, Person mentor) {
    return inTransaction(council, c -> c.mentor(mentor.getId()).orElseThrow().getResponse());
  }

  /** The mails to a person whose purpose starts with the given text, oldest first. */
  List<OutboundMessage> mails(Person person, String purpose) {
    return outbox.findByRecipientPersonIdOrderByCreatedAt(person.getId()).stream()
        .filter(m -> m.getPurpose().startsWith(purpose)).toList();
  }

  /** The coordinators' mails about this council. */
  List<OutboundMessage> coordinatorMails(CouncilSession council, String purpose) {
    return outbox.findAll().stream()
        .filter(m -> m.getRecipientPersonId().isEmpty() && m.getPurpose().startsWith(purpose)
            && m.getTextBody().contains(council.getId().toString()))
        .toList();
  }

  static Map<Integer, Availability> all(Availability answer) {
    return Map.of(0, answer, 1, answer, 2, answer);
  }
}
