package org.mentra.sessions.pairing;

import org.mentra.sessions.shared.TimeRange;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.people.PeopleService;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.InvalidInput;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.domain.Compatibility;
import org.mentra.sessions.pairing.domain.CompatibilityTable;
import org.mentra.sessions.pairing.domain.PairingMode;
import org.mentra.sessions.pairing.domain.RegistrationPreferences;
import org.mentra.sessions.pairing.domain.SupportRegistration;
import org.mentra.sessions.pairing.domain.SupportRegistrationRepository;

/** Self-select events: the free seats a patient may pick from, and booking one, which confirms it at once. */
@Service
@RetryOnConflict
public class SelfSelectService {

  private final SupportEvents events;
  private final RegistrationService registrations;
  private final SupportRegistrationRepository registrationRepository;
  private final CounselorSchedule schedule;
  private final CompatibilityService compatibility;
  private final ChatSessions chatSessions;
  private final PeopleService peopleService;
  private final PersonRepository people;
  private final PairingProperties properties;
  private final Clock clock;

  SelfSelectService(SupportEvents events, RegistrationService registrations,
      SupportRegistrationRepository registrationRepository, CounselorSchedule schedule,
      CompatibilityService compatibility, ChatSessions chatSessions, PeopleService peopleService,
      PersonRepository people, PairingProperties properties, Clock clock) {
    this.events = events;
    this.registrations = registrations;
    this.registrationRepository = registrationRepository;
    this.schedule = schedule;
    this.compatibility = compatibility;
    this.chatSessions = chatSessions;
    this.peopleService = peopleService;
    this.people = people;
    this.properties = properties;
    this.clock = clock;
  }

  /** A free seat for one patient, as the seed's table shows it: name, time slot, compatibility. */
  public record Offer(UUID counselorId, String name, Instant start, Instant end, int compatibility, List<String> reasons) {}

  /** The free (counselor, slot) this patient can take, best compatibility first. */
  @Transactional(readOnly = true)
  public List<Offer> offers(UUID eventId, UUID patientId) {
    Person patient = peopleService.get(patientId);
    Event event = events.getOpenForSignUps(eventId, patient);
    if (events.settings(event).getPairingMode() != PairingMode.SELF_SELECT) {
      throw new Conflict("This event pairs automatically; it has no offers to choose from.");
    }
    return offers(event, patient);
  }

  /**
   * Books one offer and confirms it at once (the chat is published and announced). Two patients racing
   * for the same offer: one wins, the other gets 409.
   */
  @Transactional
  public Chat book(UUID eventId, UUID patientId, UUID counselorId, Instant start) {
    Person patient = registrations.eligiblePatient(patientId);
    Event event = registrations.openFor(eventId, patient);
    if (events.settings(event).getPairingMode() != PairingMode.SELF_SELECT) {
      throw InvalidInput.of("counselorId", "This event pairs automatically: sign up with the times you can "
          + "make instead.");
    }
    // The counselor's seats are taken one booking at a time: the second of two racing bookings waits here.
    schedule.lockSeats(eventId, List.of(counselorId));
    Offer offer = offers(event, patient).stream()
        .filter(o -> o.counselorId().equals(counselorId) && o.start().equals(start))
        .findFirst()
        .orElseThrow(() -> new Conflict("This time is no longer free. Please pick another offer."));
    TimeRange time = new TimeRange(offer.start(), offer.end());
    SupportRegistration registration = registrations.request(eventId, patientId, List.of(time),
        RegistrationPreferences.NONE, counselorId);
    Chat chat;
    try {
      chat = chatSessions.plan(event, registration, counselorId, time, offer.compatibility());
    } catch (DataIntegrityViolationException e) {
      throw new Conflict("Someone else just booked this time. Please pick another offer.");
    }
    chatSessions.publish(chat);
    return chat;
  }

  private List<Offer> offers(Event event, Person patient) {
    List<CounselorSchedule.OpenSeat> seats = schedule.openSeats(event, clock.instant()
        .plus(properties.assignmentNotice()));
    Map<UUID, Person> counselors = people.findAllById(seats.stream().map(CounselorSchedule.OpenSeat::counselorId)
        .distinct().toList()).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
    RegistrationPreferences preferences = registrationRepository.findByEventIdAndPatientId(event.getId(),
        patient.getId()).map(SupportRegistration::getPreferences).orElse(RegistrationPreferences.NONE);
    CompatibilityTable table = compatibility.table(List.of(patient), counselors.values(),
        event.getTheme().orElse(null), Map.of(patient.getId(), preferences));
    return seats.stream()
        .filter(s -> table.of(patient.getId(), s.counselorId()).pairable())
        .map(s -> {
          Compatibility c = table.of(patient.getId(), s.counselorId());
          return new Offer(s.counselorId(), counselors.get(s.counselorId()).getDisplayName(), s.time().start(),
              s.time().end(), c.score(), c.reasons());
        })
        .sorted(Comparator.comparingInt(Offer::compatibility).reversed().thenComparing(Offer::start)
            .thenComparing(Offer::name))
        .toList();
  }
}
