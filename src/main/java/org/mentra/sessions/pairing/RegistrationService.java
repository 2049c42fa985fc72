package org.mentra.sessions.pairing;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentra.sessions.engine.Correlation;
import org.mentra.sessions.engine.MessageCorrelator;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventProperties;
import org.mentra.sessions.events.PairingMode;
import org.mentra.sessions.mail.MailComposer;
import org.mentra.sessions.mail.MailKey;
import org.mentra.sessions.mail.Recipient;
import org.mentra.sessions.meeting.MeetingRoomProvider;
import org.mentra.sessions.pairing.planning.domain.Interval;
import org.mentra.sessions.people.PeopleService;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.web.ApiException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Patients signing up: with their windows (to be paired), or by booking an offer (self-select). */
@Service
class RegistrationService {

  private final SupportEvents events;
  private final SupportRegistrationRepository registrations;
  private final CounselorAvailabilityRepository availabilities;
  private final ChatRepository chats;
  private final CounselorSchedule schedule;
  private final CompatibilityService compatibility;
  private final ChatSessionService chatSessionService;
  private final ChatSessions chatSessions;
  private final PeopleService peopleService;
  private final PersonRepository people;
  private final MeetingRoomProvider meetingRooms;
  private final MessageCorrelator correlator;
  private final MailComposer mail;
  private final EventProperties eventProperties;
  private final PairingProperties properties;
  private final Clock clock;

