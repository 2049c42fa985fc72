package org.mentra.sessions.accountability;

import java.util.Optional;
import java.util.UUID;
import org.mentra.sessions.attendance.AttendedSession;
import org.mentra.sessions.attendance.CheckIns;
import org.mentra.sessions.attendance.SessionKind;
import org.springframework.stereotype.Component;
import org.mentra.sessions.accountability.domain.Strike;

/**
 * How a session is named in mails and forms: its title when the feature that owns it still knows
 * the person in it, an event by its title, otherwise by kind (a counselor replaced by a standby is no
 * longer in the chat).
 */
@Component
public class SessionNames {

  private final CheckIns sessions;

  SessionNames(CheckIns sessions) {
    this.sessions = sessions;
  }

  /**
   * For a sentence ("we missed you in …"): the session's title as its feature phrases it for the join
   * page ("your support chat (Anxiety evening)"), or "a support chat" when it is not known.
   */
  public String name(SessionKind kind, UUID sessionId, UUID personId) {
    return title(kind, sessionId, personId)
        .or(() -> kind == SessionKind.EVENT
            ? sessions.title(kind, sessionId).map(title -> "the event \"" + title + "\"")
            : Optional.empty())
        .orElseGet(kind::withArticle);
  }

  private Optional<String> title(SessionKind kind, UUID sessionId, UUID personId) {
    return sessions.find(kind, sessionId, personId).map(AttendedSession::title);
  }

  public String name(Strike strike) {
    return name(strike.getSessionKind(), strike.getSessionId(), strike.getPersonId());
  }
}
