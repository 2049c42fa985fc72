package org.mentra.sessions.events.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.mentra.sessions.engine.Correlation;
import org.mentra.sessions.engine.MessageCorrelator;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventKind;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.EventStatus;
import org.mentra.sessions.events.PlanLimits;
import org.mentra.sessions.events.registration.domain.GroupEventPublication;
import org.mentra.sessions.events.registration.domain.GroupEventPublicationRepository;
import org.mentra.sessions.events.registration.domain.Registration;
import org.mentra.sessions.events.registration.domain.RegistrationRepository;
import org.mentra.sessions.events.registration.domain.RegistrationStatus;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.people.PersonRepository;
import org.mentra.sessions.retry.RetryOnConflict;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.NotFound;
import org.mentra.sessions.shared.TimeRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering for a group event and everything that moves a registration afterwards: cancelling, an offer
 * accepted, declined or lapsed, the coordinators' approval. Each runs under the event's lock ({@link Seats}),
 * and whatever frees a seat offers it to the next in line in the same transaction.
 */
@Service
@RetryOnConflict
public class EventRegistrationService {

  private final EventService events;
  private final Seats seats;
  private final Eligibility eligibility;
  private final PlanLimits plans;
  private final RegistrationRepository registrations;
  private final GroupEventPublicationRepository publications;
  private final PersonRepository people;
  private final RuntimeService runtime;
  private final MessageCorrelator correlator;
  private final EventRegistrationProperties properties;
  private final Clock clock;

