package org.mentra.sessions.pairing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.mail.MailComposer;
import org.mentra.sessions.mail.MailStep;
import org.mentra.sessions.mail.Recipient;
import org.mentra.sessions.pairing.mail.PairingLetters.Waitlist;
import org.mentra.sessions.pairing.planning.PairingPlanner;
import org.mentra.sessions.pairing.planning.domain.Counselor;
import org.mentra.sessions.pairing.planning.domain.CounselorSeat;
import org.mentra.sessions.pairing.planning.domain.Interval;
import org.mentra.sessions.pairing.planning.domain.PairingPlan;
import org.mentra.sessions.pairing.planning.domain.PairingRequest;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.domain.ChatRepository;
import org.mentra.sessions.pairing.domain.ChatStatus;
import org.mentra.sessions.pairing.domain.Compatibility;
import org.mentra.sessions.pairing.domain.CompatibilityTable;
import org.mentra.sessions.pairing.domain.CounselorAvailability;
import org.mentra.sessions.pairing.domain.CounselorAvailabilityRepository;
import org.mentra.sessions.pairing.domain.RegistrationPreferences;
import org.mentra.sessions.pairing.domain.RegistrationStatus;
import org.mentra.sessions.pairing.domain.SupportRegistration;
import org.mentra.sessions.pairing.domain.SupportRegistrationRepository;

/**
 * Pairs the waiting patients of an event with free counselor seats, around the pairs already made
 * (pinned), and publishes the new pairs. Maps between the JPA entities and the planner's model.
 */
@Service
public class PairingService {

  private static final Logger log = LoggerFactory.getLogger(PairingService.class);

  private final SupportEvents events;
  private final SupportRegistrationRepository registrations;
  private final CounselorAvailabilityRepository availabilities;
  private final ChatRepository chats;
  private final CounselorSchedule schedule;
  private final CompatibilityService compatibility;
  private final PersonRepository people;
  private final PairingPlanner planner;
  private final ChatSessions chatSessions;
  private final MailComposer mail;
  private final PairingProperties properties;
  private final Clock clock;

  PairingService(SupportEvents events, SupportRegistrationRepository registrations,
      CounselorAvailabilityRepository availabilities, ChatRepository chats, CounselorSchedule schedule,
      CompatibilityService compatibility, PersonRepository people, PairingPlanner planner, ChatSessions chatSessions,
      MailComposer mail, PairingProperties properties, Clock clock) {
    this.events = events;
    this.registrations = registrations;
    this.availabilities = availabilities;
    this.chats = chats;
    this.schedule = schedule;
    this.compatibility = compatibility;
    this.people = people;
    this.planner = planner;
    this.chatSessions = chatSessions;
    this.mail = mail;
    this.properties = properties;
    this.clock = clock;
  }

  /** What a pairing run did. */
  public record Outcome(int newPairs, int stillWaiting, boolean signUpsClosed) {}

  /**
   * Pairs the waiting patients into free seats that start at least the minimum notice from now; the new
   * pairs are PLANNED (announced by {@link #publishPlanned}). Published pairs never move.
   */
  @Transactional
  public Outcome pair(UUID eventId) {
    Event event = events.get(eventId);
    boolean closed = events.signUpsClosed(event);
    List<SupportRegistration> waiting = registrations.findByEventIdAndStatusOrderByCreatedAt(eventId,
        RegistrationStatus.WAITING);
    if (!event.isPublished() || waiting.isEmpty()) {
      return new Outcome(0, waiting.size(), closed);
    }
    Instant now = clock.instant();
    List<CounselorSchedule.OpenSeat> open = schedule.openSeats(event, now.plus(properties.minimumRepairNotice()));
    List<Chat> live = chats.findByEventIdAndStatusIn(eventId, ChatStatus.LIVE);
    PlanningInput input = planningInput(event, waiting, live, open);
    PairingPlan solved = planner.solve(input.plan());
    List<PairingRequest> newPairs = solved.getRequests().stream()
        .filter(r -> !r.isPinned() && r.getSeat() != null).toList();
    // Bookings, hand-overs and pairings of one counselor take turns; a seat taken meanwhile is left for the next run.
    schedule.lockSeats(eventId, newPairs.stream().map(r -> r.getSeat().counselor().id()).toList());
    int paired = 0;
    for (PairingRequest request : newPairs) {
      if (plan(event, input.registrations().get(request.getRegistrationId()), request)) {
        paired++;
      }
    }
    log.info("Paired {} of {} waiting patients of event {} (score {})", paired, waiting.size(), eventId,
        solved.getScore());
    return new Outcome(paired, waiting.size() - paired, closed);
  }

  /** Announces the planned pairs: each becomes SCHEDULED (pinned) and gets its chat-session. */
  @Transactional
  public int publishPlanned(UUID eventId) {
    List<Chat> planned = chats.findByEventIdAndStatusIn(eventId, Set.of(ChatStatus.PLANNED));
    planned.forEach(chatSessions::publish);
    return planned.size();
  }

