package org.mentra.sessions.attendance;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A directory of sessions that tests set up themselves, for the join links. It knows only the
 * sessions a test registered (random ids), so it never answers for another feature's sessions.
 */
@Component
public class ScriptedSessions implements AttendedSessions {

  private final Map<String, AttendedSession> sessions = new ConcurrentHashMap<>();

  @Override
  public SessionKind kind() {
    return SessionKind.EVENT;
  }

  @Override
  public Optional<AttendedSession> find(UUID sessionId, UUID personId) {
    return Optional.ofNullable(sessions.get(sessionId + "/" + personId));
  }

  @Override
  public Optional<String> title(UUID sessionId) {
    String prefix = sessionId + "/";
    return sessions.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(e -> e.getValue().title())
        .findFirst();
  }

  public void add(UUID sessionId, UUID personId, AttendedSession session) {
    sessions.put(sessionId + "/" + personId, session);
  }
}
