package org.mentra.sessions.events.registration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mentra.sessions.engine.Correlation;
import org.mentra.sessions.engine.MessageCorrelator;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.registration.domain.Registration;
import org.mentra.sessions.events.registration.domain.RegistrationRepository;
import org.mentra.sessions.events.registration.domain.RegistrationStatus;
import org.mentra.sessions.shared.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's seats: everything that takes or frees one runs under the event's row lock, so a hundred
 * people registering for the last ten seats at once get them one after the other, in arrival order; and a
 * freed seat is offered to the next in line in the same transaction that freed it.
 */
@Component
public class Seats {

  @PersistenceContext
  private EntityManager entityManager;

  private final EventService events;
  private final RegistrationRepository registrations;
  private final MessageCorrelator correlator;
  private final EventRegistrationProperties properties;
  private final Clock clock;

  Seats(EventService events, RegistrationRepository registrations, MessageCorrelator correlator,
      EventRegistrationProperties properties, Clock clock) {
    this.events = events;
    this.registrations = registrations;
    this.correlator = correlator;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Locks the event's row until the transaction ends and returns the event. A plain row lock without
   * joins (portable between PostgreSQL and H2); the event's own optimistic version is untouched.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Event lock(UUID eventId) {
    List<?> rows = entityManager.createNativeQuery("select id from event where id = :id for update")
        .setParameter("id", eventId).getResultList();
    if (rows.isEmpty()) {
      throw new NotFound("Event", eventId);
    }
    return events.get(eventId);
  }

  /** Whether a newcomer gets a seat: one is free and nobody waits for it. Under the lock. */
  boolean seatForNewcomer(Event event) {
    return free(event) > 0 && registrations.countByEventIdAndStatusIn(event.getId(),
        List.of(RegistrationStatus.WAITLISTED)) == 0;
  }

  /** The seats nobody holds; {@code Long.MAX_VALUE} without a limit. */
  long free(Event event) {
    return event.getMaxParticipants()
        .map(max -> Math.max(0, max - registrations.countByEventIdAndStatusIn(event.getId(),
            RegistrationStatus.HOLDING_A_SEAT)))
        .orElse(Long.MAX_VALUE);
  }

  /** The waitlist in its order: priority plans first, then by arrival. */
  List<Registration> waitlist(UUID eventId) {
    return registrations.findByEventIdAndStatusInOrderByArrival(eventId, List.of(RegistrationStatus.WAITLISTED))
        .stream().sorted(Registration.WAITLIST_ORDER).toList();
  }

  /**
   * Offers every free seat to the next in line, each held until the hold ends or the event starts, whichever
   * is first. Nothing once the event has started. Call it under the lock, after freeing a seat.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void offerFreeSeats(Event event) {
    Instant now = clock.instant();
    if (!now.isBefore(event.getStartsAt())) {
      return;
    }
    long free = free(event);
    for (Registration next : waitlist(event.getId())) {
      if (free-- <= 0) {
        return;
      }
      next.offer(holdEnds(event, now), now);
      correlator.correlateAfterCommit(Correlation.of(RegistrationProcess.Message.SEAT_OFFERED,
          RegistrationProcess.businessKey(next)));
    }
  }

  /** Until when an offer made now is held: the configured hold, shortened by the event's start. */
  Instant holdEnds(Event event, Instant now) {
    Instant full = now.plus(properties.waitlistHold());
    return full.isBefore(event.getStartsAt()) ? full : event.getStartsAt();
  }

  /** Whether an offer made at {@code offeredAt} lasting until {@code until} was shortened by the start. */
  boolean shortened(Instant offeredAt, Instant until) {
    return Duration.between(offeredAt, until).compareTo(properties.waitlistHold()) < 0;
  }
}
