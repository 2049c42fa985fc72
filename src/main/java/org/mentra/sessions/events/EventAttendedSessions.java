package org.mentra.sessions.events;

import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.attendance.AttendedSession;
import org.mentra.sessions.attendance.AttendedSessions;
import org.mentra.sessions.attendance.SessionKind;
import org.springframework.stereotype.Component;
import org.mentra.sessions.events.domain.EventRepository;

/**
 * Events for attendance: their titles name them in reports and mails. Nobody joins an event by link
 * yet (an event has no meeting room of its own; its host reports who came), so no join link finds one.
 */
@Component
class EventAttendedSessions implements AttendedSessions {

  private final EventRepository events;

  EventAttendedSessions(EventRepository events) {
    this.events = events;
  }

  @Override
  public SessionKind kind() {
    return SessionKind.EVENT;
  }

  @Override
  public Optional<AttendedSession> find(UUID eventId, UUID personId) {
    return Optional.empty();
  }

  @Override
  public Optional<String> title(UUID eventId) {
    return events.findById(eventId).map(Event::getTitle);
  }
}