  EventRegistrationService(EventService events, Seats seats, Eligibility eligibility, PlanLimits plans,
      RegistrationRepository registrations,
      GroupEventPublicationRepository publications, PersonRepository people, RuntimeService runtime,
      MessageCorrelator correlator, EventRegistrationProperties properties, Clock clock) {
    this.events = events;
    this.seats = seats;
    this.eligibility = eligibility;
    this.plans = plans;
    this.registrations = registrations;
    this.publications = publications;
    this.people = people;
    this.runtime = runtime;
    this.correlator = correlator;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Registers the person: a seat (or a seat held for the approval), else the waitlist. A person who holds or
   * waits for a place already gets where they stand; after a cancellation or a decline they enter anew, at
   * the end of the line. Starts the registration's process.
   */
  @Transactional
  public RegistrationOutcome register(UUID eventId, UUID personId, String codeOfConductVersion) {
    Event event = seats.lock(eventId);
    Instant now = clock.instant();
    if (event.getKind() != EventKind.GROUP) {
      throw new Conflict("'" + event.getTitle() + "' is not a group event.");
    }
    if (!event.isPublished()) {
      throw new Conflict("'" + event.getTitle() + "' is " + event.getStatus().name().toLowerCase(Locale.ROOT)
          + ": registration is closed.");
    }
    if (!now.isBefore(event.getStartsAt())) {
      throw new Conflict("'" + event.getTitle() + "' has started: registration is closed.");
    }
    Person person = people.getOrFail(personId);
    Optional<Registration> existing = registrations.findByEventIdAndPersonId(eventId, personId);
    if (existing.filter(r -> r.getStatus().isActive()).isPresent()) {
      return outcome(existing.get(), false);
    }
    eligibility.check(event, person, codeOfConductVersion);
    RegistrationStatus status = !seats.seatForNewcomer(event) ? RegistrationStatus.WAITLISTED
        : event.isRequiresApproval() ? RegistrationStatus.PENDING_APPROVAL : RegistrationStatus.CONFIRMED;
    Registration registration = existing.orElseGet(() -> new Registration(eventId, personId, now));
    registration.arrive(registrations.lastArrival(eventId) + 1, priority(event, person, now), status, now);
    registrations.save(registration);
    startProcess(event, registration);
    return outcome(registration, true);
  }

  /** The person cancels: their seat (or offer) goes to the next in line, and their process ends. */
  @Transactional
  public void cancel(UUID eventId, UUID personId) {
    Event event = seats.lock(eventId);
    Registration registration = registrations.findByEventIdAndPersonId(eventId, personId)
        .filter(r -> r.getStatus().isActive())
        .orElseThrow(() -> new NotFound("Registration", personId + " for event " + eventId));
    if (!clock.instant().isBefore(event.getStartsAt())) {
      throw new Conflict("'" + event.getTitle() + "' has started; a registration can no longer be cancelled.");
    }
    boolean heldASeat = registration.getStatus().holdsASeat();
    registration.cancel(clock.instant());
    endProcess(registration);
    if (heldASeat) {
      seats.offerFreeSeats(event);
    }
  }

  /** The event was cancelled: every registration ends (its process tells the person). */
  @Transactional
  public void eventCancelled(UUID eventId) {
    seats.lock(eventId);
    registrations.findByEventIdAndStatusInOrderByArrival(eventId, RegistrationStatus.ACTIVE).forEach(r -> {
      boolean confirmed = r.getStatus() == RegistrationStatus.CONFIRMED;
      r.cancel(clock.instant());
      correlator.correlateAfterCommit(Correlation.of(RegistrationProcess.Message.EVENT_CALLED_OFF,
          RegistrationProcess.businessKey(r)).with(RegistrationProcess.WAS_CONFIRMED, confirmed));
    });
  }

  /**
   * The event changed: a larger capacity offers its new seats to the waitlist; a new time moves the
   * confirmed registrations' reminders and feedback request (their processes read the time again).
   */
  @Transactional
  public void eventChanged(UUID eventId, boolean timeChanged) {
    Event event = seats.lock(eventId);
    if (event.getKind() == EventKind.GROUP && event.getStatus() == EventStatus.PUBLISHED) {
      seats.offerFreeSeats(event);
      if (timeChanged) {
        registrations.findByEventIdAndStatusInOrderByArrival(eventId, List.of(RegistrationStatus.CONFIRMED))
            .forEach(r -> correlator.correlateAfterCommit(Correlation.of(RegistrationProcess.Message.EVENT_RESCHEDULED,
                RegistrationProcess.businessKey(r))));
      }
    }
  }

  /** The event's time as it stands, for a registration's timers. */
  @Transactional(readOnly = true)
  public TimeRange eventTime(UUID eventId) {
    Event event = events.get(eventId);
    return new TimeRange(event.getStartsAt(), event.getEndsAt());
  }

  /** When the event was published (the priority window starts then); its room is the event's own. */
  @Transactional
  public void published(UUID eventId) {
    if (!publications.existsById(eventId)) {
      publications.save(new GroupEventPublication(eventId, clock.instant()));
    }
  }

  /**
   * The person takes the seat offered to them (a one-click link): it is theirs, or held for the approval
   * when the event asks for one. Refused once the hold has ended.
   */
  @Transactional
  public Registration acceptOffer(UUID registrationId) {
    Registration registration = registrations.getOrFail(registrationId);
    Event event = seats.lock(registration.getEventId());
    if (registration.getStatus() != RegistrationStatus.OFFERED) {
      throw new Conflict("There is no seat offered to you for '" + event.getTitle() + "' any more (your "
          + "registration is " + registration.getStatus().name().toLowerCase(Locale.ROOT) + ").");
    }
    if (!registration.hasOpenOfferAt(clock.instant())) {
      throw new Conflict("The seat for '" + event.getTitle() + "' was held until "
          + registration.getOfferedUntil().orElseThrow() + "; it has gone to the next in line.");
    }
    registration.seat(event.isRequiresApproval() ? RegistrationStatus.PENDING_APPROVAL
        : RegistrationStatus.CONFIRMED, clock.instant());
    correlator.correlateAfterCommit(Correlation.of(RegistrationProcess.Message.OFFER_ACCEPTED,
        RegistrationProcess.businessKey(registration)));
    return registration;
  }

  /** The person lets the offered seat go: it passes to the next in line. */
  @Transactional
  public Registration declineOffer(UUID registrationId) {
    Registration registration = registrations.getOrFail(registrationId);
    Event event = seats.lock(registration.getEventId());
    if (registration.getStatus() != RegistrationStatus.OFFERED) {
      throw new Conflict("There is no seat offered to you for '" + event.getTitle() + "' any more.");
    }
    registration.decline(clock.instant());
    seats.offerFreeSeats(event);
    correlator.correlateAfterCommit(Correlation.of(RegistrationProcess.Message.OFFER_DECLINED,
        RegistrationProcess.businessKey(registration)));
    return registration;
  }

  /**
   * The hold ended (the diagram's timer): the seat passes to the next in line. False when the person took it
   * in the last moment (the registration is no longer offered), so the process goes on with the seat.
   */
  @Transactional
  public boolean lapseOffer(UUID registrationId) {
    Registration registration = registrations.getOrFail(registrationId);
    Event event = seats.lock(registration.getEventId());
    if (registration.getStatus() != RegistrationStatus.OFFERED) {
      return !registration.getStatus().holdsASeat();
    }
    registration.decline(clock.instant());
    seats.offerFreeSeats(event);
    return true;
  }

  /** The coordinators' decision on a registration that holds a seat for it; a refusal frees the seat. */
  @Transactional
  public boolean decideApproval(UUID registrationId, boolean approved) {
    Registration registration = registrations.getOrFail(registrationId);
    Event event = seats.lock(registration.getEventId());
    if (registration.getStatus() != RegistrationStatus.PENDING_APPROVAL) {
      throw new Conflict("The registration is " + registration.getStatus() + ", not waiting for approval.");
    }
    if (approved) {
      registration.seat(RegistrationStatus.CONFIRMED, clock.instant());
    } else {
      registration.decline(clock.instant());
      seats.offerFreeSeats(event);
    }
    return approved;
  }

  /** Until when the seat offered to the registration is held. */
  @Transactional(readOnly = true)
  public Instant offeredUntil(UUID registrationId) {
    return registrations.getOrFail(registrationId).getOfferedUntil().orElseThrow(() -> new IllegalStateException(
        "Registration " + registrationId + " has no seat offered"));
  }

  /** Where the registration stands now, with its waitlist position. */
  @Transactional(readOnly = true)
  public RegistrationOutcome outcome(Registration registration, boolean created) {
    return new RegistrationOutcome(registration.getId(), registration.getStatus(),
        waitlistPosition(registration).orElse(null), created);
  }

  /** 1 for the next in line; empty unless waitlisted. */
  Optional<Integer> waitlistPosition(Registration registration) {
    if (registration.getStatus() != RegistrationStatus.WAITLISTED) {
      return Optional.empty();
    }
    List<Registration> line = seats.waitlist(registration.getEventId());
    for (int i = 0; i < line.size(); i++) {
      if (line.get(i).getId().equals(registration.getId())) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }

  /** Plans with priority registration ({@link PlanLimits#hasPriority}) registering within the window after publication. */
  private boolean priority(Event event, Person person, Instant now) {
    if (!plans.hasPriority(person.getPlan())) {
      return false;
    }
    Instant published = publications.findById(event.getId()).map(GroupEventPublication::getPublishedAt)
        .orElse(event.getCreatedAt());
    return now.isBefore(published.plus(properties.priorityWindow()));
  }

  private void startProcess(Event event, Registration registration) {
    Map<String, Object> variables = new HashMap<>();
    RegistrationProcess.REGISTRATION_ID.putInto(variables, registration.getId());
    RegistrationProcess.EVENT_ID.putInto(variables, event.getId());
    RegistrationProcess.PERSON_ID.putInto(variables, registration.getPersonId());
    RegistrationProcess.ENTERED.putInto(variables, switch (registration.getStatus()) {
      case CONFIRMED -> "seated";
      case PENDING_APPROVAL -> "seatedPendingApproval";
      default -> "waitlisted";
    });
    RegistrationProcess.NEEDS_APPROVAL.putInto(variables, event.isRequiresApproval());
    RegistrationProcess.EVENT_START.putInto(variables, event.getStartsAt());
    RegistrationProcess.EVENT_END.putInto(variables, event.getEndsAt());
    RegistrationProcess.OFFER_ROUND.putInto(variables, 0);
    runtime.createProcessInstanceByKey(RegistrationProcess.PROCESS_KEY)
        .businessKey(RegistrationProcess.businessKey(registration))
        .setVariables(variables)
        .execute();
  }

  private void endProcess(Registration registration) {
    correlator.correlateAfterCommit(Correlation.of(RegistrationProcess.Message.REGISTRATION_CANCELLED,
        RegistrationProcess.businessKey(registration)));
  }
}
