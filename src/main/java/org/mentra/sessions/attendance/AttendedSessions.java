package org.mentra.sessions.attendance;

import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by each feature whose sessions people join by link (councils, chats, events): finds the
 * session as one participant sees it, or nothing when the person is not (or no longer) part of it.
 */
public interface AttendedSessions {

  SessionKind kind();

  Optional<AttendedSession> find(UUID sessionId, UUID personId);

  /**
   * What the session is about, for the coordinators' attendance report ("Anxiety evening"), whoever
   * was in it and whatever became of it since; empty when the feature does not know the session.
   */
  Optional<String> title(UUID sessionId);
}