  RegistrationService(SupportEvents events, SupportRegistrationRepository registrations,
      CounselorAvailabilityRepository availabilities, ChatRepository chats, CounselorSchedule schedule,
      CompatibilityService compatibility, ChatSessionService chatSessionService, ChatSessions chatSessions,
      PeopleService peopleService, PersonRepository people, MeetingRoomProvider meetingRooms,
      MessageCorrelator correlator, MailComposer mail, EventProperties eventProperties, PairingProperties properties,
      Clock clock) {
    this.events = events;
    this.registrations = registrations;
    this.availabilities = availabilities;
    this.chats = chats;
    this.schedule = schedule;
    this.compatibility = compatibility;
    this.chatSessionService = chatSessionService;
    this.chatSessions = chatSessions;
    this.peopleService = peopleService;
    this.people = people;
    this.meetingRooms = meetingRooms;
    this.correlator = correlator;
    this.mail = mail;
    this.eventProperties = eventProperties;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Signs the patient up with the windows they can make (or updates them while they wait). If the event
   * was already paired early, the newcomer is paired into free capacity around the published pairs.
   */
  @Transactional
  public SupportRegistration register(UUID eventId, UUID patientId, List<Interval> availability,
      RegistrationPreferences preferences, UUID preferredCounselorId) {
    Person patient = eligiblePatient(patientId);
    Event event = events.getOpenForSignUps(eventId, patient);
    if (availability.isEmpty()) {
      throw ApiException.invalid("availability", "Give at least one window you can make.");
    }
    if (availability.stream().noneMatch(w -> w.length().compareTo(eventProperties.minimumSlotLength()) >= 0)) {
      throw ApiException.invalid("availability", "No window is long enough for a chat (at least "
          + eventProperties.minimumSlotLength().toMinutes() + " minutes).");
    }
    if (preferredCounselorId != null && !peopleService.get(preferredCounselorId).hasRole(Role.COUNSELOR)) {
      throw ApiException.invalid("preferredCounselorId", "This person is not a counselor.");
    }
    Instant now = clock.instant();
    SupportRegistration registration = registrations.findByEventIdAndPatientId(eventId, patientId)
        .orElseGet(() -> new SupportRegistration(eventId, patientId, now));
    if (registration.getStatus() == RegistrationStatus.PAIRED) {
      throw ApiException.conflict("You already have a chat in this event. To change it, cancel it first.");
    }
    registration.request(availability, preferences, preferredCounselorId, now);
    registrations.save(registration);
    Recipient to = Recipient.of(patient);
    mail.compose(MailKey.of("registration-" + registration.getId(), "registered", to, "confirmation@"
        + now.getEpochSecond()), to, "pairing/registration-received", Map.of("event", event,
        "windows", registration.availability(), "noticeHours", properties.assignmentNotice().toHours()));
    if (event.getPairingMode().orElseThrow() == PairingMode.AUTOMATIC
        && !chats.findByEventIdAndStatusIn(eventId, ChatStatus.LIVE).isEmpty()) {
      correlator.correlateAfterCommit(Correlation.of(PairingMessage.PAIRING_REQUESTED, eventId.toString()));
    }
    return registration;
  }

  /**
   * Self-select: books one offer and confirms it at once (the chat is published and announced). Two
   * patients racing for the same offer: one wins, the other gets 409.
   */
  @Transactional
  public Chat book(UUID eventId, UUID patientId, UUID counselorId, Instant start) {
    Person patient = eligiblePatient(patientId);
    Event event = events.getOpenForSignUps(eventId, patient);
    if (event.getPairingMode().orElseThrow() != PairingMode.SELF_SELECT) {
      throw ApiException.invalid("counselorId", "This event pairs automatically: sign up with the times you can "
          + "make instead.");
    }
    // The counselor's seats are taken one booking at a time: the second of two racing bookings waits here.
    availabilities.lockByEventIdAndCounselorId(eventId, counselorId)
        .orElseThrow(() -> ApiException.conflict("This counselor has no time in this event."));
    Offer offer = offers(event, patient).stream()
        .filter(o -> o.counselorId().equals(counselorId) && o.start().equals(start))
        .findFirst()
        .orElseThrow(() -> ApiException.conflict("This time is no longer free. Please pick another offer."));
    Instant now = clock.instant();
    SupportRegistration registration = registrations.findByEventIdAndPatientId(eventId, patientId)
        .orElseGet(() -> new SupportRegistration(eventId, patientId, now));
    if (registration.getStatus() == RegistrationStatus.PAIRED) {
      throw ApiException.conflict("You already have a chat in this event. To change it, cancel it first.");
    }
    Interval time = new Interval(offer.start(), offer.end());
    registration.request(List.of(time), RegistrationPreferences.NONE, counselorId, now);
    registration.paired();
    registrations.save(registration);
    UUID chatId = UUID.randomUUID();
    Chat chat = new Chat(chatId, eventId, registration.getId(), patientId, counselorId, time, offer.compatibility(),
        meetingRooms.createRoom("chat-" + chatId, "Support chat: " + event.getTitle()).url(), ChatStatus.PLANNED, now);
    try {
      chats.saveAndFlush(chat);
    } catch (DataIntegrityViolationException e) {
      throw ApiException.conflict("Someone else just booked this time. Please pick another offer.");
    }
    chatSessions.publish(chat);
    return chat;
  }

  @Transactional(readOnly = true)
  public SupportRegistration registration(UUID registrationId) {
    return registrations.findById(registrationId).orElseThrow(() -> ApiException.notFound("Registration",
        registrationId));
  }

  /** The patient withdraws; a chat they had is called off and its counselor's time offered to the waitlist. */
  @Transactional
  public void withdraw(UUID eventId, UUID patientId) {
    events.get(eventId);
    SupportRegistration registration = registrations.findByEventIdAndPatientId(eventId, patientId)
        .filter(r -> r.getStatus() != RegistrationStatus.CANCELLED)
        .orElseThrow(() -> ApiException.notFound("Registration", patientId + " for event " + eventId));
    Optional<Chat> chat = chats.findByRegistrationIdAndStatusIn(registration.getId(), ChatStatus.LIVE);
    if (chat.isPresent()) {
      chatSessionService.cancel(chat.get().getId(), patientId);
    } else {
      registration.cancel();
    }
  }

  /** A free seat for one patient, as the seed's table shows it: name, time slot, compatibility. */
  record Offer(UUID counselorId, String name, Instant start, Instant end, int compatibility, List<String> reasons) {}

  /** Self-select: the free (counselor, slot) this patient can take, best compatibility first. */
  @Transactional(readOnly = true)
  public List<Offer> offers(UUID eventId, UUID patientId) {
    Person patient = peopleService.get(patientId);
    Event event = events.getOpenForSignUps(eventId, patient);
    if (event.getPairingMode().orElseThrow() != PairingMode.SELF_SELECT) {
      throw ApiException.conflict("This event pairs automatically; it has no offers to choose from.");
    }
    return offers(event, patient);
  }

  private List<Offer> offers(Event event, Person patient) {
    List<CounselorSchedule.OpenSeat> seats = schedule.openSeats(event, clock.instant()
        .plus(properties.assignmentNotice()));
    Map<UUID, Person> counselors = people.findAllById(seats.stream().map(CounselorSchedule.OpenSeat::counselorId)
        .distinct().toList()).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
    RegistrationPreferences preferences = registrations.findByEventIdAndPatientId(event.getId(), patient.getId())
        .map(SupportRegistration::getPreferences).orElse(RegistrationPreferences.NONE);
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

  private Person eligiblePatient(UUID patientId) {
    Person patient = peopleService.get(patientId);
    if (!patient.hasRole(Role.PATIENT)) {
      throw ApiException.notAllowed("patient-role-required", "Patients only",
          patient.getDisplayName() + " is not a patient; paired support chats are for patients.",
          Map.of("personId", patientId));
    }
    peopleService.ensureNotPaused(patient);
    return patient;
  }
}
