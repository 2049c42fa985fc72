package org.mentra.sessions.pairing;

import org.mentra.sessions.shared.TimeRange;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.engine.Correlation;
import org.mentra.sessions.engine.MessageCorrelator;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.RegistrationEligibility;
import org.mentra.sessions.events.EventProperties;
import org.mentra.sessions.mail.MailComposer;
import org.mentra.sessions.mail.MailKey;
import org.mentra.sessions.mail.Recipient;
import org.mentra.sessions.pairing.mail.PairingLetters.RegistrationReceived;
import org.mentra.sessions.people.PeopleService;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.Role;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.shared.NotFound;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.Refused;
import org.mentra.sessions.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.mentra.sessions.pairing.domain.Chat;
import org.mentra.sessions.pairing.domain.ChatRepository;
import org.mentra.sessions.pairing.domain.ChatStatus;
import org.mentra.sessions.pairing.domain.PairingMode;
import org.mentra.sessions.pairing.domain.RegistrationPreferences;
import org.mentra.sessions.pairing.domain.RegistrationStatus;
import org.mentra.sessions.pairing.domain.SupportRegistration;
import org.mentra.sessions.pairing.domain.SupportRegistrationRepository;

/**
 * Patients signing up with the windows they can make (to be paired), and withdrawing. Booking an offer
 * of a self-select event is {@link SelfSelectService}'s, on the same registration.
 */
@Service
@RetryOnConflict
public class RegistrationService {

  private final SupportEvents events;
  private final List<RegistrationEligibility> rules;
  private final SupportRegistrationRepository registrations;
  private final ChatRepository chats;
  private final ChatSessionService chatSessionService;
  private final PeopleService peopleService;
  private final MessageCorrelator correlator;
  private final MailComposer mail;
  private final EventProperties eventProperties;
  private final PairingProperties properties;
  private final Clock clock;

  RegistrationService(SupportEvents events, SupportRegistrationRepository registrations, ChatRepository chats,
      ChatSessionService chatSessionService, PeopleService peopleService, MessageCorrelator correlator,
      MailComposer mail, EventProperties eventProperties, PairingProperties properties,
      List<RegistrationEligibility> rules, Clock clock) {
    this.rules = rules;
    this.events = events;
    this.registrations = registrations;
    this.chats = chats;
    this.chatSessionService = chatSessionService;
    this.peopleService = peopleService;
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
  public SupportRegistration register(UUID eventId, UUID patientId, List<TimeRange> availability,
      RegistrationPreferences preferences, UUID preferredCounselorId) {
    Person patient = eligiblePatient(patientId);
    Event event = openFor(eventId, patient);
    if (availability.isEmpty()) {
      throw InvalidInput.of("availability", "Give at least one window you can make.");
    }
    if (availability.stream().noneMatch(w -> w.length().compareTo(eventProperties.minimumSlotLength()) >= 0)) {
      throw InvalidInput.of("availability", "No window is long enough for a chat (at least "
          + eventProperties.minimumSlotLength().toMinutes() + " minutes).");
    }
    if (preferredCounselorId != null && !peopleService.get(preferredCounselorId).hasRole(Role.COUNSELOR)) {
      throw InvalidInput.of("preferredCounselorId", "This person is not a counselor.");
    }
    SupportRegistration registration = request(eventId, patientId, availability, preferences, preferredCounselorId);
    Recipient to = Recipient.of(patient);
    mail.compose(MailKey.of("registration-" + registration.getId(), "registered", to, "confirmation@"
        + clock.instant().getEpochSecond()), to, new RegistrationReceived(event,
        registration.availability(), properties.assignmentNotice().toHours()));
    if (events.settings(event).getPairingMode() == PairingMode.AUTOMATIC
        && !chats.findByEventIdAndStatusIn(eventId, ChatStatus.LIVE).isEmpty()) {
      correlator.correlateAfterCommit(Correlation.of(PairingMessage.PAIRING_REQUESTED, eventId.toString()));
    }
    return registration;
  }

  @Transactional(readOnly = true)
  public SupportRegistration registration(UUID registrationId) {
    return registrations.getOrFail(registrationId);
  }

  /** The patient withdraws; a chat they had is called off and its counselor's time offered to the waitlist. */
  @Transactional
  public void withdraw(UUID eventId, UUID patientId) {
    events.get(eventId);
    SupportRegistration registration = registrations.findByEventIdAndPatientId(eventId, patientId)
        .filter(r -> r.getStatus() != RegistrationStatus.CANCELLED)
        .orElseThrow(() -> new NotFound("Registration", patientId + " for event " + eventId));
    Optional<Chat> chat = chats.findByRegistrationIdAndStatusIn(registration.getId(), ChatStatus.LIVE);
    if (chat.isPresent()) {
      chatSessionService.cancel(chat.get().getId(), patientId);
    } else {
      registration.cancel();
    }
  }

  /**
   * The event, while this patient may sign up for it: open for sign-ups, and every other module's rule
   * agrees (a host's block, a confirmed email address), as for group events.
   */
  Event openFor(UUID eventId, Person patient) {
    Event event = events.getOpenForSignUps(eventId, patient);
    rules.forEach(rule -> rule.check(event, patient));
    return event;
  }

  /** The patient, when they may sign up for paired support: a patient whose sign-ups are not paused. */
  Person eligiblePatient(UUID patientId) {
    Person patient = peopleService.get(patientId);
    if (!patient.hasRole(Role.PATIENT)) {
      throw new Refused("patient-role-required", "Patients only",
          patient.getDisplayName() + " is not a patient; paired support chats are for patients.",
          Map.of("personId", patientId));
    }
    peopleService.ensureNotPaused(patient);
    return patient;
  }

  /**
   * The patient's one registration for the event (new, or the one they had), (re-)stating what they ask
   * for: they wait for a counselor. 409 while they have a chat in the event.
   */
  SupportRegistration request(UUID eventId, UUID patientId, List<TimeRange> availability,
      RegistrationPreferences preferences, UUID preferredCounselorId) {
    Instant now = clock.instant();
    SupportRegistration registration = registrations.findByEventIdAndPatientId(eventId, patientId)
        .orElseGet(() -> new SupportRegistration(eventId, patientId, now));
    if (registration.getStatus() == RegistrationStatus.PAIRED) {
      throw new Conflict("You already have a chat in this event. To change it, cancel it first.");
    }
    registration.request(availability, preferences, preferredCounselorId, now);
    return registrations.save(registration);
  }
}
