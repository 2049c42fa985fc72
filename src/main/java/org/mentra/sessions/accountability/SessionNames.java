package org.mentra.sessions.accountability;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * How a session is named in mails and forms: its title when the feature that owns it still knows
 * the person in it, otherwise by kind (a counselor replaced by a standby is no longer in the chat).
 */
@Component
class SessionNames {

  private final CheckIns sessions;

  SessionNames(CheckIns sessions) {
    this.sessions = sessions;
  }

  /** For a sentence: "“Anxiety circle”", or "a support chat" when the title is not known. */
  String name(SessionKind kind, UUID sessionId, UUID personId) {
    return title(kind, sessionId, personId).map(title -> "“" + title + "”").orElseGet(() -> switch (kind) {
      case CHAT -> "a support chat";
      case COUNCIL -> "a council session";
      case EVENT -> "an event";
    });
  }

  Optional<String> title(SessionKind kind, UUID sessionId, UUID personId) {
    return sessions.find(kind, sessionId, personId).map(AttendedSession::title);
  }

  String name(Strike strike) {
    return name(strike.getSessionKind(), strike.getSessionId(), strike.getPersonId());
  }
}
