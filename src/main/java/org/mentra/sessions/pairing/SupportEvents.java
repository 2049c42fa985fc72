package org.mentra.sessions.pairing;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.mail.LocalTimes;
import org.mentra.sessions.people.Person;
import org.mentra.sessions.shared.Conflict;
import org.springframework.stereotype.Component;
import org.mentra.sessions.pairing.domain.SupportEventSettings;
import org.mentra.sessions.pairing.domain.SupportEventSettingsRepository;

/** The paired support events themselves: finding one, its settings, and its deadlines from configuration. */
@Component
public class SupportEvents {

  private final EventService events;
  private final SupportEventSettingsRepository settings;
  private final PairingProperties properties;
  private final Clock clock;

  SupportEvents(EventService events, SupportEventSettingsRepository settings, PairingProperties properties,
      Clock clock) {
    this.events = events;
    this.settings = settings;
    this.properties = properties;
    this.clock = clock;
  }

  /** The event; 404 when there is none, 409 when it is not a paired support event. */
  public Event get(UUID eventId) {
    Event event = events.get(eventId);
    if (!event.isPairedSupport()) {
      throw new Conflict("Event " + eventId + " is a " + event.getKind() + " event, not paired support.");
    }
    return event;
  }

  /** The event, published and not over; 409 otherwise. */
  Event getOpen(UUID eventId) {
    Event event = get(eventId);
    if (!event.isPublished() || !clock.instant().isBefore(event.getEndsAt())) {
      throw new Conflict("The event \"" + event.getTitle() + "\" is "
          + (event.isPublished() ? "over" : event.getStatus().name().toLowerCase(Locale.ROOT)) + ".");
    }
    return event;
  }

  /** The event while patients can still sign up; 409 after the cutoff. */
  Event getOpenForSignUps(UUID eventId, Person patient) {
    Event event = getOpen(eventId);
    Instant closes = signUpsCloseAt(event);
    if (!clock.instant().isBefore(closes)) {
      throw new Conflict("Sign-ups for \"" + event.getTitle() + "\" closed on "
          + new LocalTimes(patient.zone(), patient.locale()).dateTime(closes)
          + ". If a place opens, patients on the waitlist hear from us first.");
    }
    return event;
  }

  /** The event's slot length and pairing mode (every paired support event has them: {@link SupportEventKind}). */
  public SupportEventSettings settings(Event event) {
    return settings.getOrFail(event.getId());
  }

  Instant signUpsCloseAt(Event event) {
    return event.getStartsAt().minus(properties.signUpCutoff());
  }

  Instant counselorsInvitedAt(Event event) {
    return event.getStartsAt().minus(properties.counselorInvitationLead());
  }

  boolean signUpsClosed(Event event) {
    return !clock.instant().isBefore(signUpsCloseAt(event));
  }
}
