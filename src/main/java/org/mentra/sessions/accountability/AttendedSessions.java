package org.mentra.sessions.accountability;

import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by each feature whose sessions people join by link (councils, chats, events): finds the
 * session as one participant sees it, or nothing when the person is not (or no longer) part of it.
 */
public interface AttendedSessions {

  SessionKind kind();

  Optional<AttendedSession> find(UUID sessionId, UUID personId);
}
