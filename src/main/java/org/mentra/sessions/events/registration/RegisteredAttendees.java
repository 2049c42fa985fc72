package org.mentra.sessions.events.registration;

import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.attendance.AttendedSession;
import org.mentra.sessions.attendance.AttendedSessions;
import org.mentra.sessions.attendance.ParticipantRole;
import org.mentra.sessions.attendance.SessionKind;
import org.mentra.sessions.events.EventService;
import org.mentra.sessions.events.registration.domain.RegistrationRepository;
import org.mentra.sessions.events.registration.domain.RegistrationStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Join links for online group events: a confirmed registrant's link (in the reminders) records their
 * check-in and opens the event's room. The event's title for reports comes from the events base.
 */
@Component
class RegisteredAttendees implements AttendedSessions {

  private final RegistrationRepository registrations;
  private final EventService events;

  RegisteredAttendees(RegistrationRepository registrations, EventService events) {
    this.registrations = registrations;
    this.events = events;
  }

  @Override
  public SessionKind kind() {
    return SessionKind.EVENT;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<AttendedSession> find(UUID eventId, UUID personId) {
    return registrations.findByEventIdAndPersonId(eventId, personId)
        .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)
        .map(r -> events.get(eventId))
        .flatMap(event -> event.getMeetingUrl().map(room -> new AttendedSession(event.getTitle(),
            event.getStartsAt(), event.getEndsAt(), room, ParticipantRole.PARTICIPANT)));
  }

  @Override
  public Optional<String> title(UUID eventId) {
    return Optional.empty();
  }
}