  /**
   * Tells each patient still waiting, kindly, that they are on the waitlist; once per stay on it (a
   * patient who waits again after a cancellation hears it again).
   */
  @Transactional
  public void tellWaiting(UUID eventId, MailStep step) {
    Event event = events.get(eventId);
    for (SupportRegistration registration : registrations.findByEventIdAndStatusOrderByCreatedAt(eventId,
        RegistrationStatus.WAITING)) {
      Person patient = people.getOrFail(registration.getPatientId());
      Recipient to = Recipient.of(patient);
      String since = registration.getWaitingSince().map(i -> Long.toString(i.getEpochSecond())).orElse("");
      mail.compose(step.key(to, "waitlist@" + since), to, new Waitlist(event));
    }
  }

  private boolean plan(Event event, SupportRegistration registration, PairingRequest request) {
    CounselorSeat seat = request.getSeat();
    UUID counselorId = seat.counselor().id();
    if (!registration.isWaiting() || !schedule.isFree(counselorId, seat.time())) {
      return false;
    }
    chatSessions.plan(event, registration, counselorId, seat.time(), request.compatibilityWith(seat.counselor()));
    return true;
  }

  private record PlanningInput(PairingPlan plan, Map<UUID, SupportRegistration> registrations) {}

  private PlanningInput planningInput(Event event, List<SupportRegistration> waiting, List<Chat> live,
      List<CounselorSchedule.OpenSeat> open) {
    Map<UUID, List<CounselorAvailability>> availabilityOf = availabilities.findByEventId(event.getId()).stream()
        .collect(Collectors.groupingBy(CounselorAvailability::getCounselorId));
    Set<UUID> counselorIds = new LinkedHashSet<>(availabilityOf.keySet());
    live.forEach(c -> counselorIds.add(c.getCounselorId()));
    Map<UUID, Person> counselorPeople = byId(people.findAllById(counselorIds));
    Map<UUID, SupportRegistration> registrationById = new HashMap<>();
    Set<UUID> patientIds = new HashSet<>();
    waiting.forEach(r -> {
      registrationById.put(r.getId(), r);
      patientIds.add(r.getPatientId());
    });
    live.forEach(c -> patientIds.add(c.getPatientId()));
    Map<UUID, Person> patientPeople = byId(people.findAllById(patientIds));
    Map<UUID, RegistrationPreferences> preferences = new HashMap<>();
    waiting.forEach(r -> preferences.put(r.getPatientId(), r.getPreferences()));
    CompatibilityTable table = compatibility.table(patientPeople.values(), counselorPeople.values(),
        event.getTheme().orElse(null), preferences);

    // Counselors as the planner sees them: available in their windows and in their own chats here,
    // busy in chats of other events.
    Map<UUID, List<Interval>> busyElsewhere = schedule.liveChats(List.copyOf(counselorIds),
        CounselorSchedule.eventWindow(event), event.getId());
    Map<UUID, Counselor> counselors = new HashMap<>();
    for (UUID id : counselorIds) {
      List<Interval> windows = new ArrayList<>();
      availabilityOf.getOrDefault(id, List.of()).forEach(a -> windows.addAll(a.windows()));
      live.stream().filter(c -> c.getCounselorId().equals(id)).forEach(c -> windows.add(c.time()));
      Person person = counselorPeople.get(id);
      counselors.put(id, new Counselor(id, person.getDisplayName(), Interval.merge(windows),
          busyElsewhere.getOrDefault(id, List.of()), Set.copyOf(person.getLanguages())));
    }
    List<CounselorSeat> seats = open.stream().map(s -> new CounselorSeat(counselors.get(s.counselorId()), s.time()))
        .toList();

    List<PairingRequest> requests = new ArrayList<>();
    for (Chat chat : live) {
      Person patient = patientPeople.get(chat.getPatientId());
      CounselorSeat seat = new CounselorSeat(counselors.get(chat.getCounselorId()), chat.time());
      requests.add(request(chat.getRegistrationId(), patient, List.of(chat.time()), null, table, List.of())
          .pinnedTo(seat));
    }
    for (SupportRegistration registration : waiting) {
      Person patient = patientPeople.get(registration.getPatientId());
      PairingRequest probe = request(registration.getId(), patient, registration.availability(),
          registration.getPreferredCounselorId().orElse(null), table, List.of());
      requests.add(request(registration.getId(), patient, registration.availability(),
          registration.getPreferredCounselorId().orElse(null), table, seats.stream().filter(probe::canTake).toList()));
    }
    PairingProperties.Solver solver = properties.solver();
    return new PlanningInput(new PairingPlan(seats, requests,
        PairingPlanner.weights(solver.preferredCounselorBonus(), solver.loadSpreadWeight())), registrationById);
  }

  private static PairingRequest request(UUID registrationId, Person patient, List<Interval> availability,
      UUID preferredCounselor, CompatibilityTable table, List<CounselorSeat> candidates) {
    Map<UUID, Compatibility> row = table.byPatient().getOrDefault(patient.getId(), Map.of());
    Set<UUID> blocked = row.entrySet().stream().filter(e -> e.getValue().blocked()).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
    return new PairingRequest(registrationId, patient.getId(), availability, Set.copyOf(patient.getLanguages()),
        blocked, table.scoresOf(patient.getId()), preferredCounselor, candidates);
  }

  private static Map<UUID, Person> byId(List<Person> persons) {
    return persons.stream().collect(Collectors.toMap(Person::getId, Function.identity()));
  }
}
