package org.mentra.sessions.accountability;

import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.events.Event;
import org.mentra.sessions.events.EventRepository;
import org.springframework.stereotype.Component;

/**
 * How a session is named in mails and forms: its title when the feature that owns it still knows
 * the person in it, an event by its title, otherwise by kind (a counselor replaced by a standby is no
 * longer in the chat).
 */
@Component
class SessionNames {

  private final CheckIns sessions;
  private final EventRepository events;

  SessionNames(CheckIns sessions, EventRepository events) {
    this.sessions = sessions;
    this.events = events;
  }

  /**
   * For a sentence ("we missed you in …"): the session's title as its feature phrases it for the join
   * page ("your support chat (Anxiety evening)"), or "a support chat" when it is not known.
   */
  String name(SessionKind kind, UUID sessionId, UUID personId) {
    return title(kind, sessionId, personId)
        .or(() -> kind == SessionKind.EVENT
            ? events.findById(sessionId).map(event -> "the event \"" + event.getTitle() + "\"")
            : Optional.empty())
        .orElseGet(kind::withArticle);
  }

  Optional<String> title(SessionKind kind, UUID sessionId, UUID personId) {
    return sessions.find(kind, sessionId, personId).map(AttendedSession::title);
  }

  /** What the session is about, for the coordinators' report ("Anxiety evening"), when its feature knows it. */
  Optional<String> reportTitle(SessionKind kind, UUID sessionId) {
    return sessions.title(kind, sessionId);
  }

  String name(Strike strike) {
    return name(strike.getSessionKind(), strike.getSessionId(), strike.getPersonId());
  }
}
